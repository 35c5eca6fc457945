import type { SourceLocation } from "../diagnostics/location.ts";
import { ExitCode } from "../diagnostics/exit-codes.ts";
import { exitCodeFor, type Problem } from "../diagnostics/problem.ts";
import { unreachable } from "../tla/values/index.ts";

/**
 * What the trace checker concludes, as data. Renderers (./render.ts for the terminal,
 * ./to-json.ts for `--json`) read these and nothing else, so every fact a message shows is a
 * field here: step, line, event, action, the false conjunct with its location, the diffs.
 * Values are TLA+ text printed as TLC prints them.
 */

/** The event a verdict is about, as the trace gave it. */
export interface EventSummary {
  /** 1-based step number (the event's `seq`); 0 is the initial state. */
  readonly step: number;
  readonly file: string;
  /** Line of the event in the trace file (NDJSON), or null where the format has no lines. */
  readonly line: number | null;
  readonly node: string | null;
  readonly action: string;
  /** Parameter name -> value as TLA+ text, in the order the trace gave them. */
  readonly params: readonly (readonly [string, string])[];
}

/** One variable whose reported value no successor (or initial state) has. */
export interface VariableDiff {
  readonly variable: string;
  /** The value in the spec state that came closest, as TLC prints it. */
  readonly expected: string;
  /** What the trace reported, as TLC prints it. */
  readonly reported: string;
  /** Where they differ, e.g. "missing from the report: [type |-> "1b", ...]" or "at a1: expected 0, reported 1". */
  readonly details: readonly string[];
}

/** The conjunct of the action that is false in every candidate state. */
export interface FalseConjunctInfo {
  readonly text: string;
  readonly location: SourceLocation;
  readonly module: string;
}

/** Why the spec does not allow the event. */
export type RejectReason =
  /** The spec has no action (operator) of that name. */
  | { readonly kind: "unknown-action"; readonly action: string; readonly known: readonly string[] }
  /** The parameters do not fit the action: unknown names, missing ones that cannot be enumerated, values Next never binds. */
  | { readonly kind: "bad-parameters"; readonly message: string }
  /**
   * Every instance of the action is disabled in every candidate state. `conjunct` is the first
   * false conjunct in the first candidate; `everywhere` says it is the first false one in every
   * candidate too (with several candidates, they may fail at different conjuncts).
   */
  | { readonly kind: "disabled"; readonly action: string; readonly conjunct: FalseConjunctInfo | null; readonly everywhere: boolean; readonly candidates: number }
  /** The action is enabled but no successor agrees with what the event reports. */
  | { readonly kind: "mismatch"; readonly action: string; readonly successors: number; readonly variables: readonly VariableDiff[] }
  /** The reported changes cannot be applied (an `at` key outside the function's domain, `add` to a non-set). */
  | { readonly kind: "bad-change"; readonly message: string }
  /** A successor of the named action agrees with the event but the step is not one of Next's. */
  | { readonly kind: "not-next-step"; readonly action: string }
  /** No initial state of the spec agrees with the trace's first state. */
  | { readonly kind: "initial-state"; readonly initialStates: number; readonly variables: readonly VariableDiff[] };

export interface Rejection {
  readonly kind: "rejected";
  readonly event: EventSummary;
  readonly reason: RejectReason;
  /** Actions of Next enabled in the (first) candidate state before the event, as `Name(args)`. */
  readonly enabled: readonly string[];
  /** How many more enabled actions there were than `enabled` lists. */
  readonly enabledMore: number;
  /** Candidate states before the event. */
  readonly candidates: number;
}

/** The trace is a behaviour of the spec up to `event`, where an invariant or property fails. */
export interface Violation {
  readonly kind: "violated";
  readonly event: EventSummary;
  readonly property: { readonly name: string; readonly kind: "invariant" | "property" | "assumption" };
  /** The violating state (every variable, TLC-printed); for an action property, the state after the step. */
  readonly state: Readonly<Record<string, string>>;
}

export interface Accepted {
  readonly kind: "accepted";
  readonly events: number;
  /** Candidate states after the last event (1 when the trace pins the state down). */
  readonly candidates: number;
  /** The most candidate states carried at once. */
  readonly maxCandidates: number;
}

/** Bad input or a bound reached: the trace could not be judged. */
export interface Failure {
  readonly kind: "error";
  readonly problem: Problem;
  /** The step being checked when it happened, if any. */
  readonly event: EventSummary | null;
}

export type Verdict = Accepted | Rejection | Violation | Failure;

/** Accepted 0; rejected 12; a violated invariant 12, property 13, assumption 10; errors by their problem. */
export function exitCodeOfVerdict(v: Verdict): ExitCode {
  switch (v.kind) {
    case "accepted":
      return ExitCode.ok;
    case "rejected":
      return ExitCode.safety;
    case "violated":
      return v.property.kind === "property" ? ExitCode.property : v.property.kind === "assumption" ? ExitCode.assumption : ExitCode.safety;
    case "error":
      return exitCodeFor(v.problem);
    default:
      return unreachable(v);
  }
}

/** One trace file's outcome, as the batch runner and the renderers see it. */
export interface FileReport {
  readonly file: string;
  readonly format: "ndjson" | "itf" | "tlc-dump";
  readonly spec: string | null;
  readonly config: string | null;
  readonly verdict: Verdict;
  /** Events read (up to the verdict). */
  readonly events: number;
  readonly seconds: number;
  /** Things the user should know (no .cfg so no invariants checked, liveness skipped, ...). */
  readonly notes: readonly string[];
}

/**
 * Exit code of a batch: the first error's code wins (the run could not judge everything), then
 * a rejection or violation (the highest code, so a PROPERTY violation shows as 13), else 0.
 */
export function exitCodeOfBatch(reports: readonly FileReport[]): ExitCode {
  const codes = reports.map((r) => ({ kind: r.verdict.kind, code: exitCodeOfVerdict(r.verdict) }));
  const error = codes.find((c) => c.kind === "error");
  if (error) return error.code;
  return codes.reduce<ExitCode>((worst, c) => (c.code > worst ? c.code : worst), ExitCode.ok);
}
