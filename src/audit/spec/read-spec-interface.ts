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
  collectActions(next.body, new Map(), { spec, out: actions, owner: next, ownerDomains: [], depth: 0 });
  return {
    spec: {
      module: spec.root.name,
      file: spec.root.loc.file,
      variables: unitsOfKind(spec, "variable").map((v) => ({ name: v.name, location: v.loc })),
      actions: [...actions.values()],
    },
  };
}

function actionOf(def: OperatorDef, domains: readonly (Expr | null)[]): SpecAction {
  return { name: def.name, params: def.params.map((p) => p.name), domains: def.params.map((_, i) => domains[i] ?? null), location: def.nameLoc };
}

/** Bound names in scope while walking Next, each with the set it ranges over (null: unknown). */
type Scope = ReadonlyMap<string, Expr | null>;

interface Walk {
  readonly spec: SpecModules;
  readonly out: Map<string, SpecAction>;
  /** The operator the walk is in, with the sets its parameters range over. */
  readonly owner: OperatorDef;
  readonly ownerDomains: readonly (Expr | null)[];
  readonly depth: number;
}

/**
 * The actions an expression chooses between. A reference to an operator whose body is itself a
 * choice is followed into it; a reference to any other operator (including an alias such as
 * `BeginWrite(c, v) == Begin(c, "write", v)`) is that action, and the sets its arguments were
 * bound to by enclosing `\E`s are its parameters' domains (codegen types parameters from them).
 */
function collectActions(e: Expr, scope: Scope, w: Walk): void {
  const add = (d: OperatorDef, domains: readonly (Expr | null)[]) => {
    if (!w.out.has(d.name)) w.out.set(d.name, actionOf(d, domains));
  };
  if (w.depth > maxDepth) return add(w.owner, w.ownerDomains);
  const deeper = { ...w, depth: w.depth + 1 };
  switch (e.kind) {
    case "or":
      for (const d of e.disjuncts) collectActions(d, scope, deeper);
      return;
    case "quant":
    case "quantUnbounded": {
      if (e.quantifier !== "\\E" || !(isChoice(w.spec, e, w.depth) || isReference(w.spec, stripBinders(e)))) return add(w.owner, w.ownerDomains);
      const inner = new Map(scope);
      if (e.kind === "quant") {
        for (const b of e.bounds) for (const n of b.pattern.names) inner.set(n.name, b.pattern.kind === "names" ? b.set : null);
      } else {
        for (const n of e.names) inner.set(n.name, null);
      }
      return collectActions(e.body, inner, deeper);
    }
    case "label":
    case "let":
      return collectActions(e.body, scope, deeper);
    case "apply":
    case "name": {
      const def = referenced(w.spec, e);
      if (def === undefined) return add(w.owner, w.ownerDomains);
      const args = e.kind === "apply" ? e.args : [];
      const domains = args.map((a) => (a.kind === "name" && a.path.length === 0 ? scope.get(a.name) ?? null : null));
      if (!isChoice(w.spec, def.body, w.depth)) return add(def, domains);
      const inner = new Map(def.params.map((p, i) => [p.name, domains[i] ?? null] as const));
      return collectActions(def.body, inner, { ...deeper, owner: def, ownerDomains: domains });
    }
    default:
      return add(w.owner, w.ownerDomains);
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
