import { rmSync } from "node:fs";
import { exitCodeForResult } from "../check/exit-code.ts";
import { checkNative } from "../check/native.ts";
import type { CheckResult } from "../check/result.ts";
import { ExitCode } from "../diagnostics/exit-codes.ts";
import { exitCodeFor, fail, ProblemError, type Problem } from "../diagnostics/problem.ts";
import { renderProblem } from "../diagnostics/render.ts";
import { reasonCell } from "../validate/render.ts";
import { DEFAULT_CHECK_OPTIONS, Session, type CheckOptions } from "../validate/session.ts";
import { validateFile } from "../validate/validate-file.ts";
import { exitCodeOfVerdict, type FileReport } from "../validate/verdict.ts";
import type { Engine } from "./engines.ts";
import { runTlc } from "./run-tlc-check.ts";
import { prepareTraceCheck, type PreparedTraceCheck } from "./trace-check.ts";
import { traceModuleInput, type TraceModule } from "./trace-module-input.ts";
import { traceVerdict } from "./trace-spec.ts";

/**
 * `harness validate --engine <tlc|both>` (issue 7 part 3): trace validation by model checking.
 * Each trace becomes the standard trace-validation module (./trace-module-input.ts,
 * ./trace-spec.ts), which a model checker then judges.
 *
 * - `tlc`: the real TLC checks the module. Without Java 11+ or tla2tools.jar, the `tool-missing`
 *   problem is thrown (exit 255), as `harness check --engine tlc` does.
 * - `both`: the native trace checker (src/validate) judges the trace, the native engine
 *   (`harness check`'s pipeline) checks the generated module, and TLC checks it too when it is
 *   available. Their verdicts must agree: accepted by all, or rejected by all at the same step
 *   (an invariant the native checker finds broken at step k needs the module to match at least k
 *   events, since the module checks no invariant). A disagreement fails the run with exit 255 and
 *   keeps the generated module for inspection.
 */
export type TraceEngine = Exclude<Engine, "native">;
export type Checker = "native trace checker" | "native engine" | "TLC";

/** One checker's conclusion, in the terms the checkers are compared in. Steps are event numbers; 0 is the initial state. */
export type EngineVerdict =
  | { readonly kind: "accepted" }
  | { readonly kind: "rejected"; readonly step: number; readonly why: string }
  | { readonly kind: "violated"; readonly step: number; readonly property: string }
  | { readonly kind: "error"; readonly problem: Problem; readonly exitCode: number }
  | { readonly kind: "not-run"; readonly reason: string };

export interface CheckerOutcome {
  readonly checker: Checker;
  readonly verdict: EngineVerdict;
  /** The model checker's result on the generated module. */
  readonly result?: CheckResult;
  /** The native trace checker's report. */
  readonly report?: FileReport;
}

export interface TraceEngineFile {
  readonly file: string;
  readonly outcomes: readonly CheckerOutcome[];
  /** Whether the checkers that ran agree (`both`); null with one checker. */
  readonly agree: boolean | null;
  /** The folder with the generated module, kept when the checkers disagree or a check of it failed; else null (removed). */
  readonly kept: string | null;
  readonly notes: readonly string[];
  readonly exitCode: number;
}

export interface TraceEngineRun {
  readonly engine: TraceEngine;
  readonly files: readonly TraceEngineFile[];
  readonly exitCode: number;
}

export interface TraceEngineOptions {
  readonly flags?: { readonly spec?: string; readonly config?: string };
  /** The native trace checker's options (`both`); hidden actions have no counterpart in the module. */
  readonly check?: Partial<CheckOptions>;
  readonly env?: NodeJS.ProcessEnv;
  /** Keep every generated module (default: only those of disagreements and failed checks). */
  readonly keepModules?: boolean;
}

