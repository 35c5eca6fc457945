import { describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/check/result.ts";
import { compareResults, renderComparison } from "../../src/tlc/compare-results.ts";
import { checkWithEngine, engineRunJson, renderEngineRun, tlcOptionsFromFlags } from "../../src/tlc/engines.ts";
import type { TlcResult } from "../../src/tlc/tlc-result.ts";

const base: CheckResult = {
  result: "invariant",
  violated: "Inv",
  distinct: 16,
  generated: 27,
  depth: 7,
  trace: [{ action: null, location: null, state: { x: "0" } }],
  error: null,
  seconds: 0.5,
};
const tlcOf = (check: CheckResult, exitCode: number): TlcResult => ({
  check: { ...check, engine: "tlc", seconds: 0.9 },
  exitCode,
  tlcVersion: "TLC2 Version 2.19",
  initialStates: 1,
  leftOnQueue: 1,
  backToState: null,
});

describe("compareResults", () => {
  it("agrees on equal verdicts and counts, whatever the timing", () => {
    const c = compareResults({ ...base, engine: "native" }, { ...base, engine: "tlc", seconds: 3 });
    expect(c.agree).toBe(true);
    expect(renderComparison(c)).toMatch(/engines agree$/);
  });

  it("lists every field that differs and marks it in the side-by-side table", () => {
    const c = compareResults(base, { ...base, distinct: 17, generated: 30, trace: [] });
    expect(c.agree).toBe(false);
    expect(c.differences).toEqual([
      { field: "distinct", native: "16", tlc: "17" },
      { field: "generated", native: "27", tlc: "30" },
      { field: "trace length", native: "1", tlc: "0" },
    ]);
    const text = renderComparison(c);
    expect(text).toMatch(/^≠ distinct +16 +17$/m);
    expect(text).toMatch(/^  result +invariant +invariant$/m);
    expect(text).toMatch(/engines DISAGREE on distinct, generated, trace length$/);
  });
});

describe("checkWithEngine", () => {
  it("tlc: TLC's result and TLC's own exit code", async () => {
    const run = await checkWithEngine("tlc", () => Promise.reject(new Error("native must not run")), async () => tlcOf(base, 12));
    expect(run).toMatchObject({ kind: "one", exitCode: 12, result: { engine: "tlc", violated: "Inv" } });
    expect(engineRunJson(run)).toMatchObject({ engine: "tlc", result: "invariant" });
  });

  it("native: the native result and its exit code", async () => {
    const run = await checkWithEngine("native", async () => ({ ...base, result: "ok", violated: null }), () => Promise.reject(new Error("TLC must not run")));
    expect(run).toMatchObject({ kind: "one", exitCode: 0 });
  });

  it("both: agreeing engines exit with the verdict's code; a difference fails with 255 and prints both", async () => {
    const agree = await checkWithEngine("both", async () => base, async () => tlcOf(base, 12));
    expect(agree.exitCode).toBe(12);
    const disagree = await checkWithEngine("both", async () => base, async () => tlcOf({ ...base, result: "ok", violated: null, trace: [] }, 0));
    expect(disagree.exitCode).toBe(255);
    const json = engineRunJson(disagree) as { agree: boolean; differences: { field: string }[] };
    expect(json.agree).toBe(false);
    expect(json.differences.map((d) => d.field)).toEqual(["result", "violated", "trace length"]);
    const text = renderEngineRun(disagree, (r) => `verdict ${r.result}`);
    expect(text).toContain("== native engine\nverdict invariant");
    expect(text).toContain("== TLC\nverdict ok");
    expect(text).toMatch(/engines DISAGREE on result, violated, trace length/);
  });
});

describe("tlcOptionsFromFlags", () => {
  it("passes the config and --no-deadlock on, and refuses --max-states, which TLC lacks", () => {
    expect(tlcOptionsFromFlags({ config: "M.cfg", deadlock: false })).toEqual({ config: "M.cfg", deadlock: false });
    expect(tlcOptionsFromFlags({ deadlock: true })).toEqual({});
    expect(() => tlcOptionsFromFlags({ maxStates: 10 })).toThrow(/--max-states has no TLC equivalent/);
  });
});
