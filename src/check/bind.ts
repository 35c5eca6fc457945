import { problem, ProblemError, type Problem } from "../diagnostics/problem.ts";
import type { ConfigName, ModelConfig } from "../tla/config/model-config.ts";
import type { CompiledSpec, Level, NextRelation, State } from "../tla/eval/index.ts";
import type { ActionCheck, StateCheck } from "./model.ts";
import { decomposeProperty, decomposeSpecification } from "./temporal.ts";
import type { TlaModelParts } from "./tla-model.ts";

/**
 * A parsed .cfg resolved against the compiled spec: every name it mentions must be a definition
 * of the spec (else a config error at the cfg's line, exit 151, as TLC's "The invariant X
 * specified in the configuration file is not defined in the specification."), of the right arity
 * and level. What the engine accepts but does not act on (fairness, SYMMETRY, ALIAS) becomes a
 * note the user sees.
 */
export interface BindOptions {
  /** False turns deadlock checking off whatever the cfg says. */
  readonly deadlock?: boolean;
}

export type Bound =
  | { readonly kind: "model"; readonly parts: TlaModelParts; readonly notes: readonly string[] }
  /** A module without variables and without INIT/NEXT/SPECIFICATION: only its ASSUMEs are checked. */
  | { readonly kind: "assumptions-only"; readonly notes: readonly string[] }
  | { readonly kind: "problem"; readonly problem: Problem };

/** What each cfg section calls the thing it names, as TLC words its messages. */
const roles = {
  init: { what: "initial predicate", maxLevel: "state" },
  next: { what: "next-state relation", maxLevel: "action" },
  specification: { what: "specification", maxLevel: "temporal" },
  invariant: { what: "invariant", maxLevel: "state" },
  property: { what: "property", maxLevel: "temporal" },
  constraint: { what: "constraint", maxLevel: "state" },
  actionConstraint: { what: "action constraint", maxLevel: "action" },
  symmetry: { what: "symmetry", maxLevel: "constant" },
  view: { what: "view", maxLevel: "state" },
  alias: { what: "alias", maxLevel: "state" },
  postcondition: { what: "postcondition", maxLevel: "state" },
} as const satisfies Record<string, { what: string; maxLevel: Level }>;

type Role = keyof typeof roles;
const levelRank: Record<Level, number> = { constant: 0, state: 1, action: 2, temporal: 3 };

export function bindModel(spec: CompiledSpec, config: ModelConfig, options: BindOptions = {}): Bound {
  try {
    return bindOrThrow(spec, config, options);
  } catch (err) {
    if (err instanceof ProblemError) return { kind: "problem", problem: err.problem };
    throw err;
  }
}

function bindOrThrow(spec: CompiledSpec, config: ModelConfig, options: BindOptions): Bound {
  const notes: string[] = [];
  const resolve = (role: Role, n: ConfigName): string => {
    const def = spec.definition(n.name);
    const { what, maxLevel } = roles[role];
    if (def === undefined) throw new ProblemError(problem("config-parse", `The ${what} ${n.name} specified in the configuration file is not defined in the specification.`, n.loc));
    if (def.arity !== 0) throw new ProblemError(problem("config-parse", `The ${what} ${n.name} takes ${def.arity} argument(s); the configuration file can only name an operator without arguments.`, n.loc));
    if (levelRank[def.level] > levelRank[maxLevel]) {
      throw new ProblemError(problem("config-parse", `The ${what} ${n.name} is ${article(def.level)} ${def.level}-level formula; ${article(maxLevel)} ${what} must be at most ${maxLevel}-level.`, n.loc));
    }
    return n.name;
  };

  // Every name is resolved before anything is built, so that one wrong name is reported first.
  const invariants = config.invariants.map((n) => resolve("invariant", n));
  const properties = config.properties.map((n) => resolve("property", n));
  const constraints = config.constraints.map((n) => resolve("constraint", n));
  const actionConstraints = config.actionConstraints.map((n) => resolve("actionConstraint", n));
  const view = config.view ? resolve("view", config.view) : null;
  if (config.symmetry) {
    resolve("symmetry", config.symmetry);
    notes.push(`SYMMETRY ${config.symmetry.name} ignored: every state is explored, so counts are those of TLC without symmetry reduction.`);
  }
  if (config.alias) {
    resolve("alias", config.alias);
    notes.push(`ALIAS ${config.alias.name} ignored: traces print the variables themselves.`);
  }
  for (const p of config.postconditions) {
    resolve("postcondition", p);
    notes.push(`POSTCONDITION ${p.name} ignored: it is not evaluated after the check.`);
  }

  let behaviour: { initialStates: () => State[]; next: NextRelation };
  if (config.specification) {
    if (config.init || config.next) {
      const extra = (config.init ?? config.next)!;
      throw new ProblemError(problem("config-parse", "The configuration file names both a SPECIFICATION and an INIT/NEXT; give one or the other.", extra.loc));
    }
    const name = resolve("specification", config.specification);
    const parts = decomposeSpecification(name, spec.temporal(name), config.specification.loc);
    if (!parts.ok) return { kind: "problem", problem: parts.problem };
    notes.push(...parts.value.notes);
    behaviour = parts.value;
  } else if (config.init && config.next) {
    const init = resolve("init", config.init);
    const next = resolve("next", config.next);
    behaviour = { initialStates: () => spec.initialStates(init), next: spec.next(next) };
  } else if (config.init || config.next) {
    const given = (config.init ?? config.next)!;
    throw new ProblemError(problem("config-parse", `The configuration file names ${config.init ? "INIT" : "NEXT"} ${given.name} without ${config.init ? "NEXT" : "INIT"}.`, given.loc));
  } else if (spec.variables.length === 0 && properties.length === 0 && invariants.length === 0) {
    return { kind: "assumptions-only", notes };
  } else {
    throw new ProblemError(problem("config-parse", `The configuration file ${config.file} specifies neither INIT and NEXT nor SPECIFICATION.`, { file: config.file, line: 1, column: 1 }));
  }

  const initProperties: StateCheck<State>[] = [];
  const actionProperties: ActionCheck<State>[] = [];
  for (const name of properties) {
    const parts = decomposeProperty(name, spec.temporal(name));
    if (!parts.ok) return { kind: "problem", problem: parts.problem };
    initProperties.push(...parts.value.initProperties);
    actionProperties.push(...parts.value.actionProperties);
  }

  const checkDeadlock = options.deadlock === false ? false : (config.checkDeadlock?.value ?? true);
  const parts: TlaModelParts = {
    spec,
    initialStates: behaviour.initialStates,
    next: behaviour.next,
    invariants: invariants.map((name) => ({ name, holds: spec.statePredicate(name) })),
    initProperties,
    actionProperties,
    constraints: constraints.map((name) => ({ name, holds: spec.statePredicate(name) })),
    actionConstraints: actionConstraints.map((name) => ({ name, holds: spec.actionPredicate(name) })),
    checkDeadlock,
    ...(view ? { view: spec.stateFunction(view) } : {}),
  };
  return { kind: "model", parts, notes };
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? "an" : "a";
}
