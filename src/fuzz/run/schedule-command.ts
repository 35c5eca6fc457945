import fc from "fast-check";
import { showIntent, type Intent } from "../schedule/intent.ts";
import type { FuzzRun } from "./fuzz-run.ts";

/**
 * A schedule step as a fast-check command. Model and real system are the same FuzzRun (the spec
 * and the implementation side by side): `check` says whether the step has anything to act on,
 * `run` performs it and lets the spec judge the events.
 */
export class ScheduleCommand implements fc.Command<FuzzRun, FuzzRun> {
  constructor(readonly intent: Intent) {}

  check(run: Readonly<FuzzRun>): boolean {
    return (run as FuzzRun).canPerform(this.intent);
  }

  run(run: FuzzRun): void {
    run.perform(this.intent);
  }

  toString(): string {
    return showIntent(this.intent);
  }
}

/**
 * fast-check draws a schedule's length uniformly up to its bound, and about half the steps
 * drawn find nothing to act on (no packet to deliver yet, nobody down to restart). Drawing up to
 * this many times the steps a run may perform keeps runs long; the run stops performing at its
 * limit (./fuzz-run.ts), and the steps it never ran are the first thing shrinking removes.
 */
export const DRAWS_PER_STEP = 3;

/** Schedules that perform up to `steps` steps, each drawn from the target's weighted menu. */
export function scheduleArbitrary(intent: fc.Arbitrary<Intent>, steps: number, replayPath?: string): fc.Arbitrary<Iterable<fc.Command<FuzzRun, FuzzRun>>> {
  return fc.commands([intent.map((i) => new ScheduleCommand(i))], { maxCommands: DRAWS_PER_STEP * steps, size: "max", ...(replayPath !== undefined ? { replayPath } : {}) });
}
