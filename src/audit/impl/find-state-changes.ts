import { Node, SyntaxKind, type Expression, type Identifier, type ObjectLiteralExpression, type Type } from "ts-morph";
import type { UntracedStateChange } from "../finding.ts";
import type { ProtocolMapping, StateTypeMapping } from "../mapping.ts";
import { codeLocation, enclosingFunctionName, functionName } from "./code-location.ts";
import type { Implementation } from "./load-implementation.ts";
import {
  bindArguments,
  calledFunction,
  emptyEnv,
  isFunctionNode,
  ownerFunction,
  propertyValue,
  resolveValue,
  returnedExpressions,
  unwrap,
  type Env,
} from "./resolve-expression.ts";

type Change = { readonly field: string; readonly variable: string };
type EventsStatus = "empty" | "nonempty" | "unknown";

/** One way a step can end: what it changed and whether it provably emitted nothing. */
interface StepPath {
  readonly changes: readonly Change[];
  readonly events: EventsStatus;
}

type Shape = Pick<ProtocolMapping, "state" | "step" | "silent">;

const maxCallDepth = 4;

/**
 * Changes to spec-mapped state on a path that emits no trace event. Two forms are found:
 * a returned step result (an object whose type has the events property) that carries changed
 * mapped fields with no events, seen through local consts, conditionals and helper calls; and an
 * in-place write to a mapped field in a function that emits no event at all. Only what the
 * analysis proves is reported.
 */
export function findUntracedStateChanges(
  impl: Implementation,
  shape: Shape,
  emittingFunctions: ReadonlySet<Node>,
): UntracedStateChange[] {
  const out: UntracedStateChange[] = [];
  for (const file of impl.files) {
    // Every step result written anywhere (returned, wrapped in `{ ok, step }`, pushed), and
    // every returned helper call or conditional that may produce one.
    const candidates = new Set<Expression>(file.getDescendantsOfKind(SyntaxKind.ObjectLiteralExpression).filter((o) => isStepResult(o, shape)));
    for (const fn of file.getDescendants().filter(isFunctionNode)) {
      for (const ret of returnedExpressions(fn)) if (!Node.isObjectLiteralExpression(unwrap(ret))) candidates.add(ret);
    }
    for (const e of candidates) {
      const changes = untracedChanges(stepPaths(e, emptyEnv, shape, 0));
      if (changes.length > 0) {
        out.push({ code: "untraced-state-change", function: enclosingFunctionName(e), changes, via: "return", location: codeLocation(e, impl.root) });
      }
    }
    out.push(...untracedWrites(impl, file.getDescendants(), shape, emittingFunctions));
    out.push(...silentChanges(impl, file.getDescendants().filter(isFunctionNode), shape));
  }
  return out;
}

/** Functions the mapping declares silent (crash recovery) must hand mapped state back unchanged. */
function silentChanges(impl: Implementation, fns: readonly Node[], shape: Shape): UntracedStateChange[] {
  const silent = new Set((shape.silent ?? []).map((s) => s.function));
  const out: UntracedStateChange[] = [];
  for (const fn of fns) {
    const name = functionName(fn);
    if (name === null || !silent.has(name)) continue;
    for (const ret of returnedExpressions(fn)) {
      const mapped = matchStateType(ret.getType(), shape.state) ?? mappedStateOf(ret, emptyEnv, shape.state);
      const changes = mapped ? dedupe(changedFields(ret, emptyEnv, mapped, 0)) : [];
      if (changes.length > 0) out.push({ code: "untraced-state-change", function: name, changes, via: "silent", location: codeLocation(ret, impl.root) });
    }
  }
  return out;
}

function dedupe(changes: readonly Change[]): Change[] {
  return [...new Map(changes.map((c) => [c.field, c])).values()];
}

function untracedChanges(paths: readonly StepPath[]): Change[] {
  const seen = new Map<string, Change>();
  for (const p of paths) {
    if (p.events !== "empty") continue;
    for (const c of p.changes) seen.set(c.field, c);
  }
  return [...seen.values()];
}

