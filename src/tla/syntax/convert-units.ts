import { type Problem, ProblemError } from "../../diagnostics/problem.ts";
import type { Module, Unit } from "./ast.ts";
import { ident } from "./convert-binders.ts";
import { type ConvertContext, children, field, locOf, malformed, unsupported } from "./convert-context.ts";
import { convertExpr } from "./convert-expr.ts";
import { convertFunctionDef, convertInstance, convertModuleDefinition, convertOperatorDef, convertParam, convertRecursiveDecl } from "./convert-defs.ts";
import type { TsNode } from "./tree-sitter.ts";

/**
 * Module structure: the header, EXTENDS, and each unit by a dispatch table on its node type.
 * A unit that fails to convert adds its problem and the rest of the module is still converted,
 * so one run reports every unsupported construct, not only the first.
 */

interface Scope {
  readonly recursiveNames: Set<string>;
  readonly problems: Problem[];
}

type UnitConverter = (ctx: ConvertContext, node: TsNode, scope: Scope, local: boolean) => readonly Unit[];

const unitConverters: Readonly<Record<string, UnitConverter>> = {
  variable_declaration: (ctx, node) =>
    children(node)
      .filter((c) => c.type === "identifier")
      .map((c) => ({ kind: "variable", name: c.text, loc: locOf(ctx, c) })),
  constant_declaration: (ctx, node) =>
    children(node).map((c) => {
      const p = convertParam(ctx, c);
      return { kind: "constant", name: p.name, arity: p.arity, loc: p.loc };
    }),
  recursive_declaration: (ctx, node, scope) => {
    const decl = convertRecursiveDecl(ctx, node);
    for (const p of decl.decls) scope.recursiveNames.add(p.name);
    return [decl];
  },
  operator_definition: (ctx, node, scope, local) => [convertOperatorDef(ctx, node, local, scope.recursiveNames)],
  function_definition: (ctx, node, _scope, local) => [convertFunctionDef(ctx, node, local)],
  instance: (ctx, node, _scope, local) => [convertInstance(ctx, node, local)],
  module_definition: (ctx, node, _scope, local) => [convertModuleDefinition(ctx, node, local)],
  local_definition: (ctx, node, scope) => {
    const def = children(node)[0];
    if (def === undefined) return malformed(ctx, node, "nothing after LOCAL");
    return convertUnit(ctx, def, scope, true);
  },
  assumption: (ctx, node) => {
    const nameNode = node.childForFieldName("name");
    const body = children(node).filter((c) => c.type !== "def_eq" && (nameNode === null || c.id !== nameNode.id));
    if (body.length !== 1) return malformed(ctx, node, "expected one expression after ASSUME");
    return [{ kind: "assume", name: nameNode === null ? null : nameNode.text, body: convertExpr(ctx, body[0]!), loc: locOf(ctx, node) }];
  },
  theorem: (ctx, node) => {
    const nameNode = node.childForFieldName("name");
    return [{ kind: "theorem", name: nameNode === null ? null : nameNode.text, loc: locOf(ctx, node) }];
  },
  module: (ctx, node) => [{ kind: "submodule", module: convertModule(ctx, node), loc: locOf(ctx, node) }],
  // Proof directives and `----` separators mean nothing to a model checker.
  use_or_hide: () => [],
  single_line: () => [],
};

function convertUnit(ctx: ConvertContext, node: TsNode, scope: Scope, local: boolean): readonly Unit[] {
  const convert = unitConverters[node.type];
  if (convert === undefined) return unsupported(ctx, node, `The module-level construct "${node.type.replace(/_/g, " ")}"`);
  return convert(ctx, node, scope, local);
}

const headerParts = new Set(["header_line", "double_line", "extends"]);

/** Converts a `module` node, collecting the problems of all its units. */
export function convertModuleCollecting(ctx: ConvertContext, node: TsNode): { module: Module; problems: Problem[] } {
  const scope: Scope = { recursiveNames: new Set(), problems: [] };
  const module = convertModuleIn(ctx, node, scope);
  return { module, problems: scope.problems };
}

function convertModule(ctx: ConvertContext, node: TsNode): Module {
  const { module, problems } = convertModuleCollecting(ctx, node);
  if (problems.length > 0) throw new ModuleProblems(problems);
  return module;
}

/** Carries all problems of a submodule up to the enclosing module's collection. */
export class ModuleProblems extends ProblemError {
  constructor(readonly problems: readonly Problem[]) {
    super(problems[0]!);
  }
}

function convertModuleIn(ctx: ConvertContext, node: TsNode, scope: Scope): Module {
  const nameNode = field(ctx, node, "name");
  const extendsNode = children(node).find((c) => c.type === "extends");
  const units: Unit[] = [];
  for (const c of children(node)) {
    if (headerParts.has(c.type) || c.id === nameNode.id) continue;
    try {
      units.push(...convertUnit(ctx, c, scope, false));
    } catch (e) {
      if (e instanceof ModuleProblems) scope.problems.push(...e.problems);
      else if (e instanceof ProblemError) scope.problems.push(e.problem);
      else throw e;
    }
  }
  return {
    kind: "module",
    name: nameNode.text,
    nameLoc: locOf(ctx, nameNode),
    extends: extendsNode === undefined ? [] : children(extendsNode).map((c) => ident(ctx, c)),
    units,
    loc: locOf(ctx, node),
  };
}
