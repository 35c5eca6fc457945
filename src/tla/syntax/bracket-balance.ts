import type { SourceLocation } from "../../diagnostics/location.ts";

/**
 * Finds the first unbalanced bracket in TLA+ text, skipping strings and comments. tree-sitter's
 * error recovery often gives up on the whole module when a bracket or a comment is left open,
 * and then no node points at the cause; this scan does. Tracks ( [ { << >> and (* *).
 */
export interface BracketIssue {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

interface Open {
  readonly bracket: string;
  readonly line: number;
  readonly column: number;
}

const closerOf: Readonly<Record<string, string>> = { "(": ")", "[": "]", "{": "}", "<<": ">>" };
const openerOf: Readonly<Record<string, string>> = { ")": "(", "]": "[", "}": "{", ">>": "<<" };

export function findBracketIssue(text: string): BracketIssue | null {
  const stack: Open[] = [];
  let line = 1;
  let column = 1;
  let commentDepth = 0;
  let commentStart = { line: 0, column: 0 };
  let i = 0;
  const advance = (n: number): void => {
    for (let k = 0; k < n; k++) {
      if (text[i] === "\n") {
        line++;
        column = 1;
      } else {
        column++;
      }
      i++;
    }
  };
  while (i < text.length) {
    const two = text.slice(i, i + 2);
    if (commentDepth > 0) {
      if (two === "(*") commentDepth++;
      else if (two === "*)") commentDepth--;
      advance(two === "(*" || two === "*)" ? 2 : 1);
      continue;
    }
    if (two === "(*") {
      commentDepth = 1;
      commentStart = { line, column };
      advance(2);
    } else if (two === "\\*") {
      while (i < text.length && text[i] !== "\n") advance(1);
    } else if (text[i] === '"') {
      advance(1);
      while (i < text.length && text[i] !== '"' && text[i] !== "\n") advance(text[i] === "\\" ? 2 : 1);
      advance(1);
    } else if (two === "<<" || two === ">>") {
      if (!bracket(two, stack, line, column)) return unmatched(two, line, column);
      advance(2);
    } else if (text[i]! in closerOf || text[i]! in openerOf) {
      const b = text[i]!;
      if (!bracket(b, stack, line, column)) return unmatched(b, line, column);
      advance(1);
    } else {
      advance(1);
    }
  }
  if (commentDepth > 0) return { message: 'the comment "(*" is never closed by "*)"', ...commentStart };
  const open = stack.pop();
  return open === undefined ? null : { message: `"${open.bracket}" is never closed by "${closerOf[open.bracket]}"`, line: open.line, column: open.column };
}

/** Pushes an opener or pops the matching opener for a closer; false when a closer does not match. */
function bracket(b: string, stack: Open[], line: number, column: number): boolean {
  if (b in closerOf) {
    stack.push({ bracket: b, line, column });
    return true;
  }
  const top = stack[stack.length - 1];
  if (top === undefined || top.bracket !== openerOf[b]) return false;
  stack.pop();
  return true;
}

function unmatched(b: string, line: number, column: number): BracketIssue {
  return { message: `"${b}" has no matching "${openerOf[b]}"`, line, column };
}

export function bracketIssueLocation(issue: BracketIssue, file: string): SourceLocation {
  return { file, line: issue.line, column: issue.column, endLine: issue.line, endColumn: issue.column };
}