function stepPaths(expr: Expression, env: Env, shape: Shape, depth: number): StepPath[] {
  const r = resolveValue(expr, env);
  if (r.kind !== "expr" || depth > maxCallDepth) return [];
  const e = r.expr;
  if (Node.isConditionalExpression(e)) {
    return [...stepPaths(e.getWhenTrue(), r.env, shape, depth), ...stepPaths(e.getWhenFalse(), r.env, shape, depth)];
  }
  if (Node.isCallExpression(e)) {
    const callee = calledFunction(e);
    if (!callee || !hasProperty(e.getType(), shape.step.eventsProperty)) return [];
    const calleeEnv = bindArguments(callee, e, r.env);
    return returnedExpressions(callee).flatMap((ret) => stepPaths(ret, calleeEnv, shape, depth + 1));
  }
  if (!Node.isObjectLiteralExpression(e) || !isStepResult(e, shape)) return [];
  return [{ changes: stepChanges(e, r.env, shape, depth), events: eventsStatus(e, r.env, shape.step.eventsProperty) }];
}

function isStepResult(obj: ObjectLiteralExpression, shape: Shape): boolean {
  const events = shape.step.eventsProperty;
  if (obj.getProperty(events) !== undefined) return true;
  const contextual = obj.getContextualType();
  return contextual !== undefined && hasProperty(contextual, events);
}

function stepChanges(obj: ObjectLiteralExpression, env: Env, shape: Shape, depth: number): Change[] {
  const out: Change[] = [];
  const messages = shape.step.messages;
  for (const prop of obj.getProperties()) {
    if (!Node.isPropertyAssignment(prop) && !Node.isShorthandPropertyAssignment(prop)) continue;
    const name = prop.getName();
    const value = propertyValue(prop);
    if (value === undefined || name === shape.step.eventsProperty) continue;
    if (messages && name === messages.property) {
      if (arrayStatus(value, env) === "nonempty") out.push({ field: name, variable: messages.variable });
      continue;
    }
    const mapped = mappedStateOf(value, env, shape.state);
    if (mapped) out.push(...changedFields(value, env, mapped, depth));
  }
  return out;
}

/** Which mapped fields an expression producing a state value sets differently from its input. */
function changedFields(expr: Expression, env: Env, mapped: StateTypeMapping, depth: number): Change[] {
  const r = resolveValue(expr, env);
  if (r.kind !== "expr" || depth > maxCallDepth) return [];
  const e = r.expr;
  if (Node.isConditionalExpression(e)) {
    return [...changedFields(e.getWhenTrue(), r.env, mapped, depth), ...changedFields(e.getWhenFalse(), r.env, mapped, depth)];
  }
  if (Node.isCallExpression(e)) {
    const callee = calledFunction(e);
    if (!callee) return [];
    const calleeEnv = bindArguments(callee, e, r.env);
    return returnedExpressions(callee).flatMap((ret) => changedFields(ret, calleeEnv, mapped, depth + 1));
  }
  if (!Node.isObjectLiteralExpression(e)) return [];
  const out: Change[] = [];
  for (const prop of e.getProperties()) {
    if (!Node.isPropertyAssignment(prop) && !Node.isShorthandPropertyAssignment(prop)) continue;
    const field = prop.getName();
    const variable = mapped.fields[field];
    const value = propertyValue(prop);
    if (variable === undefined || value === undefined || copiesSameField(value, field)) continue;
    out.push({ field, variable });
  }
  return out;
}

/** `{ ...s, promised: s.promised }` keeps the field: not a change. */
function copiesSameField(value: Expression, field: string): boolean {
  return Node.isPropertyAccessExpression(value) && value.getName() === field;
}

function mappedStateOf(value: Expression, env: Env, states: readonly StateTypeMapping[]): StateTypeMapping | undefined {
  const r = resolveValue(value, env);
  const candidates: (Type | undefined)[] = [value.getContextualType(), value.getType()];
  if (r.kind === "expr") candidates.push(r.expr.getContextualType(), r.expr.getType());
  for (const t of candidates) {
    const m = t && matchStateType(t, states);
    if (m) return m;
  }
  return undefined;
}

export function matchStateType(type: Type, states: readonly StateTypeMapping[]): StateTypeMapping | undefined {
  const parts = type.isUnion() ? type.getUnionTypes() : [type];
  for (const t of parts) {
    const names = [t.getAliasSymbol()?.getName(), t.getSymbol()?.getName()];
    const m = states.find((s) => names.includes(s.type));
    if (m) return m;
  }
  return undefined;
}

