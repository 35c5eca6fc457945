import { type Problem, problem } from "../../diagnostics/problem.ts";
import { type ConvertContext, describeNode, locOf } from "./convert-context.ts";
import type { TsNode } from "./tree-sitter.ts";

/**
 * tree-sitter always produces a tree; where the text does not fit the grammar it inserts ERROR
 * nodes (text it skipped) and MISSING nodes (tokens it pretended to see). Each one is a parse
 * error for us. Only subtrees flagged `hasError` are visited, so a clean tree costs nothing.
 *
 * Error recovery sometimes wraps most of the file in one ERROR node that starts at line 1; its
 * start says nothing. So an ERROR with errors inside is not reported itself: the innermost
 * ones are, which sit where the parser actually got stuck.
 */

const maxReported = 10;

export function syntaxErrors(ctx: ConvertContext, root: TsNode): Problem[] {
  const out: Problem[] = [];
  const visit = (node: TsNode): void => {
    if (out.length >= maxReported) return;
    if (node.isMissing) {
      const loc = locOf(ctx, node);
      out.push(problem("spec-parse", `Syntax error: missing ${expected(node)}`, { ...loc, endLine: loc.line, endColumn: loc.column }));
      return;
    }
    if (node.type === "ERROR" && !node.children.some((c) => c.hasError || c.isMissing)) {
      out.push(problem("spec-parse", `Syntax error: unexpected ${describeError(node)}`, locOf(ctx, node)));
      return;
    }
    if (!node.hasError) return;
    for (const c of node.children) visit(c);
  };
  visit(root);
  return out;
}

function expected(node: TsNode): string {
  return node.isNamed ? describeNode(node.type) : `"${node.type}"`;
}

function describeError(node: TsNode): string {
  const text = node.text.trim();
  if (text === "") return "end of input";
  const first = text.split(/\s+/)[0] ?? text;
  const clipped = first.length > 30 ? `${first.slice(0, 27)}...` : first;
  return `"${clipped}"`;
}
