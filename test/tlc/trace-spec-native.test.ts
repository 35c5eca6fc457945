import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/check/result.ts";
import { prepareTraceCheck } from "../../src/tlc/trace-check.ts";
import { type TraceEvent, traceVerdict } from "../../src/tlc/trace-spec.ts";
import { runHarness } from "../helpers/run-cli.ts";
import { tempDir } from "./helpers/fake-tools.ts";

/** A generated trace-validation module checked by the native engine (`harness check`), on a tiny spec. */
const counterSpec = `---- MODULE Counter ----
EXTENDS Naturals, Sequences
CONSTANT Limit
VARIABLES x, log
vars == <<x, log>>
Init == x = 0 /\\ log = <<>>
Add(n) == /\\ n \\in 1..2
          /\\ x + n <= Limit
          /\\ x' = x + n
          /\\ log' = Append(log, n)
Reset == /\\ x' = 0 /\\ UNCHANGED log
Next == (\\E n \\in 1..2 : Add(n)) \\/ Reset
Spec == Init /\\ [][Next]_vars
====
`;

function check(events: TraceEvent[]): { result: CheckResult; code: number; count: number } {
  const dir = tempDir("trace-spec");
  writeFileSync(join(dir, "Counter.tla"), counterSpec);
  // The folder TLC would check (validateTraceWithTlc), checked here by the native engine.
  const prepared = prepareTraceCheck(join(dir, "Counter.tla"), { variables: ["x", "log"], constants: ["Limit = 3"], events });
  expect(prepared.dir).not.toBe(dir);
  const r = runHarness(["check", prepared.tlaPath, "--config", prepared.cfgPath, "--json"]);
  if (r.stdout.trim() === "") throw new Error(`harness check gave no result (exit ${r.code}): ${r.stderr}`);
  return { result: JSON.parse(r.stdout) as CheckResult, code: r.code, count: events.length };
}

describe("trace-validation module checked by the native engine", () => {
  it("accepts a trace the spec can produce: TraceIncomplete violated, the witness is the trace", () => {
    const { result, count } = check([
      { action: "Add", params: ["2"], changed: { x: "2", log: "<<2>>" } },
      { action: "Reset", params: [], changed: { x: "0" } },
      { action: "Add", params: ["1"], changed: { x: "1" } },
    ]);
    const verdict = traceVerdict(result, { acceptanceInvariant: "TraceIncomplete" }, count);
    expect(verdict.kind, JSON.stringify(result.error)).toBe("accepted");
    if (verdict.kind === "accepted") {
      expect(verdict.witness.map((s) => s.state.x)).toEqual(["0", "2", "0", "1"]);
      expect(verdict.witness[3]!.state.log).toBe("<<2, 1>>");
    }
  });

  it("rejects a trace the spec cannot produce, and says how many events matched", () => {
    const { result, code, count } = check([
      { action: "Add", params: ["2"], changed: { x: "2" } },
      // x + 2 = 4 exceeds Limit: no behavior of Counter takes this step.
      { action: "Add", params: ["2"], changed: { x: "4" } },
      { action: "Reset", params: [], changed: { x: "0" } },
    ]);
    expect(code, JSON.stringify(result.error)).toBe(0);
    expect(traceVerdict(result, { acceptanceInvariant: "TraceIncomplete" }, count)).toEqual({ kind: "rejected", matchedEvents: 1, firstUnmatched: 2 });
  });

  it("rejects a step whose logged value differs from the action's", () => {
    const { result, count } = check([{ action: "Add", params: ["1"], changed: { x: "2" } }]);
    expect(traceVerdict(result, { acceptanceInvariant: "TraceIncomplete" }, count)).toEqual({ kind: "rejected", matchedEvents: 0, firstUnmatched: 1 });
  });
});
