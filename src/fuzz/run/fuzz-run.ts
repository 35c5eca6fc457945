import type { TraceEvent } from "../../trace/schema.ts";
import type { Judge, JudgeFailure, SpecPosition } from "../judge/judge.ts";
import type { Intent } from "../schedule/intent.ts";
import type { ImplementationRun, Performed } from "../targets/target.ts";

/**
 * One fuzz run: the implementation advanced intent by intent, and beside it the spec, advanced
 * event by event by the judge. This pair is what fast-check's model-based testing drives (the
 * spec is the model, the simulated implementation the real system): a step the spec does not
 * allow, or one that breaks an invariant, ends the run with a SpecFailure.
 */
export interface RunObserver {
  /** Every spec position the run reaches, the initial one included. */
  position(p: SpecPosition): void;
  event(e: TraceEvent): void;
}

/** One performed step of a recorded run (kept only when a failure is being explained). */
export interface LoggedStep {
  readonly intent: Intent;
  readonly performed: Performed;
}

export class SpecFailure extends Error {
  constructor(
    readonly verdict: JudgeFailure,
    /** The event the spec refused (null: the initial state). */
    readonly event: TraceEvent | null,
    /** The schedule steps performed, the failing one last. */
    readonly intents: readonly Intent[],
  ) {
    super(`the spec ${verdict.kind === "error" ? "could not judge" : verdict.kind} ${event ? `event ${event.seq} (${event.action})` : "the initial state"}`);
    this.name = "SpecFailure";
  }
}

/** The implementation threw while performing a step: a crash is a finding too. */
export class ImplementationCrash extends Error {
  constructor(
    readonly thrown: unknown,
    readonly intents: readonly Intent[],
  ) {
    super(`the implementation threw: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    this.name = "ImplementationCrash";
  }
}

export class FuzzRun {
  private position: SpecPosition;
  private readonly performed: Intent[] = [];
  private readonly maxSteps: number;
  private eventCount = 0;
  readonly log: LoggedStep[] | null;

  constructor(
    private readonly impl: ImplementationRun,
    private readonly judge: Judge,
    private readonly observer: RunObserver | null = null,
    options: { readonly record?: boolean; readonly maxSteps?: number } = {},
  ) {
    this.log = options.record === true ? [] : null;
    this.maxSteps = options.maxSteps ?? Infinity;
    const init = judge.initial();
    if (init.kind !== "ok") throw new SpecFailure(init.verdict, null, []);
    this.position = init.next;
    observer?.position(init.next);
  }

  get steps(): number {
    return this.performed.length;
  }

  get events(): number {
    return this.eventCount;
  }

  /** Whether the intent has something to act on now and the run has steps left. */
  canPerform(intent: Intent): boolean {
    return this.performed.length < this.maxSteps && this.impl.canPerform(intent);
  }

  /** Performs the intent and judges its events; false when it had nothing to act on. */
  perform(intent: Intent): boolean {
    if (this.performed.length >= this.maxSteps) return false;
    let done: Performed | null;
    try {
      done = this.impl.perform(intent);
    } catch (err) {
      throw new ImplementationCrash(err, [...this.performed, intent]);
    }
    if (done === null) return false;
    this.judgeEvents(intent, done);
    return true;
  }

  private judgeEvents(intent: Intent, done: Performed): void {
    this.performed.push(intent);
    this.log?.push({ intent, performed: done });
    for (const e of done.events) {
      this.eventCount++;
      this.observer?.event(e);
      const j = this.judge.step(this.position, e);
      if (j.kind !== "ok") throw new SpecFailure(j.verdict, e, [...this.performed]);
      this.position = j.next;
      this.observer?.position(j.next);
    }
  }
}
