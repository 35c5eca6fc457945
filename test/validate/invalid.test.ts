import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkExpectation, readExpectations, validateFile } from "../../src/validate/index.ts";
import { root, sharedSession } from "./helpers.ts";

/**
 * Every trace in traces/invalid/ is rejected where traces/README.md says and for the kind of
 * reason it says: the step, the action, disabled versus mismatch versus unknown action; the
 * malformed ones by the reader at the documented line.
 */
const session = sharedSession();
const expectations = readExpectations(readFileSync(root("traces/README.md"), "utf8"));
const invalid = expectations.filter((e) => e.verdict !== "accepted");

describe("invalid traces", () => {
  it("the README documents invalid traces of each kind", () => {
    expect(invalid.filter((e) => e.verdict === "rejected").map((e) => e.verdict === "rejected" && e.reason)).toEqual(expect.arrayContaining(["disabled", "mismatch", "unknown-action"]));
    expect(invalid.some((e) => e.verdict === "malformed")).toBe(true);
  });

  for (const e of invalid) {
    it(`${e.file}: ${e.verdict === "rejected" ? `rejected at step ${e.step}` : `refused at line ${e.verdict === "malformed" ? e.line : "?"}`}`, async () => {
      const r = await validateFile(root("traces", e.file), session);
      const c = checkExpectation(r, e);
      expect(c.ok, `got ${c.got}, expected ${c.expected}`).toBe(true);
    });
  }

  it("says why in the documented words: the false conjunct, the differing variable, the unknown action", async () => {
    const below = await validateFile(root("traces/invalid/paxos-accept-below-promise.ndjson"), session);
    expect(below.verdict).toMatchObject({ kind: "rejected", reason: { kind: "disabled", action: "Phase2b(a1,0,v1)", conjunct: { text: "b >= maxBal[a]", location: { line: expect.any(Number) } } } });
    const mismatch = await validateFile(root("traces/invalid/paxos-reported-state-mismatch.ndjson"), session);
    expect(mismatch.verdict).toMatchObject({
      kind: "rejected",
      reason: { kind: "mismatch", variables: [{ variable: "maxBal", expected: "(a1 :> 0 @@ a2 :> 0 @@ a3 :> -1)", reported: "(a1 :> 0 @@ a2 :> 1 @@ a3 :> -1)", details: ["at a2: expected 0, reported 1"] }] },
    });
    const unknown = await validateFile(root("traces/invalid/unknown-action.ndjson"), session);
    expect(unknown.verdict).toMatchObject({ kind: "rejected", reason: { kind: "unknown-action", action: "Phase3", known: ["Phase1a", "Phase1b", "Phase2a", "Phase2b", "Learn"] } });
  });

  it("lists the actions enabled in the state where the trace went wrong", async () => {
    const r = await validateFile(root("traces/invalid/paxos-1b-without-1a.ndjson"), session);
    expect(r.verdict).toMatchObject({ kind: "rejected", event: { step: 2, line: 3 } });
    if (r.verdict.kind === "rejected") expect(r.verdict.enabled).toContain("Phase1a(1)");
  });
});