export async function validateWithEngine(engine: TraceEngine, files: readonly string[], opts: TraceEngineOptions = {}): Promise<TraceEngineRun> {
  if ((opts.check?.allowHidden ?? []).length > 0) fail("usage", `--allow-hidden has no counterpart in the trace-validation module: use it with --engine native only`);
  const session = new Session({ ...DEFAULT_CHECK_OPTIONS, ...opts.check });
  const flags = opts.flags ?? {};
  let tlcMissing: string | null = null;
  const out: TraceEngineFile[] = [];
  for (const file of files) {
    const outcomes: CheckerOutcome[] = [];
    if (engine === "both") {
      const report = await validateFile(file, session, flags);
      outcomes.push({ checker: "native trace checker", verdict: fromReport(report), report });
    }
    const converted = await traceModuleInput(file, session, flags);
    let prepared: PreparedTraceCheck | null = null;
    const notes = converted.ok ? [...converted.module.notes] : [];
    if (!converted.ok) {
      const failed: EngineVerdict = { kind: "error", problem: converted.problem, exitCode: exitCodeFor(converted.problem) };
      if (engine === "both") outcomes.push({ checker: "native engine", verdict: failed });
      outcomes.push({ checker: "TLC", verdict: engine === "both" && tlcMissing !== null ? { kind: "not-run", reason: tlcMissing } : failed });
    } else {
      prepared = prepareTraceCheck(converted.module.specPath, converted.module.input);
      if (engine === "both") {
        const result = await checkNative(prepared.tlaPath, { config: prepared.cfgPath, print: () => {} });
        outcomes.push({ checker: "native engine", verdict: fromModuleCheck(result, prepared, converted.module), result });
      }
      if (engine === "both" && tlcMissing !== null) outcomes.push({ checker: "TLC", verdict: { kind: "not-run", reason: tlcMissing } });
      else {
        try {
          const tlc = await runTlc(prepared.tlaPath, { config: prepared.cfgPath, ...(opts.env ? { env: opts.env } : {}) });
          outcomes.push({ checker: "TLC", verdict: fromModuleCheck(tlc.check, prepared, converted.module), result: tlc.check });
        } catch (err) {
          // `tlc` asked for TLC: its absence is the error. `both` compares what is there.
          if (engine === "tlc" || !(err instanceof ProblemError) || err.problem.code !== "tool-missing") {
            rmSync(prepared.dir, { recursive: true, force: true });
            throw err;
          }
          tlcMissing = renderProblem(err.problem).split("\n")[0]!;
          outcomes.push({ checker: "TLC", verdict: { kind: "not-run", reason: tlcMissing } });
        }
      }
    }
    const agree = engine === "both" ? outcomes.slice(1).every((o) => agrees(outcomes[0]!.verdict, o.verdict)) : null;
    const failedCheck = outcomes.some((o) => o.checker !== "native trace checker" && o.verdict.kind === "error");
    const keep = prepared !== null && (opts.keepModules === true || agree === false || failedCheck);
    if (prepared !== null && !keep) rmSync(prepared.dir, { recursive: true, force: true });
    if (outcomes.some((o) => o.verdict.kind === "not-run")) notes.push("TLC not run (it needs Java 11+ and tla2tools.jar): the native trace checker and the native engine were compared");
    const decisive = engine === "both" ? outcomes[0]! : outcomes.find((o) => o.checker === "TLC")!;
    const code = decisive.report !== undefined ? exitCodeOfVerdict(decisive.report.verdict) : exitCodeOf(decisive.verdict);
    out.push({ file, outcomes, agree, kept: keep ? prepared!.dir : null, notes, exitCode: agree === false ? ExitCode.other : code });
  }
  return { engine, files: out, exitCode: runExitCode(out) };
}

function fromReport(r: FileReport): EngineVerdict {
  const v = r.verdict;
  switch (v.kind) {
    case "accepted":
      return { kind: "accepted" };
    case "rejected":
      return { kind: "rejected", step: v.event.step, why: reasonCell(v) };
    case "violated":
      return { kind: "violated", step: v.event.step, property: v.property.name };
    case "error":
      return { kind: "error", problem: v.problem, exitCode: exitCodeOfVerdict(v) };
  }
}

/** A model check of the generated module, read as a verdict on the trace. */
export function fromModuleCheck(result: CheckResult, prepared: Pick<PreparedTraceCheck, "spec" | "eventCount">, module: Pick<TraceModule, "stop">): EngineVerdict {
  const v = traceVerdict(result, prepared.spec, prepared.eventCount);
  switch (v.kind) {
    case "accepted":
      return module.stop === null ? { kind: "accepted" } : { kind: "rejected", step: module.stop.step, why: module.stop.why };
    case "rejected":
      if (result.distinct === 0) return { kind: "rejected", step: 0, why: "no initial state of the spec agrees with the trace's first state" };
      return { kind: "rejected", step: v.firstUnmatched, why: `no behaviour of the spec matches event ${v.firstUnmatched} (${v.matchedEvents} event${v.matchedEvents === 1 ? "" : "s"} matched)` };
    case "error": {
      const problem = result.error ?? { code: "internal" as const, message: `the check of the trace-validation module ended with ${result.result}${result.violated ? ` ${result.violated}` : ""}` };
      return { kind: "error", problem, exitCode: result.error !== null ? exitCodeForResult(result) : ExitCode.other };
    }
  }
}

/** Whether `other` (a check of the module) says what the native trace checker (`ref`) says. */
export function agrees(ref: EngineVerdict, other: EngineVerdict): boolean {
  if (other.kind === "not-run") return true;
  switch (ref.kind) {
    case "accepted":
      return other.kind === "accepted";
    case "rejected":
      return other.kind === "rejected" && other.step === ref.step;
    case "violated":
      // The module checks no invariant: it must follow the trace at least up to the violation.
      return other.kind === "accepted" || (other.kind === "rejected" && other.step > ref.step);
    case "error":
      return other.kind === "error";
    case "not-run":
      return true;
  }
}

function exitCodeOf(v: EngineVerdict): number {
  switch (v.kind) {
    case "accepted":
    case "not-run":
      return ExitCode.ok;
    case "rejected":
    case "violated":
      return ExitCode.safety;
    case "error":
      return v.exitCode;
  }
}

/** A disagreement fails the run (255); then the first error's code; then the highest code. */
function runExitCode(files: readonly TraceEngineFile[]): number {
  if (files.some((f) => f.agree === false)) return ExitCode.other;
  const error = files.find((f) => f.outcomes.some((o) => o.verdict.kind === "error"));
  if (error !== undefined) return error.exitCode;
  return files.reduce((worst, f) => Math.max(worst, f.exitCode), ExitCode.ok as number);
}
