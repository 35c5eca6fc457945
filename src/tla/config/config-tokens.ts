import type { SourceLocation } from "../../diagnostics/location.ts";
import { fail } from "../../diagnostics/problem.ts";
import { stringEscapes } from "../syntax/literals.ts";

/**
 * Tokens of a TLC .cfg. Comments (`\*` to end of line, nested `(* ... *)`) are skipped.
 * `<<` and `>>` are tokens only so that a tuple can be rejected with TLC's message.
 */
export type ConfigToken =
  | { readonly kind: "ident"; readonly text: string; readonly loc: SourceLocation }
  | { readonly kind: "number"; readonly text: string; readonly loc: SourceLocation }
  | { readonly kind: "string"; readonly text: string; readonly loc: SourceLocation }
  | { readonly kind: "punct"; readonly text: Punct; readonly loc: SourceLocation };

export type Punct = "=" | "<-" | "{" | "}" | "," | "[" | "]" | "<<" | ">>" | "(" | ")";

const puncts: readonly Punct[] = ["<-", "<<", ">>", "=", "{", "}", ",", "[", "]", "(", ")"];


export function tokenizeConfig(text: string, file: string): ConfigToken[] {
  const tokens: ConfigToken[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const loc = (start: number, end: number, startLine = line, startLineStart = lineStart): SourceLocation => ({
    file,
    line: startLine,
    column: start - startLineStart + 1,
    endLine: line,
    endColumn: Math.max(end - lineStart, 1),
  });
  const newline = (at: number): void => {
    line++;
    lineStart = at + 1;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "\n") {
      newline(i);
      i++;
    } else if (/\s/.test(ch)) {
      i++;
    } else if (text.startsWith("\\*", i)) {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (text.startsWith("(*", i)) {
      const start = i;
      const [startLine, startLineStart] = [line, lineStart];
      let depth = 0;
      do {
        if (text.startsWith("(*", i)) {
          depth++;
          i += 2;
        } else if (text.startsWith("*)", i)) {
          depth--;
          i += 2;
        } else {
          if (text[i] === "\n") newline(i);
          i++;
        }
      } while (depth > 0 && i < text.length);
      if (depth > 0) fail("config-parse", 'The comment "(*" is never closed by "*)"', loc(start, start + 2, startLine, startLineStart));
    } else if (ch === '"') {
      const start = i;
      let value = "";
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== "\n") {
        if (text[i] === "\\") {
          const decoded = stringEscapes[text[i + 1] ?? ""];
          if (decoded === undefined) fail("config-parse", `Unknown escape sequence \\${text[i + 1] ?? ""} in string`, loc(i, i + 2));
          value += decoded;
          i += 2;
        } else {
          value += text[i];
          i++;
        }
      }
      if (text[i] !== '"') fail("config-parse", "The string is not closed on its line", loc(start, start + 1));
      i++;
      tokens.push({ kind: "string", text: value, loc: loc(start, i) });
    } else if (/[A-Za-z0-9_]/.test(ch) || (ch === "-" && /[0-9]/.test(text[i + 1] ?? ""))) {
      const start = i;
      i++;
      while (i < text.length && /[A-Za-z0-9_]/.test(text[i]!)) i++;
      const word = text.slice(start, i);
      const kind = /^-?[0-9]+$/.test(word) ? "number" : "ident";
      if (word.startsWith("-") && kind !== "number") fail("config-parse", `Unexpected "${word}"`, loc(start, i));
      tokens.push({ kind, text: word, loc: loc(start, i) });
    } else {
      const p = puncts.find((q) => text.startsWith(q, i));
      if (p === undefined) fail("config-parse", `Unexpected character "${ch}"`, loc(i, i + 1));
      tokens.push({ kind: "punct", text: p, loc: loc(i, i + p.length) });
      i += p.length;
    }
  }
  return tokens;
}
