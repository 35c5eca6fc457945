/**
 * How one implementation corresponds to one spec: the audit's only configuration. The project's
 * own mappings live in ./mappings.ts; tests build their own for fixture implementations.
 * Paths are relative to the project root the audit runs in.
 */
export interface ProtocolMapping {
  /** Short name used on the command line and in reports ("paxos"). */
  readonly name: string;
  /** The root module, e.g. "spec/Paxos.tla". */
  readonly spec: string;
  /** The next-state operator whose disjuncts are the actions; "Next" when omitted. */
  readonly next?: string;
  /** Folder holding the implementation's TypeScript sources (searched recursively). */
  readonly implementation: string;
  /** How a trace event looks in the code. */
  readonly emission: EmissionShape;
  /** How a step result (the value a handler returns) carries its events. */
  readonly step: StepShape;
  /**
   * Implementation state types whose fields stand for spec variables. A type is matched by its
   * declared name (interface, type alias or class); fields not listed are local bookkeeping.
   */
  readonly state: readonly StateTypeMapping[];
  /**
   * Spec actions no code emits on purpose (message loss, a crash the spec models as an action),
   * each with the reason a reader of the report needs.
   */
  readonly environment: readonly EnvironmentAction[];
  /**
   * Functions that perform no spec action, such as crash recovery (the specs model crashes as no
   * action because mapped state is durable): any change they make to mapped state is untraced.
   */
  readonly silent?: readonly { readonly function: string; readonly reason: string }[];
  /**
   * The function that writes an event's parameters into the trace file, switching on the
   * event's action (`case "Phase1b": return { a: ..., b: ... }`). Its parameter names are what
   * the trace checker reads, so they are checked against the spec like the events themselves.
   */
  readonly tracer?: { readonly file: string; readonly function: string };
  /** Findings accepted on purpose, each with its reason; reported as allowed, not as failures. */
  readonly allow?: readonly Allowance[];
}

export interface Allowance {
  readonly code: "untraced-state-change" | "unknown-parameter" | "dynamic-action";
  /** The function the finding is in, as the report names it (`restartAcceptor`, `Learner.commit`). */
  readonly function: string;
  readonly reason: string;
}

/**
 * A trace event is an object literal with `actionProperty` naming the action as a string
 * literal. Its parameters are either nested (`{ action: "Phase1b", params: { a, b } }`, other
 * properties are not the audit's business) or flat beside the action
 * (`{ action: "Phase1b", a, b, sent }`), where every property not listed as payload is a
 * parameter, so a misspelt parameter cannot hide.
 */
export interface EmissionShape {
  readonly actionProperty: string;
  readonly params: { readonly kind: "nested"; readonly property: string } | { readonly kind: "flat"; readonly payload: readonly string[] };
}

/** A step result is any object whose type has `eventsProperty` (an array of trace events). */
export interface StepShape {
  readonly eventsProperty: string;
  /**
   * The step result's outgoing messages and the spec variable they add to (Paxos's `msgs`):
   * a step that sends something but emits no event then counts as an untraced change. Leave it
   * out when the implementation may resend a message it sent before (a resend changes no set).
   */
  readonly messages?: { readonly property: string; readonly variable: string };
}

export interface StateTypeMapping {
  readonly type: string;
  /** Implementation field name -> spec variable name. */
  readonly fields: Readonly<Record<string, string>>;
}

export interface EnvironmentAction {
  readonly action: string;
  readonly reason: string;
}

export const defaultNextOperator = "Next";
