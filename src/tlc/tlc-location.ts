import type { SourceLocation } from "../diagnostics/location.ts";

/** TLC's two ways of printing a source range, read back into a SourceLocation. */

/** `line 21, col 5 to line 23, col 21 of module NaiveLock` (anywhere in the text). */
export function moduleRangeIn(text: string, fileForModule: (module: string) => string): SourceLocation | null {
  const m = /line (\d+), col (\d+) to line (\d+), col (\d+) of module (\w+)/.exec(text);
  return m ? range(m, fileForModule) : null;
}

/** `1. Line 15, column 8 to line 15, column 14 in LabelMixup` (TLC's nested-expression list). */
export function nestedPositionIn(text: string, fileForModule: (module: string) => string): SourceLocation | null {
  const m = /Line (\d+), column (\d+) to line (\d+), column (\d+) in (\w+)/.exec(text);
  return m ? range(m, fileForModule) : null;
}

function range(m: RegExpExecArray, fileForModule: (module: string) => string): SourceLocation {
  return { file: fileForModule(m[5]!), line: Number(m[1]), column: Number(m[2]), endLine: Number(m[3]), endColumn: Number(m[4]) };
}
