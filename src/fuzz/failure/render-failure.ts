import { problemToJson } from "../../diagnostics/render.ts";
import { renderVerdict } from "../../validate/render.ts";
import type { EventSummary } from "../../validate/verdict.ts";
import type { JudgeFailure } from "../judge/judge.ts";
import type { Protocol } from "../targets/target.ts";
import type { ExplainedFailure, FailureOutcome } from "./explain-failure.ts";
import type { FailureOrigin } from "./failure-file.ts";

/**
 * A failure as a person reads it: the minimal schedule step by step, what each step made the
 * nodes do in spec terms, the trace checker's explanation of the step it refused, and the
 * commands that reproduce it. The JSON form carries the same facts.
 */
export interface FailureView {
  readonly protocol: Protocol;
  readonly mutants: readonly string[];
  readonly origin: FailureOrigin;
  readonly explained: ExplainedFailure;
  readonly trace: string | null;
}

export function renderFailure(f: FailureView): string[] {
  const e = f.explained;
  const out = [`Counterexample: ${e.steps.length} step${e.steps.length === 1 ? "" : "s"}${e.shrunkSteps !== e.steps.length ? ` (fast-check shrank it to ${e.shrunkSteps}, minimised to ${e.steps.length})` : ""}`];
  const width = Math.max(...e.steps.flatMap((s) => s.actions.map((a) => a.length)), 10);
  for (const s of e.steps) {
    const n = String(s.step).padStart(3);
    s.actions.forEach((a, i) => {
      const events = i === s.actions.length - 1 ? s.events.map((ev) => `${ev.text} by ${ev.node}`).join("; ") : "";
      const mark = s.failed && i === s.actions.length - 1 ? "   <-- refused by the spec" : "";
      out.push(`${i === 0 ? n + "." : "    "} ${a.padEnd(width)}${events ? `  => ${events}` : ""}${mark}`.trimEnd());
    });
  }
  out.push("", ...outcomeLines(e.outcome, f.trace));
  out.push("", ...reproduceLines(f));
  return out;
}

function outcomeLines(o: FailureOutcome, trace: string | null): string[] {
  if (o.kind === "crash") return [`Why: the implementation threw: ${o.message}`];
  return ["Why (the trace checker's verdict):", ...renderVerdict(trace ?? "fuzz run", located(o.verdict, trace)).map((l) => `  ${l}`)];
}

/** The verdict pointing into the saved trace: event n is on line n + 1 (line 1 is the header). */
export function located(v: JudgeFailure, trace: string | null): JudgeFailure {
  if (trace === null || v.event === null) return v;
  const event: EventSummary = { ...v.event, file: trace, line: v.event.step + 1 };
  return { ...v, event } as JudgeFailure;
}

export function reproduceLines(f: FailureView): string[] {
  const o = f.origin;
  const mutants = f.mutants.map((m) => ` --mutant ${m}`).join("");
  const lines = [`fast-check: seed ${o.seed}, path "${o.path}"${o.run !== null ? ` (run ${o.run} of campaign seed ${o.campaignSeed})` : ""}`];
  if (f.trace !== null) lines.push(`Trace: ${f.trace}`, `Replay: harness replay ${f.trace}`);
  lines.push(`   or: harness replay --protocol ${f.protocol}${mutants} --steps ${o.steps} --seed ${o.seed} --path "${o.path}" --replay-path '${o.replayPath}'`);
  return lines;
}

export function failureToJson(f: FailureView): Record<string, unknown> {
  const e = f.explained;
  return {
    origin: f.origin,
    trace: f.trace,
    shrunkSteps: e.shrunkSteps,
    minimizeAttempts: e.minimizeAttempts,
    steps: e.steps,
    outcome: e.outcome.kind === "crash" ? e.outcome : { kind: "spec", verdict: verdictJson(located(e.outcome.verdict, f.trace)) },
    explanation: outcomeLines(e.outcome, f.trace),
    replay: reproduceLines(f),
  };
}

function verdictJson(v: JudgeFailure): unknown {
  return v.kind === "error" ? { ...v, problem: problemToJson(v.problem) } : v;
}