function eventsStatus(obj: ObjectLiteralExpression, env: Env, eventsProperty: string): EventsStatus {
  const prop = obj.getProperty(eventsProperty);
  // `{ ...step, state }` carries the spread step's events.
  if (prop === undefined) return obj.getProperties().some((p) => Node.isSpreadAssignment(p)) ? "unknown" : "empty";
  const value = propertyValue(prop);
  return value === undefined ? "unknown" : arrayStatus(value, env);
}

function arrayStatus(expr: Expression, env: Env): EventsStatus {
  if (Node.isIdentifier(expr) && isMutatedLocal(expr)) return "unknown";
  const r = resolveValue(expr, env);
  if (r.kind !== "expr") return "unknown";
  const e = r.expr;
  if (Node.isConditionalExpression(e)) {
    const a = arrayStatus(e.getWhenTrue(), r.env);
    const b = arrayStatus(e.getWhenFalse(), r.env);
    return a === b ? a : "unknown";
  }
  if (!Node.isArrayLiteralExpression(e)) return "unknown";
  const elems = e.getElements();
  if (elems.some((x) => !Node.isSpreadElement(x))) return "nonempty";
  const spreads = elems.map((x) => (Node.isSpreadElement(x) ? arrayStatus(x.getExpression(), r.env) : "unknown"));
  if (spreads.every((s) => s === "empty")) return "empty";
  return spreads.some((s) => s === "nonempty") ? "nonempty" : "unknown";
}

/** A local array that is pushed to or handed to a call may hold events its initializer does not show. */
function isMutatedLocal(id: Identifier): boolean {
  const symbol = id.getSymbol();
  const decl = symbol?.getDeclarations()[0];
  if (!decl || !Node.isVariableDeclaration(decl)) return false;
  // A local's uses all sit in the function that declares it (or the file, at top level).
  const scope = ownerFunction(decl) ?? decl.getSourceFile();
  return scope.getDescendantsOfKind(SyntaxKind.Identifier).some((ref) => {
    if (ref.getText() !== id.getText() || ref.getSymbol() !== symbol) return false;
    const parent = ref.getParent();
    if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === ref) return true;
    return Node.isCallExpression(parent) && parent.getArguments().includes(ref);
  });
}

function hasProperty(type: Type, name: string): boolean {
  const parts = type.isUnion() ? type.getUnionTypes() : [type];
  return parts.some((t) => t.getProperty(name) !== undefined);
}

const assignmentOperators = new Set([
  SyntaxKind.EqualsToken,
  SyntaxKind.PlusEqualsToken,
  SyntaxKind.MinusEqualsToken,
  SyntaxKind.AsteriskEqualsToken,
  SyntaxKind.SlashEqualsToken,
  SyntaxKind.QuestionQuestionEqualsToken,
  SyntaxKind.BarBarEqualsToken,
  SyntaxKind.AmpersandAmpersandEqualsToken,
]);

/** In-place writes (`s.promised = b`, `s.promised++`) to mapped fields in functions that emit nothing. */
function untracedWrites(impl: Implementation, nodes: readonly Node[], shape: Shape, emitting: ReadonlySet<Node>): UntracedStateChange[] {
  const out: UntracedStateChange[] = [];
  for (const node of nodes) {
    const target = writtenTarget(node);
    if (!target || !Node.isPropertyAccessExpression(target)) continue;
    const mapped = matchStateType(target.getExpression().getType(), shape.state);
    const variable = mapped?.fields[target.getName()];
    if (variable === undefined) continue;
    const fn = ownerFunction(node);
    // Constructors build the initial state (the spec's Init), not a step.
    if (fn === undefined || Node.isConstructorDeclaration(fn) || emitting.has(fn)) continue;
    out.push({
      code: "untraced-state-change",
      function: enclosingFunctionName(node),
      changes: [{ field: target.getName(), variable }],
      via: "assignment",
      location: codeLocation(node, impl.root),
    });
  }
  return out;
}

function writtenTarget(node: Node): Node | undefined {
  if (Node.isBinaryExpression(node) && assignmentOperators.has(node.getOperatorToken().getKind())) return node.getLeft();
  if ((Node.isPostfixUnaryExpression(node) || Node.isPrefixUnaryExpression(node)) &&
    (node.getOperatorToken() === SyntaxKind.PlusPlusToken || node.getOperatorToken() === SyntaxKind.MinusMinusToken)) {
    return node.getOperand();
  }
  return undefined;
}
