import { exitCodeForResult } from "../check/exit-code.ts";
import type { CheckResult } from "../check/result.ts";
import { ExitCode } from "../diagnostics/exit-codes.ts";
import { fail } from "../diagnostics/problem.ts";
import { compareResults, renderComparison, type ResultComparison } from "./compare-results.ts";
import type { TlcCheckOptions } from "./run-tlc-check.ts";
import type { TlcResult } from "./tlc-result.ts";

/**
 * `harness check --engine <native|tlc|both>`: which checker runs, what is printed and the exit
 * code. With `both`, the native engine runs first, then TLC, one after the other (two cores are
 * shared), and any difference between them fails the run with exit 255.
 */
export const engines = ["native", "tlc", "both"] as const;
export type Engine = (typeof engines)[number];

export function isEngine(text: string): text is Engine {
  return (engines as readonly string[]).includes(text);
}

/** `harness check`'s flags as TLC options; a flag TLC has no equivalent for is a usage error, not ignored. */
export function tlcOptionsFromFlags(flags: { readonly config?: string; readonly deadlock?: boolean; readonly maxStates?: number }): TlcCheckOptions {
  if (flags.maxStates !== undefined) fail("usage", "--max-states has no TLC equivalent: use it with --engine native only");
  return { ...(flags.config !== undefined ? { config: flags.config } : {}), ...(flags.deadlock === false ? { deadlock: false } : {}) };
}

export type EngineRun =
  | { readonly kind: "one"; readonly result: CheckResult; readonly exitCode: number }
  | {
      readonly kind: "both";
      readonly native: CheckResult;
      readonly tlc: CheckResult;
      readonly tlcExitCode: number;
      readonly comparison: ResultComparison;
      readonly exitCode: number;
    };

export async function checkWithEngine(engine: Engine, runNative: () => Promise<CheckResult>, runTlc: () => Promise<TlcResult>): Promise<EngineRun> {
  switch (engine) {
    case "native": {
      const result = await runNative();
      return { kind: "one", result, exitCode: exitCodeForResult(result) };
    }
    case "tlc": {
      const tlc = await runTlc();
      return { kind: "one", result: tlc.check, exitCode: tlc.exitCode };
    }
    case "both": {
      const native = await runNative();
      const tlc = await runTlc();
      const comparison = compareResults(native, tlc.check);
      return { kind: "both", native, tlc: tlc.check, tlcExitCode: tlc.exitCode, comparison, exitCode: comparison.agree ? tlc.exitCode : ExitCode.other };
    }
  }
}

/** `--json`: a single engine prints its CheckResult unchanged (the CLI's contract); both print both and the comparison. */
export function engineRunJson(run: EngineRun): unknown {
  if (run.kind === "one") return run.result;
  return { engine: "both", agree: run.comparison.agree, differences: run.comparison.differences, native: run.native, tlc: run.tlc };
}

export function renderEngineRun(run: EngineRun, renderResult: (r: CheckResult) => string): string {
  if (run.kind === "one") return renderResult(run.result);
  return [
    "== native engine",
    renderResult(run.native),
    "",
    "== TLC",
    renderResult(run.tlc),
    "",
    "== native engine and TLC side by side",
    renderComparison(run.comparison),
  ].join("\n");
}
