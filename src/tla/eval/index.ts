/**
 * The evaluator's public API: compile a loaded spec (root module, its EXTENDS and INSTANCEs) with
 * the model's constant bindings into closures, then evaluate, enumerate initial states and
 * enumerate successors the way TLC does.
 *
 * Conventions every entry point follows:
 * - A `State` is `readonly Value[]` indexed like `CompiledSpec.variables`.
 * - Compilation problems (unknown identifier, wrong arity, unsupported construct) are returned as
 *   data by `compileSpec` or thrown as `ProblemError` by the lookup methods (`statePredicate("Foo")`
 *   for a name that is not defined), always with a location.
 * - Evaluation failures (function applied outside its domain, CHOOSE without witness, `1 = "a"`,
 *   ...) are THROWN as `ProblemError` with code "evaluation" and the location of the innermost
 *   expression being evaluated. Stray JavaScript exceptions are turned into code "internal".
 *   Evaluation is hot, so it does not return result objects; catch at your loop's boundary.
 * - Everything compiles once; the returned closures walk no syntax tree.
 */
import type { Problem } from "../../diagnostics/problem.ts";
import type { SourceLocation } from "../../diagnostics/location.ts";
import type { Value } from "../values/value.ts";
import type { LoadedSpec } from "../modules/loaded-spec.ts";
import { compileSpecImpl } from "./compile-spec.ts";

export type State = readonly Value[];

/**
 * What the model (.cfg) says about one CONSTANT of the root module.
 * - `value`: `C = 3`, `C = {a, b}`, `C = m` (model values already converted by the checker).
 * - `operator`: `C <- Op` (`module` absent) or `C <-[M] Op` (`module` = "M"): C means the
 *   operator Op defined in the root module (or in module M), with C's arity.
 * Constants of modules reached through INSTANCE are bound by the WITH substitutions, not here;
 * a binding for a constant of an EXTENDed module applies to it since EXTENDS merges names.
 */
export type ConstantBinding =
  | { readonly kind: "value"; readonly value: Value }
  | { readonly kind: "operator"; readonly operator: string; readonly module?: string };

export type ConstantBindings = ReadonlyMap<string, ConstantBinding>;

export interface EvalOptions {
  /** Where Print/PrintT write their line (already printed as TLC prints). Default: stdout. */
  readonly print?: (line: string) => void;
}

export type CompileResult =
  | { readonly ok: true; readonly spec: CompiledSpec }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Compiles every definition reachable from the root module. Never throws for bad input. */
export function compileSpec(spec: LoadedSpec, bindings: ConstantBindings, options: EvalOptions = {}): CompileResult {
  return compileSpecImpl(spec, bindings, options);
}

/** constant < state < action < temporal, as in TLA+'s level checking. */
export type Level = "constant" | "state" | "action" | "temporal";

export interface DefinitionInfo {
  readonly name: string;
  readonly arity: number;
  readonly level: Level;
  /** Module that defines it (an EXTENDed module's definitions keep their own module name). */
  readonly module: string;
  readonly location: SourceLocation;
}

export interface AssumptionInfo {
  /** `ASSUME Name == P` gives "Name"; an anonymous ASSUME gives null. */
  readonly name: string | null;
  readonly module: string;
  readonly location: SourceLocation;
  /** Evaluates the assumption. Throws ProblemError (evaluation) if it fails or is not Boolean. */
  readonly holds: () => boolean;
}

/**
 * One of TLC's actions: a leaf of Next after splitting disjunctions, operator calls and constant
 * `\E` bounds (TLC's Tool.getActions). TLC prints it as `<Want(w1) line 21, col 5 to line 23, col 21
 * of module NaiveLock>`: `name`, the parameter values `args`, the location of the leaf expression.
 */
export interface ActionInfo {
  /** The innermost operator definition containing the leaf ("Next" for a disjunct written in Next). */
  readonly name: string;
  readonly module: string;
  readonly location: SourceLocation;
  /** The formal parameters of that operator, and the values they are bound to in this action. */
  readonly parameters: readonly string[];
  readonly args: readonly Value[];
}

/**
 * Receives each generated successor; `action` is the action that generated it. `next` is a fresh
 * array owned by the receiver (it may be stored as is).
 */
