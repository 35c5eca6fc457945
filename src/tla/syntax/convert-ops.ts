import type { AndExpr, ApplyExpr, Expr, NameExpr, OpExpr, OrExpr, PathStep } from "./ast.ts";
import { type BuiltinOpInfo, opForNodeType } from "./builtin-ops.ts";
import { type ConvertContext, children, field, fieldChildren, locOf, malformed, spanLoc, unsupported } from "./convert-context.ts";
import { convertExpr, convertOpOrExpr } from "./convert-expr.ts";
import type { TsNode } from "./tree-sitter.ts";

/**
 * Operator applications: built-in symbols (prefix, infix, postfix, `+(a, b)`), junctions
 * (flattened into n-ary and/or), user operators `Op(a)` and instance-qualified `I!J!Op(a)`.
 */

/** The canonical operator of a `*_op_symbol` node or of a bare symbol node such as `plus`. */
export function symbolOp(ctx: ConvertContext, node: TsNode): BuiltinOpInfo {
  const symbol = node.type.endsWith("_op_symbol") ? node.namedChildren[0] : node;
  const info = symbol === undefined ? undefined : opForNodeType(symbol.type);
  if (info === undefined) return unsupported(ctx, node, `The operator symbol ${node.text}`);
  return info;
}

/**
 * The operand(s) and symbol of a bound prefix/infix/postfix op, read from the named children in
 * one native call: field lookups by name cost more than the rest of the conversion together.
 */
function parts(ctx: ConvertContext, node: TsNode, count: 2 | 3): TsNode[] {
  const cs = children(node);
  if (cs.length !== count) return malformed(ctx, node, `expected ${count} parts, found ${cs.length}`);
  return cs;
}

export function convertPrefixOp(ctx: ConvertContext, node: TsNode): OpExpr {
  const [sym, rhs] = parts(ctx, node, 2) as [TsNode, TsNode];
  return { kind: "op", op: symbolOp(ctx, sym).name, opLoc: locOf(ctx, sym), args: [convertExpr(ctx, rhs)], loc: locOf(ctx, node) };
}

export function convertPostfixOp(ctx: ConvertContext, node: TsNode): OpExpr {
  const [lhs, sym] = parts(ctx, node, 2) as [TsNode, TsNode];
  return { kind: "op", op: symbolOp(ctx, sym).name, opLoc: locOf(ctx, sym), args: [convertExpr(ctx, lhs)], loc: locOf(ctx, node) };
}

export function convertInfixOp(ctx: ConvertContext, node: TsNode): Expr {
  const [lhs, sym, rhs] = parts(ctx, node, 3) as [TsNode, TsNode, TsNode];
  const op = symbolOp(ctx, sym).name;
  const loc = locOf(ctx, node);
  if (op === "/\\") return { kind: "and", conjuncts: flattenChain(ctx, node, "/\\"), bulleted: false, loc } satisfies AndExpr;
  if (op === "\\/") return { kind: "or", disjuncts: flattenChain(ctx, node, "\\/"), bulleted: false, loc } satisfies OrExpr;
  if (op === "\\X") return { kind: "op", op, opLoc: locOf(ctx, sym), args: flattenChain(ctx, node, "\\X"), loc };
  return { kind: "op", op, opLoc: locOf(ctx, sym), args: [convertExpr(ctx, lhs), convertExpr(ctx, rhs)], loc };
}

/**
 * Operands of an unparenthesised chain of one associative operator, left to right:
 * `a /\ b /\ c` (however the grammar nests it) gives [a, b, c]. Parenthesised operands and
 * bulleted lists stay whole: `(A \X B) \X C` is a product of pairs and a triple.
 */
function flattenChain(ctx: ConvertContext, node: TsNode, op: string): Expr[] {
  const out: Expr[] = [];
  const visit = (n: TsNode): void => {
    if (n.type === "bound_infix_op") {
      const [lhs, sym, rhs] = parts(ctx, n, 3) as [TsNode, TsNode, TsNode];
      if (opForNodeType(sym.type)?.name === op) {
        visit(lhs);
        visit(rhs);
        return;
      }
    }
    out.push(convertExpr(ctx, n));
  };
  visit(node);
  return out;
}

