import type { SourceLocation } from "../diagnostics/location.ts";

/**
 * What the explorer needs to know about a model, and nothing about how states are computed
 * (Stateright's `Model`). The TLA+ binding (bind.ts) implements it over the evaluator; the unit
 * tests implement it by hand. `S` is a state, `A` whatever identifies the action that produced a
 * successor: the explorer passes it through untouched and asks for a label only to print a trace,
 * so nothing is formatted on the hot path.
 *
 * Every callback may throw a `ProblemError` (an evaluation error in the spec); the explorer turns
 * it into an "error" verdict with the trace to the state being looked at.
 */
export interface Model<S, A> {
  /** Variable names, in the order `show` prints them. */
  readonly variables: readonly string[];

  /** Every initial state in generation order, duplicates included: TLC counts each as generated. */
  initialStates(): readonly S[];

  /**
   * Calls `emit` once per successor of `s`, action by action in TLC's order, duplicates and
   * self-loops included (TLC counts every one as generated). `emit` may throw to stop early.
   */
  successors(s: S, emit: (next: S, action: A) => void): void;

  /**
   * Writes the state's 64-bit fingerprint into `out` as two unsigned 32-bit halves: out[0] the
   * high half, out[1] the low. With a VIEW, the fingerprint of the view. Equal states (or views)
   * must give equal fingerprints; different ones collide with negligible probability.
   */
  fingerprint(s: S, out: Uint32Array): void;

  /** Checked on every initial state and on every new successor (and on excluded ones, quirk 14). */
  readonly invariants: readonly StateCheck<S>[];
  /** Checked on every initial state only: the Init of a refined spec (`PROPERTY I!Spec`). */
  readonly initProperties: readonly StateCheck<S>[];
  /** Checked on every generated transition, new target or not: `[][A]_v` properties. */
  readonly actionProperties: readonly ActionCheck<S>[];
  /** CONSTRAINT: a state that fails one is neither stored nor explored. */
  readonly constraints: readonly StateCheck<S>[];
  /** ACTION_CONSTRAINT: a transition that fails one does not store or explore its target. */
  readonly actionConstraints: readonly ActionCheck<S>[];
  /** Report a state without successors as a deadlock (TLC's default). */
  readonly checkDeadlock: boolean;

  /** Each variable's value as TLA+ text, printed as TLC prints it. Only called to print traces. */
  show(s: S): Readonly<Record<string, string>>;
  /** How a trace prints the action `a`. Only called to print traces. */
  label(a: A): ActionLabel;
}

export interface StateCheck<S> {
  readonly name: string;
  holds(s: S): boolean;
}

export interface ActionCheck<S> {
  readonly name: string;
  holds(s: S, t: S): boolean;
}

/** An action as a trace prints it: `<Insert(1) line 16, col 5 to line 18, col 43 of module CoinSorter>`. */
export interface ActionLabel {
  /** The operator's name with its arguments as TLC prints them: `Insert(1)`, `Move(1,0)`, `Next`. */
  readonly name: string;
  readonly location: SourceLocation | null;
  /** The module that defines the action. */
  readonly module: string | null;
}
