import type { Judge } from "../judge/judge.ts";
import type { ExactIntent, Intent } from "../schedule/intent.ts";
import type { FuzzTarget } from "../targets/target.ts";
import { FuzzRun, ImplementationCrash, SpecFailure, type LoggedStep } from "./fuzz-run.ts";

/**
 * After fast-check has shrunk a failing schedule, the schedule is pinned down to exact steps
 * (this message, this node) and minimised further: one step at a time is left out, and the
 * shorter schedule is kept whenever it still fails the same way (same verdict, same spec
 * action). Leaving out a step of an exact schedule does not change what the other steps mean,
 * which is what lets this pass remove steps fast-check's shrinker had to keep.
 */
export type RunFailure = SpecFailure | ImplementationCrash;

export interface Replayed {
  /** What ended the run, or null if the schedule ran to its end without a failure. */
  readonly failure: RunFailure | null;
  readonly log: readonly LoggedStep[];
}

/** Runs a schedule from the start, skipping steps with nothing to act on, until it ends or fails. */
export function replaySchedule(target: FuzzTarget, judge: Judge, intents: readonly Intent[]): Replayed {
  const run = new FuzzRun(target.start(), judge, null, { record: true });
  try {
    for (const i of intents) run.perform(i);
  } catch (err) {
    if (err instanceof SpecFailure || err instanceof ImplementationCrash) return { failure: err, log: run.log! };
    throw err;
  }
  return { failure: null, log: run.log! };
}

/** The steps a schedule performed, as exact steps (a multi-action step becomes several). */
export function exactSteps(log: readonly LoggedStep[]): ExactIntent[] {
  return log.flatMap((s) => s.performed.exact().map((action) => ({ kind: "exact", action }) as const));
}

/** What must stay the same while minimising: the kind of failure and the action it is about. */
export function signature(f: RunFailure): string {
  if (f instanceof ImplementationCrash) return `crash: ${f.message}`;
  return `${f.verdict.kind}: ${f.event?.action ?? "initial state"}`;
}

export interface Minimized {
  readonly steps: readonly ExactIntent[];
  /** Schedules tried. */
  readonly attempts: number;
}

export function minimize(target: FuzzTarget, judge: Judge, steps: readonly ExactIntent[], failure: RunFailure, maxAttempts = 5_000): Minimized {
  const wanted = signature(failure);
  let current = [...steps];
  let attempts = 0;
  let changed = true;
  while (changed && attempts < maxAttempts) {
    changed = false;
    // From the end: late steps are the likeliest to be unneeded, and removing them is cheapest to re-check.
    for (let i = current.length - 1; i >= 0 && attempts < maxAttempts; i--) {
      const candidate = [...current.slice(0, i), ...current.slice(i + 1)];
      attempts++;
      const r = replaySchedule(target, judge, candidate);
      if (r.failure === null || signature(r.failure) !== wanted) continue;
      // Keep only what ran, up to the failure: skipped and later steps go too.
      current = exactSteps(r.log);
      i = Math.min(i, current.length);
      changed = true;
    }
  }
  return { steps: current, attempts };
}
