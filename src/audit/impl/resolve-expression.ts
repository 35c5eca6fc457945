import { Node, SyntaxKind, type Expression, type Identifier, type ParameterDeclaration } from "ts-morph";

/**
 * A tiny, bounded value-flow analysis: enough to see through `const next = {...}`, helper calls
 * such as `reply(state, send, events)` and the usual TypeScript wrappers, and no further. Every
 * question it cannot answer is "opaque", and callers then assume nothing (the audit reports what
 * it can prove, never a guess).
 */

/** Arguments bound to a callee's parameters at one call site. */
export type Env = ReadonlyMap<ParameterDeclaration, Bound>;

export interface Bound {
  readonly expr: Expression;
  readonly env: Env;
}

export type Resolved =
  | { readonly kind: "expr"; readonly expr: Expression; readonly env: Env }
  /** A parameter of the function being analysed: the step's input, unchanged by definition. */
  | { readonly kind: "input"; readonly param: ParameterDeclaration }
  | { readonly kind: "opaque"; readonly expr: Expression };

export const emptyEnv: Env = new Map();

const maxDepth = 8;

/** Strips syntax that does not change a value: parentheses, `as`, `satisfies`, `!`. */
export function unwrap(e: Expression): Expression {
  let cur: Expression = e;
  for (;;) {
    if (Node.isParenthesizedExpression(cur) || Node.isAsExpression(cur) || Node.isSatisfiesExpression(cur) || Node.isNonNullExpression(cur) || Node.isTypeAssertion(cur)) {
      cur = cur.getExpression();
    } else {
      return cur;
    }
  }
}

/** Follows identifiers to what they hold: a never-reassigned const's initializer, or a bound argument. */
export function resolveValue(expr: Expression, env: Env, depth = 0): Resolved {
  const e = unwrap(expr);
  if (depth > maxDepth) return { kind: "opaque", expr: e };
  if (!Node.isIdentifier(e)) return { kind: "expr", expr: e, env };
  const decl = valueSymbol(e)?.getDeclarations()[0];
  if (decl === undefined) return { kind: "opaque", expr: e };
  if (Node.isParameterDeclaration(decl)) {
    const bound = env.get(decl);
    return bound ? resolveValue(bound.expr, bound.env, depth + 1) : { kind: "input", param: decl };
  }
  if (Node.isVariableDeclaration(decl) && decl.getVariableStatement()?.getDeclarationKind() === "const") {
    const init = decl.getInitializer();
    if (init && Node.isIdentifier(decl.getNameNode())) return resolveValue(init, env, depth + 1);
  }
  return { kind: "opaque", expr: e };
}

/** The variable an identifier reads; for the name in a `{ name }` shorthand, the variable, not the property. */
function valueSymbol(id: Identifier) {
  const parent = id.getParent();
  if (Node.isShorthandPropertyAssignment(parent) && parent.getNameNode() === id) return parent.getValueSymbol();
  return id.getSymbol();
}

/** The expression a `{ name }` shorthand property stands for, or an `{ name: e }` initializer. */
export function propertyValue(prop: Node): Expression | undefined {
  if (Node.isPropertyAssignment(prop)) return prop.getInitializer();
  if (Node.isShorthandPropertyAssignment(prop)) return prop.getNameNode();
  return undefined;
}

export type FunctionLike = Node & { getParameters(): ParameterDeclaration[] };

/** The function a call goes to, when it is declared in the analysed sources. */
export function calledFunction(call: Expression): FunctionLike | undefined {
  if (!Node.isCallExpression(call)) return undefined;
  const callee = unwrap(call.getExpression());
  const target = Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee;
  const decl = target.getSymbol()?.getDeclarations()[0];
  if (decl === undefined) return undefined;
  if (Node.isFunctionDeclaration(decl) || Node.isMethodDeclaration(decl)) return decl.hasBody() ? decl : undefined;
  if (Node.isVariableDeclaration(decl)) {
    const init = decl.getInitializer();
    if (init && (Node.isArrowFunction(init) || Node.isFunctionExpression(init))) return init;
  }
  return undefined;
}

/** Binds a call's arguments to the callee's parameters, in the caller's environment. */
export function bindArguments(fn: FunctionLike, call: Expression, callerEnv: Env): Env {
  const env = new Map<ParameterDeclaration, Bound>();
  if (!Node.isCallExpression(call)) return env;
  const args = call.getArguments();
  fn.getParameters().forEach((p, i) => {
    const arg = args[i];
    if (arg && Node.isExpression(arg) && !p.isRestParameter()) env.set(p, { expr: arg, env: callerEnv });
  });
  return env;
}

/** The expressions a function returns: each `return e` of its own body, or an arrow's expression body. */
export function returnedExpressions(fn: Node): Expression[] {
  if (Node.isArrowFunction(fn)) {
    const body = fn.getBody();
    if (Node.isExpression(body)) return [body];
  }
  const out: Expression[] = [];
  for (const ret of fn.getDescendantsOfKind(SyntaxKind.ReturnStatement)) {
    if (ownerFunction(ret) !== fn) continue;
    const e = ret.getExpression();
    if (e) out.push(e);
  }
  return out;
}

/** The innermost function (declaration, method, arrow, function expression, accessor) around a node. */
export function ownerFunction(node: Node): Node | undefined {
  return node.getFirstAncestor(isFunctionNode);
}

export function isFunctionNode(node: Node): boolean {
  return (
    Node.isFunctionDeclaration(node) ||
    Node.isMethodDeclaration(node) ||
    Node.isArrowFunction(node) ||
    Node.isFunctionExpression(node) ||
    Node.isConstructorDeclaration(node) ||
    Node.isGetAccessorDeclaration(node) ||
    Node.isSetAccessorDeclaration(node)
  );
}
