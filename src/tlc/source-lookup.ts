import type { SourceLocation } from "../diagnostics/location.ts";

/**
 * TLC sometimes names a thing only by position (a false ASSUME) or not at all (the line of an
 * unknown name in a .cfg, a missing module in EXTENDS). These look the answer up in the source
 * text, ignoring comments, so that a report can say which assumption and where.
 */

/** Replaces comments with spaces, keeping every offset and line break in place. */
export function blankComments(text: string): string {
  let out = "";
  let i = 0;
  let depth = 0;
  while (i < text.length) {
    const two = text.slice(i, i + 2);
    if (depth > 0) {
      if (two === "(*") depth++;
      if (two === "*)") depth--;
      if (two === "(*" || two === "*)") {
        out += "  ";
        i += 2;
      } else {
        out += text[i] === "\n" ? "\n" : " ";
        i++;
      }
      continue;
    }
    if (two === "(*") {
      depth = 1;
      out += "  ";
      i += 2;
    } else if (two === "\\*") {
      while (i < text.length && text[i] !== "\n") {
        out += " ";
        i++;
      }
    } else if (text[i] === '"') {
      const start = i++;
      while (i < text.length && text[i] !== '"' && text[i] !== "\n") i += text[i] === "\\" ? 2 : 1;
      i = Math.min(i + 1, text.length);
      out += text.slice(start, i);
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf("\n", offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return offset + column - 1;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** The name of the `ASSUME Name == ...` whose expression starts at the given position; null if unnamed. */
export function assumptionNameAt(moduleText: string, line: number, column: number): string | null {
  const text = blankComments(moduleText);
  const target = offsetOf(text, line, column);
  let best: { at: number; name: string | null } | null = null;
  for (const m of text.matchAll(/\b(?:ASSUME|ASSUMPTION|AXIOM)\b(?:\s+([A-Za-z_][A-Za-z0-9_]*)\s*==(?!=))?/g)) {
    if (m.index > target) break;
    best = { at: m.index, name: m[1] ?? null };
  }
  return best?.name ?? null;
}

/** The first occurrence of `word` as a whole identifier, outside comments. */
export function findIdentifier(text: string, word: string, file: string): SourceLocation | null {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`(?<![A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`).exec(blankComments(text));
  if (!m) return null;
  const { line, column } = positionOf(text, m.index);
  return { file, line, column, endLine: line, endColumn: column + word.length - 1 };
}
