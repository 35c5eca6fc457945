/**
 * A place in a source file. Lines and columns are 1-based, as TLC and editors print them.
 * Kept as plain data so that every layer (parser, config reader, trace reader) can attach it
 * to a problem without depending on the layer that renders it.
 */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

/** TLC's own wording, used where a message imitates TLC: "line 3, col 5 to line 3, col 9 of module M". */
export function formatTlcRange(loc: SourceLocation, moduleName: string): string {
  const endLine = loc.endLine ?? loc.line;
  const endColumn = loc.endColumn ?? loc.column;
  return `line ${loc.line}, col ${loc.column} to line ${endLine}, col ${endColumn} of module ${moduleName}`;
}
