import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderProblem } from "../../src/diagnostics/render.ts";
import { loadTraceFile } from "../../src/trace/reader.ts";
import { readExpectations, validateFile } from "../../src/validate/index.ts";
import { root, sharedSession } from "../validate/helpers.ts";

/**
 * traces/README.md's table is the contract for the invalid traces. That the trace checker
 * rejects each at the documented step, by the documented action and kind of reason, is
 * test/validate/invalid.test.ts; here: the table and the folder list the same files, the
 * malformed ones are refused by the trace reader (src/trace) at the documented line, the others
 * are well-formed (so what rejects them is the spec), and the reasons the README gives in words
 * that test/validate does not check are the ones the spec gives.
 */
const session = sharedSession();
const rows = readExpectations(readFileSync(root("traces/README.md"), "utf8")).filter((e) => e.file.startsWith("invalid/"));

describe("invalid traces", () => {
  it("the README lists exactly the files of traces/invalid", () => {
    const files = readdirSync(root("traces/invalid")).filter((f) => f.endsWith(".ndjson"));
    expect(rows.map((r) => r.file).sort()).toEqual(files.map((f) => `invalid/${f}`).sort());
    expect(rows.every((r) => r.verdict !== "accepted")).toBe(true);
  });

  it.each(rows)("$file: the trace reader refuses it exactly when the README says it is malformed", async (row) => {
    const r = await loadTraceFile(root("traces", row.file));
    if (row.verdict !== "malformed") {
      if (!r.ok) throw new Error(r.problems.map(renderProblem).join("\n"));
      return;
    }
    expect(r.ok).toBe(false);
    if (!r.ok) expect(renderProblem(r.problems[0]!)).toMatch(new RegExp(`${row.file.replace(/[./]/g, "\\$&")}:${row.line}:\\d+: `));
  });

  it("the spec's false conjunct is the one the README names", async () => {
    const conjunct = async (f: string) => {
      const v = (await validateFile(root("traces/invalid", f), session)).verdict;
      return v.kind === "rejected" && v.reason.kind === "disabled" ? v.reason.conjunct?.text.replace(/\s+/g, " ") : JSON.stringify(v);
    };
    expect(await conjunct("paxos-1b-without-1a.ndjson")).toBe('[type |-> "1a", bal |-> b] \\in msgs');
    // "no phase-2 quorum sent 2b (0, v2)"
    expect(await conjunct("paxos-second-value-chosen.ndjson")).toBe('\\E Q \\in Phase2Quorums : \\A a \\in Q : [type |-> "2b", acc |-> a, bal |-> b, val |-> v] \\in msgs');
    // "a1 reported v1 accepted in ballot 0, so the value must be v1"
    expect(await conjunct("paxos-ignores-accepted-value.ndjson")).toMatch(/^\\E Q \\in Phase1Quorums : LET P == Promises\(b, Q\).*m\.mval = v/);
  });

  it("register-stale-read: the read must carry (1,1)/v1 in op[2] and in its store request", async () => {
    const v = (await validateFile(root("traces/invalid/register-stale-read.ndjson"), session)).verdict;
    expect(v).toMatchObject({ kind: "rejected", reason: { kind: "mismatch" } });
    if (v.kind !== "rejected" || v.reason.kind !== "mismatch") return;
    const diffs = Object.fromEntries(v.reason.variables.map((d) => [d.variable, d.details.join("; ")]));
    expect(Object.keys(diffs).sort()).toEqual(["op", "storeMsgs"]);
    expect(diffs.op).toMatch(/^at 2: .*at "ts": expected \[num \|-> 1, writer \|-> 1\], reported \[num \|-> 0, writer \|-> 0\].*at "val": expected v1, reported None/);
    expect(diffs.storeMsgs).toContain("missing from the report: [client |-> 2, op |-> 1, ts |-> [num |-> 1, writer |-> 1], val |-> v1]");
  });
});
