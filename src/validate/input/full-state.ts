import { decodeValue } from "../../trace/json-value.ts";
import { isEvalError, setOf, union, type Value } from "../../tla/values/index.ts";
import type { ModelValueTable } from "../model-values.ts";
import { toValue } from "../to-value.ts";
import { isSpace, skipSpace, skipString, skipValue } from "./json-scan.ts";

/**
 * The fast path for events that carry the full state. Consecutive states share most of their
 * text: a variable whose text is the same as in the previous line has the same value, and the
 * elements of a set (the messages sent) mostly repeat. So instead of parsing the whole line,
 * each variable's text is compared with the last one and looked up in small caches, and only
 * new text is parsed, by the same decoder the trace schema uses (so it accepts exactly what the
 * schema accepts). The rest of the line (seq, node, clock, action, params) goes through the
 * trace reader as an ordinary event, so its checks and messages stay the reader's. Any line
 * that is not plainly a well-formed full event is left whole to the reader, which then says
 * what is wrong with it.
 */
export interface StrippedLine {
  /** The line without `full` and `state`: an event the reader checks as usual. */
  readonly rest: string;
  /** The state's values, indexed like the trace's variables. */
  readonly state: readonly Value[];
}

const CACHE_LIMIT = 1 << 14;
const caches = new WeakMap<ModelValueTable, { readonly wholes: Map<string, Value>; readonly elements: Map<string, Value> }>();
const QUOTE = 34;
const COLON = 58;
const COMMA = 44;
const RBRACE = 125;
const LBRACE = 123;
const RBRACKET = 93;
const SET_OPEN = '{"$set":[';

function isDelimiter(c: number): boolean {
  return c === COMMA || c === RBRACE || isSpace(c);
}

export class FullStateFastPath {
  private readonly last: (string | null)[];
  private readonly lastValue: (Value | null)[];
  private readonly wholes: Map<string, Value>;
  private readonly elements: Map<string, Value>;
  private readonly position = new Map<string, number>();
  /** Per variable, the element texts and value of the last set decoded for it. */
  private readonly sets: ({ readonly texts: readonly string[]; readonly value: Value } | null)[] = [];

  constructor(
    private readonly variables: readonly string[],
    private readonly models: ModelValueTable,
  ) {
    // Decoded text is shared by every trace checked with these model values: a batch of runs
    // of one protocol sends the same messages over and over.
    let shared = caches.get(models);
    if (shared === undefined) caches.set(models, (shared = { wholes: new Map(), elements: new Map() }));
    this.wholes = shared.wholes;
    this.elements = shared.elements;
    variables.forEach((v, i) => this.position.set(v, i));
    this.last = variables.map(() => null);
    this.lastValue = variables.map(() => null);
  }

  strip(line: string): StrippedLine | null {
    if (!line.includes('"state"')) return null;
    const to = line.length;
    const keys: string[] = [];
    const kept: [number, number][] = [];
    let values: Value[] | null = null;
    let full = false;
    let i = skipSpace(line, 0, to);
    if (line.charCodeAt(i) !== LBRACE) return null;
    i = skipSpace(line, i + 1, to);
    for (;;) {
      if (line.charCodeAt(i) !== QUOTE) return null;
      const start = i;
      const keyEnd = skipString(line, i, to);
      if (keyEnd < 0) return null;
      const key = line.slice(i + 1, keyEnd - 1);
      if (keys.includes(key) || key.includes("\\")) return null;
      keys.push(key);
      i = skipSpace(line, keyEnd, to);
      if (line.charCodeAt(i) !== COLON) return null;
      const valueStart = skipSpace(line, i + 1, to);
      let valueEnd: number;
      if (key === "state") {
        const r = this.state(line, valueStart, to);
        if (r === null) return null;
        values = r.values;
        valueEnd = r.end;
      } else {
        if (key === "changes") return null;
        valueEnd = skipValue(line, valueStart, to);
        if (valueEnd < 0) return null;
        if (key === "full") full = line.slice(valueStart, valueEnd) === "true";
        else kept.push([start, valueEnd]);
      }
      i = skipSpace(line, valueEnd, to);
      const c = line.charCodeAt(i);
      if (c === RBRACE) {
        if (skipSpace(line, i + 1, to) !== to || values === null || !full) return null;
        return { rest: rest(line, kept), state: values };
      }
      if (c !== COMMA) return null;
      i = skipSpace(line, i + 1, to);
    }
  }