export type Emit = (next: State, action: ActionInfo) => void;

/** A failed conjunct, for explaining why an action is disabled (trace checking). */
export interface FalseConjunct {
  readonly location: SourceLocation;
  readonly module: string;
  /** The conjunct's source text, as written. */
  readonly text: string;
}

export interface CompiledAction {
  readonly info: ActionInfo;
  /** Calls `emit` once per successor of `s`, in TLC's order (duplicates and self-loops included). */
  successors(s: State, emit: Emit): void;
  /** Whether `s -> t` is a step of this action. */
  holds(s: State, t: State): boolean;
  /**
   * Why no successor of `s` satisfies the action: the first conjunct (left to right, through
   * operator definitions) that is false in `s`; null if the action is enabled in `s` or its
   * first failure depends on primed variables only.
   */
  firstFalseConjunct(s: State): FalseConjunct | null;
}

/** Next split into TLC's actions, plus the enumeration over all of them in order. */
export interface NextRelation {
  readonly actions: readonly CompiledAction[];
  successors(s: State, emit: Emit): void;
  holds(s: State, t: State): boolean;
}

/**
 * A temporal formula (SPECIFICATION, PROPERTY) taken apart through definitions and INSTANCE
 * substitutions, so the checker can check what it can and refuse the rest.
 */
export type TemporalFormula =
  /** A state predicate: must hold in the initial state (e.g. `Init`, `I!Init`). */
  | { readonly kind: "init"; readonly location: SourceLocation; readonly holds: (s: State) => boolean; readonly initialStates: () => State[] }
  /** `[]P` with P a state predicate: an invariant. */
  | { readonly kind: "always-state"; readonly location: SourceLocation; readonly holds: (s: State) => boolean }
  /** `[][A]_v`: every step satisfies A or leaves v unchanged. `next` enumerates A's successors. */
  | {
      readonly kind: "always-action";
      readonly location: SourceLocation;
      readonly holds: (s: State, t: State) => boolean;
      readonly next: () => NextRelation;
    }
  /** WF_v(A) / SF_v(A): accepted and ignored by the safety checker. */
  | { readonly kind: "fairness"; readonly location: SourceLocation; readonly text: string }
  /** Anything needing liveness checking (`<>`, `~>`, `[]<>`, ...); the checker must refuse it. */
  | { readonly kind: "liveness"; readonly location: SourceLocation; readonly text: string }
  | { readonly kind: "and"; readonly location: SourceLocation; readonly parts: readonly TemporalFormula[] };

/**
 * Names passed to these methods are definitions of the root module (or of a module it EXTENDS),
 * or `I!Op` / `I!J!Op` through named instances. An unknown name is a thrown `spec-semantic`
 * ProblemError (the checker reports config names itself, with the .cfg line, before asking).
 */
export interface CompiledSpec {
  readonly rootModule: string;
  readonly variables: readonly string[];
  readonly assumptions: readonly AssumptionInfo[];

  /** A zero-or-more-arity definition visible in the root module (or `I!Op` through an instance). */
  definition(name: string): DefinitionInfo | undefined;
  definitions(): readonly DefinitionInfo[];

  /** Evaluates a constant-level zero-arity definition. Throws ProblemError. */
  constant(name: string): Value;
  /** A zero-arity state-level definition (invariant, constraint): must be Boolean. */
  statePredicate(name: string): (s: State) => boolean;
  /** A zero-arity state-level definition evaluated to a value (VIEW, ALIAS). */
  stateFunction(name: string): (s: State) => Value;
  /** A zero-arity action-level definition (ACTION_CONSTRAINT, the A of `[][A]_v`). */
  actionPredicate(name: string): (s: State, t: State) => boolean;

  /** TLC's initial states of a state predicate (`x = e`, `x \in S`, conjuncts, `\E`, `\/`). */
  initialStates(name: string): State[];
  /** Next split into TLC's actions. `name` may be `I!Next` for an instance. */
  next(name: string): NextRelation;
  /** One action operator with its arguments bound, e.g. `action("Phase1b", [a1])`: for trace checking. */
  action(name: string, args: readonly Value[]): CompiledAction;
  /** SPECIFICATION / PROPERTY formulas taken apart. */
  temporal(name: string): TemporalFormula;
}
