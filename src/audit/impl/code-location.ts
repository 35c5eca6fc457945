import { relative } from "node:path";
import { Node } from "ts-morph";
import type { SourceLocation } from "../../diagnostics/location.ts";

/** Where a node starts, with the file relative to the project root (as editors and CI print it). */
export function codeLocation(node: Node, root: string): SourceLocation {
  const sf = node.getSourceFile();
  const start = sf.getLineAndColumnAtPos(node.getStart());
  const end = sf.getLineAndColumnAtPos(node.getEnd());
  return {
    file: relative(root, sf.getFilePath()) || sf.getFilePath(),
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

/**
 * The name a reader would look for: `onPrepare`, `Learner.commit`, `startBallot` (an arrow
 * bound to a const), or the file's top level. Anonymous callbacks take their enclosing name.
 */
export function enclosingFunctionName(node: Node): string {
  for (let cur: Node | undefined = node.getParent(); cur; cur = cur.getParent()) {
    const name = functionName(cur);
    if (name !== null) return name;
  }
  return "<top level>";
}

export function functionName(node: Node): string | null {
  if (Node.isFunctionDeclaration(node)) return node.getName() ?? "default";
  if (Node.isMethodDeclaration(node) || Node.isGetAccessorDeclaration(node) || Node.isSetAccessorDeclaration(node)) {
    const cls = node.getParent();
    const owner = Node.isClassDeclaration(cls) ? cls.getName() : undefined;
    return owner ? `${owner}.${node.getName()}` : node.getName();
  }
  if (Node.isConstructorDeclaration(node)) return `${node.getParent().getName() ?? "class"}.constructor`;
  if (Node.isArrowFunction(node) || Node.isFunctionExpression(node)) {
    const parent = node.getParent();
    if (Node.isVariableDeclaration(parent) || Node.isPropertyAssignment(parent) || Node.isPropertyDeclaration(parent)) {
      return parent.getName();
    }
  }
  return null;
}
