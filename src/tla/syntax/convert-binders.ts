import type { BoundPattern, Choose, FcnConstructor, Ident, Quant, QuantBound, QuantUnbounded, SetFilter, SetMap } from "./ast.ts";
import { type ConvertContext, children, field, fieldChildren, identifierText, locOf, malformed, unsupported } from "./convert-context.ts";
import { convertExpr } from "./convert-expr.ts";
import type { TsNode } from "./tree-sitter.ts";

/** Constructs that bind variables: quantifiers, CHOOSE, set filter and map, function constructors. */

export function ident(ctx: ConvertContext, node: TsNode): Ident {
  return { name: identifierText(ctx, node), loc: locOf(ctx, node) };
}

function tuplePattern(ctx: ConvertContext, node: TsNode): BoundPattern {
  const names = children(node).filter((c) => c.type === "identifier").map((c) => ident(ctx, c));
  return { kind: "tuple", names };
}

/** `x, y \in S` or `<<x, y>> \in S`. */
export function convertBound(ctx: ConvertContext, node: TsNode): QuantBound {
  const intro = fieldChildren(node, "intro");
  const first = intro[0];
  if (first === undefined) return malformed(ctx, node, "no bound variable");
  const pattern: BoundPattern =
    first.type === "tuple_of_identifiers" ? tuplePattern(ctx, first) : { kind: "names", names: intro.map((c) => ident(ctx, c)) };
  return { pattern, set: convertExpr(ctx, field(ctx, node, "set")), loc: locOf(ctx, node) };
}

function convertBounds(ctx: ConvertContext, nodes: readonly TsNode[]): QuantBound[] {
  return nodes.filter((c) => c.type === "quantifier_bound").map((c) => convertBound(ctx, c));
}

function quantifierOf(ctx: ConvertContext, node: TsNode): "\\A" | "\\E" {
  const q = field(ctx, node, "quantifier");
  if (q.type === "forall") return "\\A";
  if (q.type === "exists") return "\\E";
  return unsupported(ctx, q, `The temporal quantifier ${q.text}`);
}

export function convertBoundedQuant(ctx: ConvertContext, node: TsNode): Quant {
  return {
    kind: "quant",
    quantifier: quantifierOf(ctx, node),
    bounds: convertBounds(ctx, fieldChildren(node, "bound")),
    body: convertExpr(ctx, field(ctx, node, "expression")),
    loc: locOf(ctx, node),
  };
}

export function convertUnboundedQuant(ctx: ConvertContext, node: TsNode): QuantUnbounded {
  return {
    kind: "quantUnbounded",
    quantifier: quantifierOf(ctx, node),
    names: fieldChildren(node, "intro").map((c) => ident(ctx, c)),
    body: convertExpr(ctx, field(ctx, node, "expression")),
    loc: locOf(ctx, node),
  };
}

export function convertChoose(ctx: ConvertContext, node: TsNode): Choose {
  const intro = field(ctx, node, "intro");
  const set = node.childForFieldName("set");
  return {
    kind: "choose",
    pattern: intro.type === "tuple_of_identifiers" ? tuplePattern(ctx, intro) : { kind: "names", names: [ident(ctx, intro)] },
    set: set === null ? null : convertExpr(ctx, set),
    body: convertExpr(ctx, field(ctx, node, "expression")),
    loc: locOf(ctx, node),
  };
}

export function convertSetFilter(ctx: ConvertContext, node: TsNode): SetFilter {
  return {
    kind: "setFilter",
    bound: convertBound(ctx, field(ctx, node, "generator")),
    pred: convertExpr(ctx, field(ctx, node, "filter")),
    loc: locOf(ctx, node),
  };
}

export function convertSetMap(ctx: ConvertContext, node: TsNode): SetMap {
  return {
    kind: "setMap",
    body: convertExpr(ctx, field(ctx, node, "map")),
    bounds: convertBounds(ctx, fieldChildren(node, "generator")),
    loc: locOf(ctx, node),
  };
}

/** `[x \in S, y \in T |-> e]` */
export function convertFunctionLiteral(ctx: ConvertContext, node: TsNode): FcnConstructor {
  const parts = children(node);
  const body = parts[parts.length - 1];
  if (body === undefined) return malformed(ctx, node, "no body");
  return { kind: "fcnConstructor", bounds: convertBounds(ctx, parts), body: convertExpr(ctx, body), loc: locOf(ctx, node) };
}
