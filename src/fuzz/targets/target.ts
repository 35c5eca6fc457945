import type fc from "fast-check";
import type { MutantName } from "../../protocol/mutants.ts";
import type { SimAction } from "../../sim/actions.ts";
import type { TraceEvent, TraceHeader } from "../../trace/schema.ts";
import type { HeaderMeta } from "../../trace/spec-mapping.ts";
import type { JudgedModel } from "../judge/step-checker-judge.ts";
import type { ExactAction, Intent } from "../schedule/intent.ts";

export type Protocol = "paxos" | "register";

export const protocols: readonly Protocol[] = ["paxos", "register"];

/**
 * What a campaign fuzzes: one protocol's implementation in the simulator, deployed with the
 * constants of one of the spec's models (so that the model checker's reachable states are the
 * yardstick of coverage), with the mutants switched on, and the schedule steps the adversary
 * draws from. The node, message and event types stay inside the target; the campaign sees
 * intents in and trace events out.
 */
export interface FuzzTarget {
  readonly protocol: Protocol;
  /** The spec and .cfg every event is judged against; its constants are the deployment's. */
  readonly model: JudgedModel;
  readonly mutants: readonly MutantName[];
  /** The implementation's configuration, recorded in failure traces. */
  readonly config: Readonly<Record<string, unknown>>;
  /** The header of every run's trace (spec constants, initial state, replay data). */
  header(meta: HeaderMeta): TraceHeader;
  /** One schedule step, weighted toward the adversarial. */
  readonly intent: fc.Arbitrary<Intent>;
  /** A fresh deployment: every node up, nothing in flight. */
  start(): ImplementationRun;
}

/** One simulated run of the implementation, advanced step by step (fast-check's "real" system). */
export interface ImplementationRun {
  /** Whether the intent has something to act on now. */
  canPerform(intent: Intent): boolean;
  /** Carries out an intent, or returns null (and changes nothing) when it has nothing to act on now. */
  perform(intent: Intent): Performed | null;
}

export interface Performed {
  readonly actions: readonly SimAction<unknown>[];
  /** The spec-level events the nodes performed, as trace events (numbered across the run). */
  readonly events: readonly TraceEvent[];
  /** The actions as a person reads them (`deliver #7 p1 -> a2: 1a(bal 0)`); computed on demand. */
  describe(): readonly string[];
  /** The actions by content, as exact steps that mean the same in a shorter schedule. */
  exact(): readonly ExactAction[];
}
