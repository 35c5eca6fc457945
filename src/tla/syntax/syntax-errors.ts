import { type Problem, problem } from "../../diagnostics/problem.ts";
import { bracketIssueLocation, findBracketIssue } from "./bracket-balance.ts";
import { type ConvertContext, describeNode, locOf } from "./convert-context.ts";
import type { TsNode } from "./tree-sitter.ts";

/**
 * tree-sitter always produces a tree; where the text does not fit the grammar it inserts ERROR
 * nodes (text it skipped) and MISSING nodes (tokens it pretended to see). Each one is a parse
 * error for us. Only subtrees flagged `hasError` are visited, so a clean tree costs nothing.
 *
 * Locations matter more than the count of errors, so, in order of trust:
 * 1. an unbalanced bracket (error recovery tends to swallow the whole module when one is left
 *    open, and then no node points at it);
 * 2. the innermost ERROR / MISSING nodes (an ERROR with errors inside is not reported itself);
 * 3. for an ERROR that swallowed the whole module, the first piece of it that is not a header or
 *    a complete unit: the definition where parsing broke down.
 */

const maxReported = 10;

export function syntaxErrors(ctx: ConvertContext, root: TsNode, text: string): Problem[] {
  if (!root.hasError) return [];
  const issue = findBracketIssue(moduleRegion(text));
  if (issue !== null) {
    const loc = bracketIssueLocation(issue, ctx.file);
    return [problem("spec-parse", `Syntax error: ${issue.message}`, { ...loc, line: loc.line - ctx.lineOffset, endLine: loc.line - ctx.lineOffset, column: loc.column - ctx.columnOffset, endColumn: loc.column - ctx.columnOffset })];
  }
  const out: Problem[] = [];
  const visit = (node: TsNode): void => {
    if (out.length >= maxReported) return;
    if (node.isMissing) {
      const loc = locOf(ctx, node);
      out.push(problem("spec-parse", `Syntax error: missing ${expected(node)}`, { ...loc, endLine: loc.line, endColumn: loc.column }));
      return;
    }
    if (node.type === "ERROR" && !node.children.some((c) => c.hasError || c.isMissing)) {
      out.push(errorNodeProblem(ctx, node));
      return;
    }
    if (!node.hasError) return;
    for (const c of node.children) visit(c);
  };
  visit(root);
  return out;
}

/** Blanks out text before the first module header and after the last `====`, keeping positions. */
function moduleRegion(text: string): string {
  const start = text.search(/-{4,}\s*MODULE\b/);
  const endMatch = [...text.matchAll(/={4,}/g)].pop();
  const end = endMatch === undefined ? text.length : endMatch.index + endMatch[0].length;
  const blank = (s: string): string => s.replace(/[^\n]/g, " ");
  return blank(text.slice(0, Math.max(start, 0))) + text.slice(Math.max(start, 0), end) + blank(text.slice(end));
}

const structural = new Set([
  "header_line",
  "single_line",
  "double_line",
  "extends",
  "variable_declaration",
  "constant_declaration",
  "recursive_declaration",
  "operator_definition",
  "function_definition",
  "module_definition",
  "instance",
  "local_definition",
  "assumption",
  "theorem",
  "use_or_hide",
  "module",
]);

function errorNodeProblem(ctx: ConvertContext, node: TsNode): Problem {
  const first = node.namedChildren[0];
  const swallowedModule = first !== undefined && (first.type === "single_line" || first.type === "header_line");
  if (swallowedModule) {
    const culprit = node.namedChildren.find((c, i) => i > 0 && !structural.has(c.type) && !(c.type === "identifier" && i === 1));
    if (culprit !== undefined) {
      const loc = locOf(ctx, culprit);
      return problem("spec-parse", `Syntax error: cannot parse the text starting here (${snippet(culprit)})`, { ...loc, endLine: loc.line, endColumn: loc.column });
    }
  }
  return problem("spec-parse", `Syntax error: unexpected ${describeError(node)}`, locOf(ctx, node));
}

function expected(node: TsNode): string {
  return node.isNamed ? describeNode(node.type) : `"${node.type}"`;
}

function snippet(node: TsNode): string {
  const text = node.text.trim();
  const first = text.split(/\s+/)[0] ?? text;
  return first.length > 30 ? `"${first.slice(0, 27)}..."` : `"${first}"`;
}

function describeError(node: TsNode): string {
  return node.text.trim() === "" ? "end of input" : snippet(node);
}
