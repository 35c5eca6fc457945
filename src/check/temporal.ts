import { formatTlcRange, type SourceLocation } from "../diagnostics/location.ts";
import { problem, type Problem } from "../diagnostics/problem.ts";
import type { NextRelation, State, TemporalFormula } from "../tla/eval/index.ts";
import { unreachable } from "../tla/values/index.ts";
import type { ActionCheck, StateCheck } from "./model.ts";

/**
 * SPECIFICATION and PROPERTY formulas, taken apart into what a safety checker can check. What it
 * cannot (liveness) is refused with a located "unsupported" problem, never silently passed.
 */
export interface SpecParts {
  readonly initialStates: () => State[];
  readonly next: NextRelation;
  /** What was ignored (fairness, other liveness conjuncts such as `\A p \in P : WF_v(A(p))`), for the user. */
  readonly notes: readonly string[];
}

export interface PropertyParts {
  readonly initProperties: readonly StateCheck<State>[];
  readonly actionProperties: readonly ActionCheck<State>[];
}

type Decomposed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

/** `Init /\ [][Next]_vars /\ WF_vars(A) ...`: one initial predicate (others filter it), one next-state action. */
export function decomposeSpecification(name: string, formula: TemporalFormula, where: SourceLocation): Decomposed<SpecParts> {
  const inits: Extract<TemporalFormula, { kind: "init" }>[] = [];
  const actions: Extract<TemporalFormula, { kind: "always-action" }>[] = [];
  const notes: string[] = [];
  for (const part of conjuncts(formula)) {
    switch (part.kind) {
      case "init":
        inits.push(part);
        break;
      case "always-action":
        actions.push(part);
        break;
      case "fairness":
        notes.push(`fairness ${part.text} ignored: liveness is not checked.`);
        break;
      case "always-state":
        return refuse(`the specification ${name} has a conjunct []P on states`, part.location, "list P as an INVARIANT instead");
      case "liveness":
        // Like fairness (and like TLC's safety checking), a liveness conjunct of the behaviour
        // spec only narrows which infinite behaviours count; the reachable states stay the same.
        notes.push(`liveness conjunct ${part.text} of the specification ignored: only safety is checked.`);
        break;
      default:
        return unreachable(part);
    }
  }
  if (inits.length === 0) return { ok: false, problem: problem("config-parse", `The specification ${name} has no initial predicate.`, where) };
  if (actions.length !== 1) {
    return {
      ok: false,
      problem: problem(
        actions.length === 0 ? "config-parse" : "unsupported",
        actions.length === 0
          ? `The specification ${name} has no next-state action [][Next]_vars.`
          : `The specification ${name} has ${actions.length} next-state actions [][A]_v; only one is supported.`,
        where,
      ),
    };
  }
  const [first, ...filters] = inits;
  const initialStates = filters.length === 0 ? first!.initialStates : () => first!.initialStates().filter((s) => filters.every((f) => f.holds(s)));
  return { ok: true, value: { initialStates, next: actions[0]!.next(), notes } };
}

/**
 * A PROPERTY: state predicates hold initially (a refined spec's Init), `[][A]_v` on every step,
 * `[]P` on every state (checked on initial states and on every step's target).
 */
export function decomposeProperty(name: string, formula: TemporalFormula): Decomposed<PropertyParts> {
  const initProperties: StateCheck<State>[] = [];
  const actionProperties: ActionCheck<State>[] = [];
  for (const part of conjuncts(formula)) {
    switch (part.kind) {
      case "init":
        initProperties.push({ name, holds: part.holds });
        break;
      case "always-action":
        actionProperties.push({ name, holds: part.holds });
        break;
      case "always-state": {
        const holds = part.holds;
        initProperties.push({ name, holds });
        actionProperties.push({ name, holds: (_s, t) => holds(t) });
        break;
      }
      case "fairness":
        return refuse(`the property ${name} has a fairness condition (${part.text})`, part.location, "checking it needs liveness checking");
      case "liveness":
        return refuse(`the property ${name} is a liveness property (${part.text})`, part.location, "checking it needs liveness checking");
      default:
        return unreachable(part);
    }
  }
  return { ok: true, value: { initProperties, actionProperties } };
}

function conjuncts(f: TemporalFormula): Exclude<TemporalFormula, { kind: "and" }>[] {
  return f.kind === "and" ? f.parts.flatMap(conjuncts) : [f];
}

function refuse(what: string, location: SourceLocation, why: string): Decomposed<never> {
  const module = location.file.replace(/^.*[\\/]/, "").replace(/\.tla$/, "");
  return {
    ok: false,
    problem: problem("unsupported", `Not supported: ${what}; ${why}, which this engine does not do.`, location, [
      `at ${formatTlcRange(location, module)}`,
      "Run it with TLC (harness check --engine tlc) to check liveness.",
    ]),
  };
}
