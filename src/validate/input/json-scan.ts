/**
 * Finding the members of a JSON object, or the elements of an array, in its text without
 * parsing them: where each one starts and ends. The full-state fast path (./full-state.ts) uses
 * it to parse only the parts of a line that changed since the previous one. It recognises the
 * structure only; every piece it delimits is parsed by JSON.parse before it is used, so text it
 * accepts by mistake is still rejected. Anything unusual makes it return null, and the caller
 * leaves the line to the trace reader.
 */
export interface Member {
  /** The key, decoded. */
  readonly key: string;
  /** Offset of the key's opening quote. */
  readonly start: number;
  readonly valueStart: number;
  /** Offset just past the value. */
  readonly valueEnd: number;
  /** The value's own members, for the member scanObject was asked to expand. */
  readonly children?: readonly Member[];
}

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
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

/**
 * The members of the object text `t[from, to)`; null unless it is one object with distinct keys.
 * The member named `expand`, if its value is an object, gets its own members in `children`,
 * found in the same pass.
 */
export function scanObject(t: string, from = 0, to = t.length, expand?: string): Member[] | null {
  const r = scanAt(t, skipSpace(t, from, to), to, expand);
  return r !== null && skipSpace(t, r.end, to) === to ? r.members : null;
}

function scanAt(t: string, i: number, to: number, expand: string | undefined): { members: Member[]; end: number } | null {
  if (t.charCodeAt(i) !== LBRACE) return null;
  i = skipSpace(t, i + 1, to);
  const members: Member[] = [];
  const keys = new Set<string>();
  if (t.charCodeAt(i) === RBRACE) return { members, end: i + 1 };
  for (;;) {
    if (t.charCodeAt(i) !== QUOTE) return null;
    const start = i;
    const keyEnd = skipString(t, i, to);
    if (keyEnd < 0) return null;
    const raw = t.slice(i + 1, keyEnd - 1);
    let key = raw;
    if (raw.includes("\\")) {
      try {
        key = JSON.parse(t.slice(i, keyEnd)) as string;
      } catch {
        return null;
      }
    }
    if (keys.has(key)) return null;
    keys.add(key);
    i = skipSpace(t, keyEnd, to);
    if (t.charCodeAt(i) !== COLON) return null;
    const valueStart = skipSpace(t, i + 1, to);
    if (key === expand && t.charCodeAt(valueStart) === LBRACE) {
      const inner = scanAt(t, valueStart, to, undefined);
      if (inner === null) return null;
      members.push({ key, start, valueStart, valueEnd: inner.end, children: inner.members });
      i = inner.end;
    } else {
      const valueEnd = skipValue(t, valueStart, to);
      if (valueEnd < 0) return null;
      members.push({ key, start, valueStart, valueEnd });
      i = valueEnd;
    }
    i = skipSpace(t, i, to);
    const c = t.charCodeAt(i);
    if (c === RBRACE) return { members, end: i + 1 };
    if (c !== COMMA) return null;
    i = skipSpace(t, i + 1, to);
  }
}

/** The element texts of the array text `t[from, to)`; null unless it is one array. */
export function scanArray(t: string, from = 0, to = t.length): string[] | null {
  let i = skipSpace(t, from, to);
  if (t.charCodeAt(i) !== LBRACKET) return null;
  i = skipSpace(t, i + 1, to);
  const out: string[] = [];
  if (t.charCodeAt(i) === RBRACKET) return skipSpace(t, i + 1, to) === to ? out : null;
  for (;;) {
    const end = skipValue(t, i, to);
    if (end < 0) return null;
    out.push(t.slice(i, end));
    i = skipSpace(t, end, to);
    const c = t.charCodeAt(i);
    if (c === RBRACKET) return skipSpace(t, i + 1, to) === to ? out : null;
    if (c !== COMMA) return null;
    i = skipSpace(t, i + 1, to);
  }
}
