/**
 * Finding where a JSON value ends in a line without parsing it. The full-state fast path
 * (./full-state.ts) uses these to parse only the parts of a line that changed since the
 * previous one. They recognise structure only; every piece they delimit is parsed by
 * JSON.parse before it is used, so text they accept by mistake is still rejected. Where the
 * text does not end as it should they return -1, and the caller leaves the line to the reader.
 */

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

export function skipSpace(t: string, i: number, end: number): number {
  while (i < end && isSpace(t.charCodeAt(i))) i++;
  return i;
}

/** Past the string starting at the quote at `i`; -1 if it does not end. */
export function skipString(t: string, i: number, end: number): number {
  for (i++; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i + 1;
  }
  return -1;
}

/** Past the value starting at `i`; -1 if it is not well delimited. */
export function skipValue(t: string, i: number, end: number): number {
  const c = t.charCodeAt(i);
  if (c === QUOTE) return skipString(t, i, end);
  if (c === LBRACE || c === LBRACKET) {
    let depth = 0;
    for (; i < end; i++) {
      const d = t.charCodeAt(i);
      if (d === QUOTE) {
        i = skipString(t, i, end) - 1;
        if (i < 0) return -1;
      } else if (d === LBRACE || d === LBRACKET) depth++;
      else if (d === RBRACE || d === RBRACKET) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
  const from = i;
  while (i < end) {
    const d = t.charCodeAt(i);
    if (d === COMMA || d === RBRACE || d === RBRACKET || isSpace(d)) break;
    i++;
  }
  return i > from ? i : -1;
}
