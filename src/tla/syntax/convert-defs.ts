import type { FunctionDef, InstanceUnit, Let, LetDef, OperatorDef, Param, RecursiveDecl, Substitution } from "./ast.ts";
import { convertBound, ident } from "./convert-binders.ts";
import { type ConvertContext, children, field, fieldChildren, locOf, malformed, unsupported } from "./convert-context.ts";
import { convertExpr, convertOpOrExpr } from "./convert-expr.ts";
import { symbolOp } from "./convert-ops.ts";
import type { TsNode } from "./tree-sitter.ts";

/**
 * Definitions shared by module level and LET: operators, functions, RECURSIVE declarations and
 * instances. `recursiveNames` holds the names declared RECURSIVE so far in the current scope.
 */

/** A declared name with its arity: `x`, `F(_, _)`, `_+_`, `-. _`, `_^+`. */
export function convertParam(ctx: ConvertContext, node: TsNode): Param {
  const loc = locOf(ctx, node);
  if (node.type === "identifier") return { name: node.text, arity: 0, loc };
  if (node.type !== "operator_declaration") return malformed(ctx, node, "expected an identifier or an operator declaration");
  const nameNode = field(ctx, node, "name");
  const placeholders = children(node).filter((c) => c.type === "placeholder").length;
  const name = nameNode.type === "identifier" ? nameNode.text : symbolOp(ctx, nameNode).name;
  return { name, arity: placeholders, loc };
}

export function convertOperatorDef(ctx: ConvertContext, node: TsNode, local: boolean, recursiveNames: ReadonlySet<string>): OperatorDef {
  const nameNode = field(ctx, node, "name");
  const name = nameNode.type.endsWith("_op_symbol") ? symbolOp(ctx, nameNode).name : nameNode.text;
  return {
    kind: "operator",
    name,
    nameLoc: locOf(ctx, nameNode),
    params: fieldChildren(node, "parameter").map((p) => convertParam(ctx, p)),
    body: convertExpr(ctx, field(ctx, node, "definition")),
    local,
    recursive: recursiveNames.has(name),
    loc: locOf(ctx, node),
  };
}

export function convertFunctionDef(ctx: ConvertContext, node: TsNode, local: boolean): FunctionDef {
  const nameNode = field(ctx, node, "name");
  return {
    kind: "function",
    name: nameNode.text,
    nameLoc: locOf(ctx, nameNode),
    bounds: children(node)
      .filter((c) => c.type === "quantifier_bound")
      .map((b) => convertBound(ctx, b)),
    body: convertExpr(ctx, field(ctx, node, "definition")),
    local,
    loc: locOf(ctx, node),
  };
}

export function convertRecursiveDecl(ctx: ConvertContext, node: TsNode): RecursiveDecl {
  return { kind: "recursive", decls: children(node).map((c) => convertParam(ctx, c)), loc: locOf(ctx, node) };
}

function convertSubstitution(ctx: ConvertContext, node: TsNode): Substitution {
  const parts = children(node).filter((c) => c.type !== "gets");
  const [target, value] = parts;
  if (target === undefined || value === undefined) return malformed(ctx, node, "expected `name <- value`");
  const name = target.type === "identifier_ref" ? target.text : symbolOp(ctx, target).name;
  return { name, nameLoc: locOf(ctx, target), value: convertOpOrExpr(ctx, value), loc: locOf(ctx, node) };
}

/** `INSTANCE M WITH ...` (plain) or, with `named`, the `I(p) == INSTANCE ...` around it. */
export function convertInstance(ctx: ConvertContext, node: TsNode, local: boolean, named?: TsNode): InstanceUnit {
  const moduleNode = children(node).find((c) => c.type === "identifier_ref");
  if (moduleNode === undefined) return malformed(ctx, node, "no module name after INSTANCE");
  const nameNode = named === undefined ? null : field(ctx, named, "name");
  return {
    kind: "instance",
    name: nameNode === null ? null : nameNode.text,
    nameLoc: nameNode === null ? null : locOf(ctx, nameNode),
    params: named === undefined ? [] : fieldChildren(named, "parameter").map((p) => convertParam(ctx, p)),
    module: ident(ctx, moduleNode),
    substitutions: children(node)
      .filter((c) => c.type === "substitution")
      .map((s) => convertSubstitution(ctx, s)),
    local,
    loc: locOf(ctx, named ?? node),
  };
}

/** `I == INSTANCE M ...` */
export function convertModuleDefinition(ctx: ConvertContext, node: TsNode, local: boolean): InstanceUnit {
  return convertInstance(ctx, field(ctx, node, "definition"), local, node);
}

export function convertLet(ctx: ConvertContext, node: TsNode): Let {
  const recursiveNames = new Set<string>();
  const defs: LetDef[] = fieldChildren(node, "definitions").map((d): LetDef => {
    switch (d.type) {
      case "operator_definition":
        return convertOperatorDef(ctx, d, false, recursiveNames);
      case "function_definition":
        return convertFunctionDef(ctx, d, false);
      case "recursive_declaration": {
        const decl = convertRecursiveDecl(ctx, d);
        for (const p of decl.decls) recursiveNames.add(p.name);
        return decl;
      }
      default:
        return unsupported(ctx, d, "An INSTANCE inside LET");
    }
  });
  return { kind: "let", defs, body: convertExpr(ctx, field(ctx, node, "expression")), loc: locOf(ctx, node) };
}