/** A bulleted `/\` or `\/` list; each item keeps its own location. */
export function convertJunctionList(ctx: ConvertContext, node: TsNode): AndExpr | OrExpr {
  const items = children(node).filter((c) => c.type === "conj_item" || c.type === "disj_item");
  if (items.length === 0) return malformed(ctx, node, "no items");
  const exprs = items.map((item) => {
    const body = children(item).filter((c) => c.type !== "bullet_conj" && c.type !== "bullet_disj");
    if (body.length !== 1) return malformed(ctx, item, "no expression after the bullet");
    return convertExpr(ctx, body[0]!);
  });
  const loc = spanLoc(ctx, items[0]!, items[items.length - 1]!);
  return node.type === "conj_list"
    ? { kind: "and", conjuncts: exprs, bulleted: true, loc }
    : { kind: "or", disjuncts: exprs, bulleted: true, loc };
}

/** `+(a, b)`, `-.(a)`: a built-in operator written in function-call form. */
export function convertNonfixOp(ctx: ConvertContext, node: TsNode): OpExpr {
  const sym = field(ctx, node, "symbol");
  const args = children(node).filter((c) => c.id !== sym.id).map((c) => convertExpr(ctx, c));
  return { kind: "op", op: symbolOp(ctx, sym).name, opLoc: locOf(ctx, sym), args, loc: locOf(ctx, node) };
}

/** `Op(a, b)`; arguments may be operators (`F`, `+`, LAMBDA). */
export function convertBoundOp(ctx: ConvertContext, node: TsNode, path: readonly PathStep[] = []): ApplyExpr {
  const name = field(ctx, node, "name");
  const args = fieldChildren(node, "parameter").map((c) => convertOpOrExpr(ctx, c));
  return { kind: "apply", name: name.text, path, args, loc: locOf(ctx, node) };
}

/** `I!Op`, `I!J!Op(a)`, `I(x)!Op`, `I!+(a, b)`. */
export function convertPrefixedOp(ctx: ConvertContext, node: TsNode): NameExpr | ApplyExpr {
  const path = convertPath(ctx, field(ctx, node, "prefix"));
  const op = field(ctx, node, "op");
  const loc = locOf(ctx, node);
  switch (op.type) {
    case "identifier_ref":
    case "nat_number_set":
    case "int_number_set":
    case "real_number_set":
      return { kind: "name", name: op.text, path, loc };
    case "bound_op":
      return { ...convertBoundOp(ctx, op, path), loc };
    case "bound_nonfix_op": {
      const sym = field(ctx, op, "symbol");
      const args = children(op).filter((c) => c.id !== sym.id).map((c) => convertExpr(ctx, c));
      return { kind: "apply", name: symbolOp(ctx, sym).name, path, args, loc };
    }
    default:
      return unsupported(ctx, op, `The instance-qualified ${op.type.replace(/_/g, " ")}`);
  }
}

function convertPath(ctx: ConvertContext, prefix: TsNode): PathStep[] {
  return children(prefix).map((component) => {
    if (component.type !== "subexpr_component") return unsupported(ctx, component, `The subexpression reference ${prefix.text}`);
    const inner = children(component)[0];
    if (inner === undefined) return malformed(ctx, component, "empty instance path component");
    if (inner.type === "identifier_ref") return { name: inner.text, args: [], loc: locOf(ctx, inner) };
    if (inner.type === "bound_op") {
      const args = fieldChildren(inner, "parameter").map((c) => convertOpOrExpr(ctx, c));
      return { name: field(ctx, inner, "name").text, args, loc: locOf(ctx, inner) };
    }
    return unsupported(ctx, component, `The subexpression reference ${prefix.text}`);
  });
}
