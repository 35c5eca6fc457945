import { readFileSync } from "node:fs";
import type { SourceLocation } from "../diagnostics/location.ts";

/**
 * The text of a spec range exactly as written, for quoting a conjunct in a rejection (the
 * evaluator's own text is its fully parenthesised form, which a reader does not recognise).
 * Read only when a message is built; null when the file cannot be read.
 */
const files = new Map<string, readonly string[] | null>();

export function sourceText(loc: SourceLocation): string | null {
  let lines = files.get(loc.file);
  if (lines === undefined) {
    try {
      lines = readFileSync(loc.file, "utf8").split(/\r?\n/);
    } catch {
      lines = null;
    }
    files.set(loc.file, lines);
  }
  if (lines === null) return null;
  const endLine = loc.endLine ?? loc.line;
  const endColumn = loc.endColumn ?? lines[endLine - 1]?.length ?? 0;
  if (loc.line < 1 || endLine > lines.length || endLine < loc.line) return null;
  const out: string[] = [];
  for (let n = loc.line; n <= endLine; n++) {
    const text = lines[n - 1]!;
    const from = n === loc.line ? loc.column - 1 : 0;
    const to = n === endLine ? endColumn : text.length;
    out.push(text.slice(from, to));
  }
  while (out.length > 1 && out[out.length - 1]!.trim() === "") out.pop();
  // Continuation lines keep their indentation relative to the first line's column.
  const indent = loc.column - 1;
  return out.map((l, i) => (i === 0 ? l : l.slice(Math.min(indent, l.length - l.trimStart().length)))).join("\n");
}
