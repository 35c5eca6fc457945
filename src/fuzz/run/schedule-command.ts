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

/** Schedules of up to `steps` steps, each drawn from the target's weighted menu. */
export function scheduleArbitrary(intent: fc.Arbitrary<Intent>, steps: number, replayPath?: string): fc.Arbitrary<Iterable<fc.Command<FuzzRun, FuzzRun>>> {
  return fc.commands([intent.map((i) => new ScheduleCommand(i))], { maxCommands: steps, size: "max", ...(replayPath !== undefined ? { replayPath } : {}) });
}