  /**
   * The state object's values. A variable whose text starts where the same text stood in the
   * previous line, followed by a delimiter, is that same value: JSON values end by themselves,
   * so it is recognised without scanning it.
   */
  private state(t: string, from: number, to: number): { values: Value[]; end: number } | null {
    const values: Value[] = new Array(this.variables.length);
    let seen = 0;
    if (t.charCodeAt(from) !== LBRACE) return null;
    let i = skipSpace(t, from + 1, to);
    if (t.charCodeAt(i) === RBRACE) return this.variables.length === 0 ? { values, end: i + 1 } : null;
    for (;;) {
      if (t.charCodeAt(i) !== QUOTE) return null;
      const keyEnd = skipString(t, i, to);
      if (keyEnd < 0) return null;
      const v = this.position.get(t.slice(i + 1, keyEnd - 1));
      if (v === undefined || values[v] !== undefined) return null;
      i = skipSpace(t, keyEnd, to);
      if (t.charCodeAt(i) !== COLON) return null;
      const start = skipSpace(t, i + 1, to);
      const last = this.last[v];
      let end: number;
      // (slice and === compare at memory speed; startsWith with an offset goes char by char)
      if (last !== null && isDelimiter(t.charCodeAt(start + last.length)) && t.slice(start, start + last.length) === last) {
        end = start + last.length;
        values[v] = this.lastValue[v]!;
      } else if (t.slice(start, start + SET_OPEN.length) === SET_OPEN) {
        const elems = setElements(t, start + SET_OPEN.length, to);
        if (elems === null) return null;
        end = elems.end;
        const value = this.set(v, elems.texts);
        if (value === null) return null;
        this.last[v] = t.slice(start, end);
        this.lastValue[v] = value;
        values[v] = value;
      } else {
        end = skipValue(t, start, to);
        if (end < 0) return null;
        const value = this.value(v, t.slice(start, end));
        if (value === null) return null;
        values[v] = value;
      }
      seen++;
      i = skipSpace(t, end, to);
      const c = t.charCodeAt(i);
      if (c === RBRACE) return seen === this.variables.length ? { values, end: i + 1 } : null;
      if (c !== COMMA) return null;
      i = skipSpace(t, i + 1, to);
    }
  }

  private value(i: number, text: string): Value | null {
    if (text === this.last[i]) return this.lastValue[i]!;
    let v = this.wholes.get(text) ?? null;
    if (v === null) {
      v = decode(text, this.models);
      if (v === null) return null;
      if (this.wholes.size >= CACHE_LIMIT) this.wholes.clear();
      this.wholes.set(text, v);
    }
    this.last[i] = text;
    this.lastValue[i] = v;
    return v;
  }

  /**
   * A set from the texts of its elements. Sets of sent messages only grow, so when the previous
   * line's elements all come again in the same order, only the new ones are decoded and added
   * to the previous value; otherwise each element is looked up in the element cache.
   */
  private set(v: number, texts: readonly string[]): Value | null {
    const prev = this.sets[v];
    this.sets[v] = null;
    let value: Value | null = null;
    if (prev !== null && prev !== undefined) {
      const added: string[] = [];
      let j = 0;
      for (const e of texts) {
        if (j < prev.texts.length && e === prev.texts[j]) j++;
        else added.push(e);
      }
      if (j === prev.texts.length) {
        const elems = this.elementValues(added);
        if (elems === null) return null;
        value = elems.length === 0 ? prev.value : guard(() => union(prev.value, setOf(elems)));
      }
    }
    if (value === null) {
      const elems = this.elementValues(texts);
      if (elems === null) return null;
      value = guard(() => setOf(elems));
    }
    if (value !== null) this.sets[v] = { texts, value };
    return value;
  }

  private elementValues(texts: readonly string[]): Value[] | null {
    const out: Value[] = [];
    for (const e of texts) {
      let v = this.elements.get(e) ?? null;
      if (v === null) {
        v = decode(e, this.models);
        if (v === null) return null;
        if (this.elements.size >= CACHE_LIMIT) this.elements.clear();
        this.elements.set(e, v);
      }
      out.push(v);
    }
    return out;
  }
}

/** The line's other members as an object; one slice when they come first (as writers put them). */
function rest(line: string, kept: readonly [number, number][]): string {
  if (kept.length === 0) return "{}";
  const contiguous = kept.every(([start], k) => k === 0 || /^\s*,\s*$/.test(line.slice(kept[k - 1]![1], start)));
  if (contiguous) return `{${line.slice(kept[0]![0], kept[kept.length - 1]![1])}}`;
  return `{${kept.map(([a, b]) => line.slice(a, b)).join(",")}}`;
}

/** A set operation on decoded values; a set that cannot be normalised is refused (the reader's path says why). */
function guard(f: () => Value): Value | null {
  try {
    return f();
  } catch (err) {
    if (isEvalError(err)) return null;
    throw err;
  }
}

/** The element texts of `{"$set":[...]}` from just after the `[`, and where the object ends. */
function setElements(t: string, i: number, to: number): { texts: string[]; end: number } | null {
  const texts: string[] = [];
  i = skipSpace(t, i, to);
  if (t.charCodeAt(i) !== RBRACKET) {
    for (;;) {
      const end = skipValue(t, i, to);
      if (end < 0) return null;
      texts.push(t.slice(i, end));
      i = skipSpace(t, end, to);
      const c = t.charCodeAt(i);
      if (c === RBRACKET) break;
      if (c !== COMMA) return null;
      i = skipSpace(t, i + 1, to);
    }
  }
  i = skipSpace(t, i + 1, to);
  return t.charCodeAt(i) === RBRACE ? { texts, end: i + 1 } : null;
}

/** JSON text to an engine value through the trace format's decoder; null for anything it refuses. */
function decode(text: string, models: ModelValueTable): Value | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const d = decodeValue(json);
  if (!d.ok) return null;
  try {
    return toValue(d.value, models);
  } catch (err) {
    if (isEvalError(err)) return null;
    throw err;
  }
}
