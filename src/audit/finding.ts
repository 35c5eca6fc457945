import type { SourceLocation } from "../diagnostics/location.ts";

/**
 * What the audit reports: typed data with a code and the place to look. Wording lives in
 * ./render.ts; `--json` prints these objects as they are.
 *
 * Codes (one line each, so that the list stays the single place to look):
 * - unknown-action:         code emits a trace event whose action the spec's Next does not have
 * - unknown-parameter:      an emitted event names a parameter the spec action does not declare
 * - missing-parameter:      an emitted event lacks a parameter the spec action declares
 * - dynamic-action:         an event's action name is not a string literal (or a union of them),
 *                           so the audit cannot check it; name the action literally
 * - action-never-emitted:   a spec action no code emits and the mapping does not list as environment-only
 * - untraced-state-change:  a step returns (or writes) protocol state mapped to a spec variable
 *                           on a path that emits no trace event
 * - mapping-error:          the mapping names a spec variable, action or implementation type the
 *                           code or spec does not have (the audit would otherwise check nothing)
 */
export type Finding =
  | UnknownAction
  | UnknownParameter
  | MissingParameter
  | DynamicAction
  | ActionNeverEmitted
  | UntracedStateChange
  | MappingError;

export type FindingCode = Finding["code"];

export interface UnknownAction {
  readonly code: "unknown-action";
  readonly action: string;
  /** The spec action with the closest name, when one is close enough to be a misspelling. */
  readonly suggestion: string | null;
  readonly function: string;
  readonly location: SourceLocation;
}

export interface UnknownParameter {
  readonly code: "unknown-parameter";
  readonly action: string;
  readonly parameter: string;
  readonly expected: readonly string[];
  readonly function: string;
  readonly location: SourceLocation;
}

export interface MissingParameter {
  readonly code: "missing-parameter";
  readonly action: string;
  readonly parameter: string;
  readonly expected: readonly string[];
  readonly function: string;
  readonly location: SourceLocation;
}

export interface DynamicAction {
  readonly code: "dynamic-action";
  readonly expression: string;
  readonly function: string;
  readonly location: SourceLocation;
}

export interface ActionNeverEmitted {
  readonly code: "action-never-emitted";
  readonly action: string;
  readonly parameters: readonly string[];
  /** Where the spec defines the action. */
  readonly location: SourceLocation;
}

export interface UntracedStateChange {
  readonly code: "untraced-state-change";
  readonly function: string;
  /** Implementation fields changed on this path, each with the spec variable it maps to. */
  readonly changes: readonly { readonly field: string; readonly variable: string }[];
  /**
   * "return": a step result carrying changed state and no event; "assignment": an in-place
   * write in a function that emits nothing; "silent": a change made by a function the mapping
   * declares performs no spec action (crash recovery).
   */
  readonly via: "return" | "assignment" | "silent";
  readonly location: SourceLocation;
}

export interface MappingError {
  readonly code: "mapping-error";
  readonly message: string;
  readonly location: SourceLocation | null;
}
