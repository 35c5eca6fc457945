import { problem, type Problem } from "../../diagnostics/problem.ts";
import type { Expr, OperatorDef } from "../../tla/syntax/ast.ts";
import type { SpecAction, SpecInterface } from "../spec-interface.ts";
import { lookupOperator, unitsOfKind, type SpecModules } from "./spec-modules.ts";

/**
 * The spec's variables and the actions of its next-state operator, seen the way TLC splits
 * Next into actions: through disjunctions, existential quantifiers, labels, LET bodies and
 * references to other operators, down to the operators that do the work. An action's trace
 * name is that operator's name, its parameters the operator's formal parameters. A disjunct
 * that is not a reference to an operator (an inline `x' = x + 1`) belongs to the operator it is
 * written in, as TLC labels it.
 */
export function readSpecInterface(spec: SpecModules, nextName: string): { spec: SpecInterface } | { problems: Problem[] } {
  const next = lookupOperator(spec, nextName);
  if (next === undefined) {
    return { problems: [problem("spec-semantic", `module ${spec.root.name} defines no next-state operator ${nextName}`, spec.root.nameLoc)] };
  }
  const actions = new Map<string, SpecAction>();
  collectActions(spec, next.body, next, actions, 0);
  return {
    spec: {
      module: spec.root.name,
      file: spec.root.loc.file,
      variables: unitsOfKind(spec, "variable").map((v) => ({ name: v.name, location: v.loc })),
      actions: [...actions.values()],
    },
  };
}

function actionOf(def: OperatorDef): SpecAction {
  return { name: def.name, params: def.params.map((p) => p.name), location: def.nameLoc };
}

/**
 * The actions an expression chooses between, written in operator `owner`. A reference to an
 * operator whose body is itself a choice is followed into it; a reference to any other operator
 * (including an alias such as `BeginWrite(c, v) == Begin(c, "write", v)`) is that action.
 */
function collectActions(spec: SpecModules, e: Expr, owner: OperatorDef, out: Map<string, SpecAction>, depth: number): void {
  const add = (d: OperatorDef) => {
    if (!out.has(d.name)) out.set(d.name, actionOf(d));
  };
  if (depth > maxDepth) return add(owner);
  switch (e.kind) {
    case "or":
      for (const d of e.disjuncts) collectActions(spec, d, owner, out, depth + 1);
      return;
    case "quant":
    case "quantUnbounded":
    case "label":
    case "let":
      return isChoice(spec, e, depth) || isReference(spec, stripBinders(e)) ? collectActions(spec, stripBinders(e), owner, out, depth + 1) : add(owner);
    case "apply":
    case "name": {
      const def = referenced(spec, e);
      if (def === undefined) return add(owner);
      return isChoice(spec, def.body, depth) ? collectActions(spec, def.body, def, out, depth + 1) : add(def);
    }
    default:
      return add(owner);
  }
}

const maxDepth = 32;

/** Whether an expression chooses between actions: a disjunction, or \E over something that does. */
function isChoice(spec: SpecModules, e: Expr, depth: number): boolean {
  if (depth > maxDepth) return false;
  switch (e.kind) {
    case "or":
      return true;
    case "quant":
    case "quantUnbounded":
      return e.quantifier === "\\E" && (isChoice(spec, e.body, depth + 1) || isReference(spec, stripBinders(e.body)));
    case "label":
    case "let":
      return isChoice(spec, e.body, depth + 1);
    default:
      return false;
  }
}

/** The body under existential quantifiers, labels and LETs. */
function stripBinders(e: Expr): Expr {
  switch (e.kind) {
    case "quant":
    case "quantUnbounded":
      return e.quantifier === "\\E" ? stripBinders(e.body) : e;
    case "label":
    case "let":
      return stripBinders(e.body);
    default:
      return e;
  }
}

function isReference(spec: SpecModules, e: Expr): boolean {
  return referenced(spec, e) !== undefined;
}

function referenced(spec: SpecModules, e: Expr): OperatorDef | undefined {
  if ((e.kind !== "apply" && e.kind !== "name") || e.path.length > 0) return undefined;
  return lookupOperator(spec, e.name);
}
