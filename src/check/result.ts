import type { SourceLocation } from "../diagnostics/location.ts";
import type { Problem } from "../diagnostics/problem.ts";

/**
 * The outcome of one model-checking run, whichever engine produced it (the native engine in
 * src/check, or TLC through src/tlc). `--json` prints exactly this object, so its field names are
 * part of the CLI's contract (issue 3): do not rename them.
 */
export type CheckVerdict = "ok" | "assumption" | "deadlock" | "invariant" | "property" | "error";

export interface TraceStep {
  /** The action that led to this state; null for an initial state. */
  readonly action: string | null;
  readonly location: SourceLocation | null;
  /** Each variable's value as TLA+ text, printed the way TLC prints it. */
  readonly state: Readonly<Record<string, string>>;
}

export interface CheckResult {
  readonly result: CheckVerdict;
  /** Name of the violated invariant, property or assumption; null otherwise. */
  readonly violated: string | null;
  /** Where the violated invariant, property or assumption is written (TLC names an ASSUME by it). */
  readonly violatedLocation?: SourceLocation | null;
  readonly distinct: number;
  readonly generated: number;
  readonly depth: number;
  /** States found but not explored when the run stopped (TLC's "states left on queue"). */
  readonly leftOnQueue?: number;
  /** Distinct initial states (TLC's "Finished computing initial states: N distinct states"). */
  readonly initialStates?: number;
  readonly trace: readonly TraceStep[];
  /** A liveness counterexample ends by stuttering forever (TLC prints "Stuttering"). */
  readonly traceEndsInStuttering?: boolean;
  readonly error: Problem | null;
  readonly seconds: number;
  /** Notes the user should see (fairness ignored, SYMMETRY ignored, ...). */
  readonly notes?: readonly string[];
  /** Which engine produced the result. */
  readonly engine?: "native" | "tlc";
}
