import { describe, expect, it } from "vitest";
import { exitCodeForResult } from "../../src/check/exit-code.ts";
import { explore } from "../../src/check/explore.ts";
import { renderCheckResult } from "../../src/check/render.ts";
import type { CheckResult } from "../../src/check/result.ts";
import { toCheckResult } from "../../src/check/to-result.ts";
import { fail } from "../../src/diagnostics/problem.ts";
import { toyModel } from "./toy-model.ts";

const base: CheckResult = { result: "ok", violated: null, distinct: 72, generated: 289, depth: 7, leftOnQueue: 0, trace: [], error: null, seconds: 0.25 };
const at = (line: number) => ({ file: "/x/CoinSorter.tla", line, column: 5, endLine: line + 2, endColumn: 43 });

describe("renderCheckResult: TLC's console format", () => {
  it("prints a successful run as TLC does", () => {
    expect(renderCheckResult(base).split("\n")).toEqual([
      "Model checking completed. No error has been found.",
      "289 states generated, 72 distinct states found, 0 states left on queue.",
      "The depth of the complete state graph search is 7.",
      "Finished in 0.25 s.",
    ]);
  });

  it("prints a counterexample with action headers and /\\ lines", () => {
    const r: CheckResult = {
      ...base,
      result: "deadlock",
      distinct: 13,
      generated: 17,
      depth: 5,
      leftOnQueue: 4,
      trace: [
        { action: null, location: null, state: { coins: "<<0, 0>>", amount: "0" } },
        { action: "Insert(1)", location: at(16), state: { coins: "<<1, 0>>", amount: "1" } },
      ],
    };
    expect(renderCheckResult(r).split("\n").slice(0, 11)).toEqual([
      "Error: Deadlock reached.",
      "Error: The behavior up to this point is:",
      "State 1: <Initial predicate>",
      "/\\ coins = <<0, 0>>",
      "/\\ amount = 0",
      "",
      "State 2: <Insert(1) line 16, col 5 to line 18, col 43 of module CoinSorter>",
      "/\\ coins = <<1, 0>>",
      "/\\ amount = 1",
      "",
      "17 states generated, 13 distinct states found, 4 states left on queue.",
    ]);
    expect(exitCodeForResult(r)).toBe(11);
  });

  it("prints a lone variable without /\\, as TLC does", () => {
    const r: CheckResult = { ...base, result: "invariant", violated: "Small", trace: [{ action: null, location: null, state: { reg: "0" } }] };
    expect(renderCheckResult(r).split("\n").slice(0, 2)).toEqual(["Error: Invariant Small is violated by the initial state:", "reg = 0"]);
    expect(exitCodeForResult(r)).toBe(12);
  });

  it("names a false assumption by its location", () => {
    const r: CheckResult = {
      ...base,
      result: "assumption",
      violated: "EnoughSlots",
      violatedLocation: { file: "/s/BadAssume.tla", line: 11, column: 23, endLine: 11, endColumn: 33 },
    };
    expect(renderCheckResult(r).split("\n")[0]).toBe("Error: Assumption line 11, col 23 to line 11, col 33 of module BadAssume is false.");
    expect(exitCodeForResult(r)).toBe(10);
  });

  it("prints an evaluation error with its location and exits 75", () => {
    const r: CheckResult = {
      ...base,
      result: "error",
      error: { code: "evaluation", message: "Attempted to check equality of string \"full\" with non-string: 3", location: { file: "LabelMixup.tla", line: 15, column: 8 } },
      trace: [{ action: null, location: null, state: { reg: "0" } }],
    };
    const text = renderCheckResult(r);
    expect(text).toMatch(/^Error: LabelMixup\.tla:15:8: Attempted to check equality/);
    expect(text).toMatch(/State 1: <Initial predicate>\nreg = 0/);
    expect(exitCodeForResult(r)).toBe(75);
  });
});

describe("toCheckResult", () => {
  it("prints the rebuilt trace with each step's action label and location", () => {
    const model = toyModel<number>({ init: [0], actions: { Step: (s) => (s < 2 ? [s + 1] : []) } });
    const r = toCheckResult(model, explore(model), { seconds: 0.5, notes: ["SYMMETRY ignored"] });
    expect(r).toMatchObject({ result: "deadlock", violated: null, distinct: 3, generated: 3, depth: 3, engine: "native", notes: ["SYMMETRY ignored"] });
    expect(r.trace).toEqual([
      { action: null, location: null, state: { s: "0" } },
      { action: "Step", location: { file: "/specs/Toy.tla", line: 3, column: 1, endLine: 3, endColumn: 9 }, state: { s: "1" } },
      { action: "Step", location: { file: "/specs/Toy.tla", line: 3, column: 1, endLine: 3, endColumn: 9 }, state: { s: "2" } },
    ]);
  });

  it("reports a state limit as an error with code 'limit' and exit 255", () => {
    const model = toyModel<number>({ init: [0], actions: { Step: (s) => [s + 1] } });
    const r = toCheckResult(model, explore(model, { maxStates: 10 }), { seconds: 0 });
    expect(r).toMatchObject({ result: "error", error: { code: "limit" } });
    expect(exitCodeForResult(r)).toBe(255);
  });

  it("reports a failure to print a trace state as an error instead of throwing", () => {
    const model = toyModel<number>({ init: [0], actions: {} });
    const unprintable = { ...model, show: () => fail("evaluation", "Attempted to compare string with integer") };
    const r = toCheckResult(unprintable, explore(unprintable), { seconds: 0 });
    expect(r).toMatchObject({ result: "error", error: { code: "evaluation" } });
  });
});

describe("renderCheckResult: problems before exploring", () => {
  it("prints a bad spec or cfg compiler style, without counts", () => {
    const r: CheckResult = {
      ...base,
      result: "error",
      distinct: 0,
      generated: 0,
      depth: 0,
      error: { code: "config-parse", message: "The invariant Foo specified in the configuration file is not defined in the specification.", location: { file: "M.cfg", line: 3, column: 11 } },
    };
    expect(renderCheckResult(r)).toBe("M.cfg:3:11: The invariant Foo specified in the configuration file is not defined in the specification.");
    expect(exitCodeForResult(r)).toBe(151);
  });
});
