import { type Problem, ProblemError, problem } from "../../diagnostics/problem.ts";
import type { Expr, Module, OperatorDef } from "./ast.ts";
import { children, makeContext } from "./convert-context.ts";
import { convertModuleCollecting } from "./convert-units.ts";
import { syntaxErrors } from "./syntax-errors.ts";
import { parseTree } from "./tree-sitter.ts";

/**
 * Entry points of the syntax layer: TLA+ text -> typed AST, or the problems that stop it
 * (syntax errors with file:line:column, constructs the engine does not support). Never throws
 * for bad input.
 */

export type ParseModuleResult = { readonly module: Module } | { readonly problems: readonly Problem[] };
export type ParseExprResult = { readonly expr: Expr } | { readonly problems: readonly Problem[] };

/**
 * Parses the first module in `text` (text before `---- MODULE` and after `====` is ignored,
 * as SANY does). `file` is used in locations only.
 */
export function parseModuleText(text: string, file: string): ParseModuleResult {
  return guarded(file, () => parseWith(text, file, 0, 0));
}

/** A lone expression is parsed as the body of a definition, indented so that bullets align. */
const exprIndent = "  ";
const exprWrapperHead = "---- MODULE Expression ----\n__Expr__ ==\n";

/**
 * Parses a lone expression (a trace predicate, an expression from the command line); locations
 * are relative to `text` itself, starting at line 1, column 1.
 */
export function parseExpressionText(text: string, file: string): ParseExprResult {
  return guarded(file, () => {
    const indented = text
      .split("\n")
      .map((line) => exprIndent + line)
      .join("\n");
    const r = parseWith(`${exprWrapperHead}${indented}\n====\n`, file, 2, exprIndent.length);
    if ("problems" in r) return { problems: r.problems.map((p) => inExpression(p, file)) };
    const def = r.module.units[0];
    if (r.module.units.length !== 1 || def?.kind !== "operator" || def.name !== "__Expr__") {
      return { problems: [problem("spec-parse", "Expected a single TLA+ expression", { file, line: 1, column: 1 })] };
    }
    return { expr: (def as OperatorDef).body };
  });
}

/** A problem located in the wrapper around an expression is about the expression as a whole. */
function inExpression(p: Problem, file: string): Problem {
  if (p.location === undefined || p.location.line >= 1) return p;
  return { ...p, message: "Syntax error: cannot parse the expression", location: { file, line: 1, column: 1 } };
}

function parseWith(text: string, file: string, lineOffset: number, columnOffset: number): ParseModuleResult {
  if (!moduleHeader.test(text)) return { problems: [noModule(file)] };
  const ctx = makeContext(file, text, lineOffset, columnOffset);
  const tree = parseTree(text);
  const errors = syntaxErrors(ctx, tree.rootNode, text);
  if (errors.length > 0) return { problems: errors };
  const moduleNode = children(tree.rootNode).find((c) => c.type === "module");
  if (moduleNode === undefined) return { problems: [noModule(file)] };
  const { module, problems } = convertModuleCollecting(ctx, moduleNode);
  return problems.length > 0 ? { problems } : { module };
}

const moduleHeader = /-{4,}\s*MODULE\b/;

function noModule(file: string): Problem {
  return problem("spec-parse", "No module found: expected a line `---- MODULE Name ----`", { file, line: 1, column: 1 });
}

/** Bad input is data; anything thrown here is a harness bug, reported as one rather than a stack trace. */
function guarded<T>(file: string, run: () => T | { problems: readonly Problem[] }): T | { problems: readonly Problem[] } {
  try {
    return run();
  } catch (e) {
    if (e instanceof ProblemError) return { problems: [e.problem] };
    const message = e instanceof Error ? e.message : String(e);
    return { problems: [problem("internal", `Parsing ${file} failed: ${message}`, { file, line: 1, column: 1 })] };
  }
}
