import type { ActionInfo, CompiledSpec, NextRelation, State } from "../tla/eval/index.ts";
import { fingerprintInto, fingerprintStateInto, printValue, type Value } from "../tla/values/index.ts";
import type { ActionCheck, ActionLabel, Model, StateCheck } from "./model.ts";

/** The pieces of a model once the .cfg has been resolved against the compiled spec (bind.ts). */
export interface TlaModelParts {
  readonly spec: CompiledSpec;
  readonly initialStates: () => State[];
  readonly next: NextRelation;
  readonly invariants: readonly StateCheck<State>[];
  readonly initProperties: readonly StateCheck<State>[];
  readonly actionProperties: readonly ActionCheck<State>[];
  readonly constraints: readonly StateCheck<State>[];
  readonly actionConstraints: readonly ActionCheck<State>[];
  readonly checkDeadlock: boolean;
  /** VIEW: states with equal views count as one. */
  readonly view?: (s: State) => Value;
}

/** A TLA+ spec as the explorer's Model: states are arrays of values, actions TLC's split of Next. */
export function tlaModel(parts: TlaModelParts): Model<State, ActionInfo> {
  const { spec, next, view } = parts;
  const variables = spec.variables;
  return {
    variables,
    initialStates: parts.initialStates,
    successors: (s, emit) => next.successors(s, emit),
    fingerprint: view ? (s, out) => fingerprintInto(view(s), out) : (s, out) => fingerprintStateInto(s, out),
    invariants: parts.invariants,
    initProperties: parts.initProperties,
    actionProperties: parts.actionProperties,
    constraints: parts.constraints,
    actionConstraints: parts.actionConstraints,
    checkDeadlock: parts.checkDeadlock,
    show(s) {
      const out: Record<string, string> = {};
      variables.forEach((name, i) => (out[name] = printValue(s[i]!)));
      return out;
    },
    label: actionLabel,
  };
}

/** TLC's `Move(1,0)`: the operator, then its arguments printed and joined by bare commas. */
export function actionLabel(a: ActionInfo): ActionLabel {
  const name = a.args.length === 0 ? a.name : `${a.name}(${a.args.map(printValue).join(",")})`;
  return { name, location: a.location, module: a.module };
}
