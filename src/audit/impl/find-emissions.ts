import { Node, SyntaxKind, type Expression, type ObjectLiteralExpression, type SourceFile } from "ts-morph";
import type { SourceLocation } from "../../diagnostics/location.ts";
import type { EmissionShape } from "../mapping.ts";
import { codeLocation, enclosingFunctionName } from "./code-location.ts";
import type { Implementation } from "./load-implementation.ts";
import {
  bindArguments,
  emptyEnv,
  ownerFunction,
  propertyValue,
  resolveValue,
  type Env,
  type FunctionLike,
} from "./resolve-expression.ts";

/** One place in the code that produces a trace event. */
export interface Emission {
  /**
   * "event": the implementation performs the action here (counts as emitting it); "tracer":
   * the trace layer writes the action's parameters here (checked, but emits nothing itself).
   */
  readonly role: "event" | "tracer";
  /** The action named; null when it is not a string literal the audit can read. */
  readonly action: string | null;
  /** The source text of the action expression, for messages about dynamic names. */
  readonly actionText: string;
  /** Parameter names with where each is written; null when the audit cannot tell. */
  readonly params: readonly EmittedParam[] | null;
  readonly function: string;
  readonly location: SourceLocation;
}

export interface EmittedParam {
  readonly name: string;
  readonly location: SourceLocation;
}

/**
 * Every trace event the implementation can produce: each object literal with the mapping's
 * action and params properties. When such a literal sits in a helper that takes the action
 * name as a parameter (`event(action, params)`), the helper's call sites are the emissions.
 */
export function findEmissions(impl: Implementation, shape: EmissionShape): EmissionSite[] {
  const out: EmissionSite[] = [];
  for (const file of impl.files) {
    for (const obj of eventLiterals(file, shape)) out.push(...emissionsOf(obj, shape, impl));
  }
  return out;
}

/** An emission with the syntax node it was read from (the event literal or the helper's call). */
export interface EmissionSite {
  readonly emission: Emission;
  readonly node: Node;
}

/** The functions that emit at least one event somewhere in their body. */
export function emittingFunctions(sites: readonly EmissionSite[]): Set<Node> {
  const out = new Set<Node>();
  for (const s of sites) {
    const fn = ownerFunction(s.node);
    if (fn) out.add(fn);
  }
  return out;
}

function eventLiterals(file: SourceFile, shape: EmissionShape): ObjectLiteralExpression[] {
  return file.getDescendantsOfKind(SyntaxKind.ObjectLiteralExpression).filter((o) => {
    if (o.getProperty(shape.actionProperty) === undefined) return false;
    return shape.params.kind === "flat" || o.getProperty(shape.params.property) !== undefined;
  });
}

function emissionsOf(obj: ObjectLiteralExpression, shape: EmissionShape, impl: Implementation): EmissionSite[] {
  const actionExpr = propertyValue(obj.getPropertyOrThrow(shape.actionProperty));
  if (actionExpr === undefined) return [];
  const params = (env: Env): EmittedParam[] | null => {
    if (shape.params.kind === "flat") return flatParams(obj, shape.actionProperty, shape.params.payload, impl.root);
    const paramsExpr = propertyValue(obj.getPropertyOrThrow(shape.params.property));
    return paramsExpr === undefined ? null : paramNames(paramsExpr, env, impl.root);
  };
  const helper = ownerFunction(obj);
  const actionResolved = resolveValue(actionExpr, emptyEnv);
  if (actionResolved.kind === "input" && helper !== undefined && ownerFunction(actionResolved.param) === helper) {
    // A helper building events for its callers: each call site is an emission.
    return callSites(helper).map((call) => {
      const env = bindArguments(helper as FunctionLike, call, emptyEnv);
      return { emission: emission(actionExpr, params(env), env, call, impl.root), node: call };
    });
  }
  return [{ emission: emission(actionExpr, params(emptyEnv), emptyEnv, obj, impl.root), node: obj }];
}

function emission(actionExpr: Expression, params: EmittedParam[] | null, env: Env, at: Node, root: string): Emission {
  const shown = resolveValue(actionExpr, env);
  return {
    role: "event",
    action: actionNames(actionExpr, env),
    actionText: (shown.kind === "input" ? shown.param : shown.expr).getText(),
    params,
    function: enclosingFunctionName(at),
    location: codeLocation(at, root),
  };
}

/** Parameters written beside the action: every property that is neither the action nor payload. */
function flatParams(obj: ObjectLiteralExpression, actionProperty: string, payload: readonly string[], root: string): EmittedParam[] | null {
  const out: EmittedParam[] = [];
  for (const prop of obj.getProperties()) {
    if (Node.isSpreadAssignment(prop)) {
      const spread = typeProperties(prop.getExpression().getType(), prop, root);
      if (spread === null) return null;
      out.push(...spread.filter((p) => p.name !== actionProperty && !payload.includes(p.name)));
    } else if (Node.isPropertyAssignment(prop) || Node.isShorthandPropertyAssignment(prop) || Node.isMethodDeclaration(prop)) {
      const name = prop.getName();
      if (name !== actionProperty && !payload.includes(name)) out.push({ name, location: codeLocation(prop, root) });
    }
  }
  return out;
}

function actionNames(expr: Expression, env: Env): string | null {
  const r = resolveValue(expr, env);
  if (r.kind !== "expr") return null;
  const e = r.expr;
  if (Node.isStringLiteral(e) || Node.isNoSubstitutionTemplateLiteral(e)) return e.getLiteralValue();
  const type = e.getType();
  if (type.isStringLiteral()) return String(type.getLiteralValue());
  return null;
}

export function paramNames(expr: Expression, env: Env, root: string): EmittedParam[] | null {
  const r = resolveValue(expr, env);
  if (r.kind === "input") return typeProperties(r.param.getType(), r.param, root);
  if (!Node.isObjectLiteralExpression(r.expr)) return typeProperties(r.expr.getType(), r.expr, root);
  const out: EmittedParam[] = [];
  for (const prop of r.expr.getProperties()) {
    if (Node.isSpreadAssignment(prop)) {
      const spread = typeProperties(prop.getExpression().getType(), prop, root);
      if (spread === null) return null;
      out.push(...spread);
    } else if (Node.isPropertyAssignment(prop) || Node.isShorthandPropertyAssignment(prop) || Node.isMethodDeclaration(prop)) {
      out.push({ name: prop.getName(), location: codeLocation(prop, root) });
    }
  }
  return out;
}

/** Property names of a type; null for an open record (`Record<string, unknown>`), which names nothing. */
function typeProperties(type: import("ts-morph").Type, at: Node, root: string): EmittedParam[] | null {
  if (type.getStringIndexType() !== undefined || type.isAny() || type.isUnknown()) return null;
  return type.getProperties().map((p) => ({ name: p.getName(), location: codeLocation(at, root) }));
}

function callSites(fn: Node): Expression[] {
  const nameNode = Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn)
    ? fn.getNameNode()
    : Node.isVariableDeclaration(fn.getParent()) ? (fn.getParentOrThrow() as import("ts-morph").VariableDeclaration).getNameNode() : undefined;
  if (nameNode === undefined || !Node.isReferenceFindable(nameNode)) return [];
  const out: Expression[] = [];
  for (const ref of nameNode.findReferencesAsNodes()) {
    const parent = ref.getParent();
    const call = Node.isPropertyAccessExpression(parent) ? parent.getParent() : parent;
    if (call && Node.isCallExpression(call) && (call.getExpression() === ref || call.getExpression() === parent)) out.push(call);
  }
  return out;
}
