import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateFile } from "../../src/validate/index.ts";
import { root, sharedSession } from "./helpers.ts";

/**
 * Every golden trace (traces/README.md: runs of the reference implementation) is a behaviour of
 * its spec: accepted, from the spec and constants its header names. The Paxos ones are also
 * checked against the project's CI model, so that every state satisfies TypeOK, Agreement and
 * Validity and every step refines Consensus.
 */
const session = sharedSession();
const golden = readdirSync(root("traces")).filter((f) => f.endsWith(".ndjson"));
const itf = readdirSync(root("traces/itf")).filter((f) => f.endsWith(".itf.json"));

describe("golden traces", () => {
  it("there are golden traces of both specs", () => {
    expect(golden.some((f) => f.startsWith("paxos-"))).toBe(true);
    expect(golden.some((f) => f.startsWith("register-"))).toBe(true);
  });

  for (const f of golden) {
    it(`accepts ${f}`, async () => {
      const r = await validateFile(root("traces", f), session);
      expect(r.verdict, JSON.stringify(r.verdict)).toMatchObject({ kind: "accepted", candidates: 1 });
      expect(r.events).toBeGreaterThan(0);
    });
  }

  for (const f of itf) {
    it(`accepts the ITF export ${f}`, async () => {
      const r = await validateFile(root("traces/itf", f), session);
      expect(r.format).toBe("itf");
      expect(r.verdict, JSON.stringify(r.verdict)).toMatchObject({ kind: "accepted" });
    });
  }

  for (const f of golden.filter((g) => g.startsWith("paxos-"))) {
    it(`accepts ${f} with the invariants and the refinement property of Paxos_majority.cfg`, async () => {
      const r = await validateFile(root("traces", f), session, { spec: root("spec/MC_Paxos.tla"), config: root("spec/Paxos_majority.cfg") });
      expect(r.verdict, JSON.stringify(r.verdict)).toMatchObject({ kind: "accepted" });
      expect(r.notes.join("\n")).not.toContain("no .cfg");
    });
  }
});
