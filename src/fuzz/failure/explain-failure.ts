import type { TraceEvent } from "../../trace/schema.ts";
import { showValue } from "../../trace/value.ts";
import type { Judge, JudgeFailure } from "../judge/judge.ts";
import { SpecFailure, type LoggedStep } from "../run/fuzz-run.ts";
import { exactSteps, minimize, replaySchedule } from "../run/minimize.ts";
import { showIntent, type Intent } from "../schedule/intent.ts";
import type { FuzzTarget } from "../targets/target.ts";

/**
 * A failing schedule, made readable: rerun, pinned down to exact steps, minimised, and rerun
 * once more to record every step with the events it produced and the spec's verdict on the
 * failing one. The result is data; ./render-failure.ts prints it, ./failure-trace.ts saves it.
 */
export interface ExplainedFailure {
  /** The minimal schedule, as exact steps where it could be pinned down (what a failure file stores and replays). */
  readonly schedule: readonly Intent[];
  readonly steps: readonly ReportStep[];
  /** The trace of the minimal schedule, up to and including the event the spec refused. */
  readonly events: readonly TraceEvent[];
  readonly outcome: FailureOutcome;
  /** Steps of the schedule fast-check shrunk to, before minimising. */
  readonly shrunkSteps: number;
  readonly minimizeAttempts: number;
}

export type FailureOutcome = { readonly kind: "spec"; readonly verdict: JudgeFailure } | { readonly kind: "crash"; readonly message: string };

export interface ReportStep {
  /** 1-based. */
  readonly step: number;
  /** What the simulator did, e.g. `deliver #7 p1 -> a2: 1a(bal 0)`. */
  readonly actions: readonly string[];
  readonly events: readonly ReportEvent[];
  /** True on the step whose event the spec refused. */
  readonly failed: boolean;
}

export interface ReportEvent {
  readonly seq: number;
  readonly node: string;
  /** `Phase1b(a = a1, b = 0)`. */
  readonly text: string;
}

export type Explained = { readonly ok: true; readonly failure: ExplainedFailure } | { readonly ok: false; readonly message: string };

export function explainFailure(target: FuzzTarget, judge: Judge, intents: readonly Intent[], options: { readonly minimize: boolean }): Explained {
  const first = replaySchedule(target, judge, intents);
  if (first.failure === null) return { ok: false, message: "the shrunk schedule passes when run again: the run is not deterministic (a bug in the fuzzer or the simulator)" };
  if (!(first.failure instanceof SpecFailure)) {
    // The implementation threw: the step that threw recorded no actions to pin down, so it stays as drawn.
    const thrower = first.failure.intents[first.failure.intents.length - 1]!;
    return { ok: true, failure: build(first.log, { kind: "crash", message: first.failure.message }, [...exactSteps(first.log), thrower], intents.length, 0) };
  }
  const exact = exactSteps(first.log);
  const min = options.minimize ? minimize(target, judge, exact, first.failure) : { steps: exact, attempts: 0 };
  const last = replaySchedule(target, judge, min.steps);
  if (!(last.failure instanceof SpecFailure)) return { ok: false, message: "the minimised schedule no longer fails the same way: the run is not deterministic" };
  return { ok: true, failure: build(last.log, { kind: "spec", verdict: last.failure.verdict }, min.steps, first.log.length, min.attempts, last.failure.event) };
}

/** The failure of an exact schedule replayed as it is (a failure file), or null when it now passes. */
export function explainSchedule(target: FuzzTarget, judge: Judge, schedule: readonly Intent[]): ExplainedFailure | null {
  const r = replaySchedule(target, judge, schedule);
  if (r.failure === null) return null;
  const outcome: FailureOutcome = r.failure instanceof SpecFailure ? { kind: "spec", verdict: r.failure.verdict } : { kind: "crash", message: r.failure.message };
  return build(r.log, outcome, schedule, schedule.length, 0, r.failure instanceof SpecFailure ? r.failure.event : null);
}

function build(log: readonly LoggedStep[], outcome: FailureOutcome, schedule: readonly Intent[], shrunkSteps: number, attempts: number, failedEvent: TraceEvent | null = null): ExplainedFailure {
  const events: TraceEvent[] = [];
  const steps = log.map((s, i): ReportStep => {
    let failed = false;
    const evs: ReportEvent[] = [];
    for (const e of s.performed.events) {
      // Events after the refused one were never judged; the trace stops at it.
      if (failedEvent !== null && events.length > 0 && events[events.length - 1] === failedEvent) break;
      events.push(e);
      evs.push({ seq: e.seq, node: e.node, text: eventText(e) });
      if (e === failedEvent) failed = true;
    }
    return { step: i + 1, actions: s.performed.describe(), events: evs, failed };
  });
  if (outcome.kind === "crash") steps.push({ step: steps.length + 1, actions: [showIntent(schedule[schedule.length - 1]!)], events: [], failed: true });
  return { schedule, steps, events, outcome, shrunkSteps, minimizeAttempts: attempts };
}

export function eventText(e: TraceEvent): string {
  return `${e.action}(${Object.entries(e.params)
    .map(([k, v]) => `${k} = ${showValue(v)}`)
    .join(", ")})`;
}
