import type { TraceEvent } from "../../trace/schema.ts";
import type { Failure, Rejection, Violation } from "../../validate/verdict.ts";

/**
 * The fuzzer's model is the spec itself: every event the implementation performs is judged by
 * the trace checker against the spec's transition relation and invariants. A judge is that
 * checker seen as a pure function from "where the spec may be" to "where it may be after this
 * event", so that identical steps from identical spec states can be judged once (./memo-judge.ts)
 * and a campaign can count the spec states its runs visited.
 */
export interface SpecPosition {
  /** Equal keys mean equal sets of candidate spec states. */
  readonly key: string;
  /** A fingerprint per candidate state, as the model checker's fingerprint table stores it. */
  readonly states: readonly StateFingerprint[];
}

/** A spec state's 64-bit fingerprint as two unsigned 32-bit halves. */
export interface StateFingerprint {
  readonly hi: number;
  readonly lo: number;
}

/** What the spec says about an event: allowed (and where it leads), or why not. */
export type Judgement = { readonly kind: "ok"; readonly next: SpecPosition } | { readonly kind: "failed"; readonly verdict: JudgeFailure };

/**
 * The trace checker's own verdicts: a rejected step (with the false conjunct or the
 * expected-versus-reported diff), a violated invariant, or an error (bad input, evaluation).
 */
export type JudgeFailure = Rejection | Violation | Failure;

export interface Judge {
  /** The spec and model the events are judged against, e.g. `spec/MC_Paxos.tla (spec/Paxos_majority.cfg)`. */
  readonly model: string;
  /** The spec's initial state(s) that agree with the trace header's initial values. */
  initial(): Judgement;
  step(from: SpecPosition, event: TraceEvent): Judgement;
}
