import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeShared, sharedDir } from "../helpers/shared.ts";
import { jsonValueToTla } from "../../src/tlc/json-value-text.ts";
import { dumpTraceToSteps, parseDumpTrace } from "../../src/tlc/parse-dump-trace.ts";
import { parsePlainOutput } from "../../src/tlc/parse-plain-output.ts";

/** The model values a .cfg declares: bare identifiers inside `{...}` (all the corpus uses). */
function modelValuesOf(cfgText: string): Set<string> {
  const names = new Set<string>();
  for (const m of cfgText.replace(/\\\*.*$/gm, "").matchAll(/\{([^}]*)\}/g)) {
    for (const x of m[1]!.split(",")) if (/^[A-Za-z_]\w*$/.test(x.trim())) names.add(x.trim());
  }
  return names;
}

describeShared("TLC -dumpTrace json files", () => {
  const specsDir = join(sharedDir, "conformance", "specs");
  const expected = JSON.parse(readFileSync(join(specsDir, "expected.json"), "utf8")) as Record<
    string,
    { cfg: string; trace_file: string | null; trace_length: number | null; trace_ends_in_stuttering?: boolean }
  >;
  const withTrace = Object.entries(expected).filter(([, e]) => e.trace_file !== null);

  it("covers every recorded dump", () => {
    expect(withTrace.map(([run]) => run).sort()).toEqual(["BoundedWalk_edge", "CoinSorter", "DigitTally_bad", "NaiveLock", "PetersonLock_unfair"]);
  });

  for (const [run, e] of withTrace) {
    it(`${run}: same states and actions as the console trace of the same run`, () => {
      const parsed = parseDumpTrace(readFileSync(join(sharedDir, "conformance", e.trace_file!), "utf8"), e.trace_file!);
      if (!parsed.ok) throw new Error(parsed.problem.message);
      const steps = dumpTraceToSteps(parsed.trace, { modelValues: modelValuesOf(readFileSync(join(specsDir, e.cfg), "utf8")) });
      const console = parsePlainOutput(readFileSync(join(specsDir, "tlc_output", `${run}.log`), "utf8"));
      expect(steps.trace.length).toBe(e.trace_length);
      expect(steps.endsInStuttering).toBe(e.trace_ends_in_stuttering === true);
      expect(steps.trace).toEqual(console.check.trace);
      expect(parsed.trace.vars.length).toBe(Object.keys(steps.trace[0]!.state).length);
    });
  }
});

describe("parseDumpTrace rejects what is not a dump, with a location", () => {
  it("reports broken JSON as a trace-format problem in that file", () => {
    const r = parseDumpTrace('{"counterexample":\n {"state": [}', "t.json");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe("trace-format");
      expect(r.problem.location?.file).toBe("t.json");
      expect(r.problem.message).toMatch(/not a TLC -dumpTrace json file/);
    }
  });
  it("names the field that has the wrong shape", () => {
    const r = parseDumpTrace('{"counterexample": {"state": [["one", {}]]}}', "t.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/counterexample\.state\.0\.0/);
  });
  it("marks a loop back to an earlier state", () => {
    const s = (i: number, x: number) => [i, { x }];
    const dump = { counterexample: { state: [s(1, 0), s(2, 1)], action: [[s(1, 0), { name: "A" }, s(2, 1)], [s(2, 1), { name: "B" }, s(1, 0)]] } };
    const r = parseDumpTrace(JSON.stringify(dump), "t.json");
    if (!r.ok) throw new Error(r.problem.message);
    const steps = dumpTraceToSteps(r.trace);
    expect(steps.backToState).toBe(1);
    expect(steps.endsInStuttering).toBe(false);
    expect(steps.trace.map((t) => t.action)).toEqual([null, "A"]);
  });
});

describe("jsonValueToTla", () => {
  it("prints each JSON shape the way TLC prints the value it came from", () => {
    const mv = new Set(["w1", "w2"]);
    expect(jsonValueToTla({ w1: "home", w2: "w1" }, { modelValues: mv })).toBe('(w1 :> "home" @@ w2 :> w1)');
    expect(jsonValueToTla({ "0": false, "1": true })).toBe("(0 :> FALSE @@ 1 :> TRUE)");
    expect(jsonValueToTla({ type: "1a", bal: [1, 2] })).toBe('[type |-> "1a", bal |-> <<1, 2>>]');
    expect(jsonValueToTla([])).toBe("<<>>");
    expect(jsonValueToTla('say "hi"\\')).toBe('"say \\"hi\\"\\\\"');
  });
});
