import { unreachable } from "../protocol/never.ts";

/**
 * The TLA+ values a trace carries, in a small representation of the trace layer's own. The
 * trace layer never imports the engine (the spec judges the implementation from outside); the
 * trace checker converts these into engine values, where TLA+'s identifications happen (a
 * function on 1..n is a sequence, a function on strings is a record).
 *
 * Integers, strings and booleans are JavaScript primitives; everything else is tagged by `kind`.
 * Sets and functions are kept canonical (sorted by `compareValues`, no duplicate elements or
 * keys) by the constructors below, so structural equality is value equality. Record fields keep
 * the order they were built in (messages read `type` first); equality ignores that order.
 */
export type TValue = number | string | boolean | TModel | TSet | TFcn | TRecord | TSeq;

export interface TModel {
  readonly kind: "model";
  readonly name: string;
}

export interface TSet {
  readonly kind: "set";
  readonly elems: readonly TValue[];
}

export interface TFcn {
  readonly kind: "fcn";
  readonly entries: readonly (readonly [TValue, TValue])[];
}

export interface TRecord {
  readonly kind: "record";
  /** In the order given (messages read `type` first). */
  readonly fields: Readonly<Record<string, TValue>>;
  /** The field names sorted, computed once: comparisons need them, and sets compare a lot. */
  readonly keys: readonly string[];
}

/** A sequence or tuple: a function on 1..n. */
export interface TSeq {
  readonly kind: "seq";
  readonly elems: readonly TValue[];
}

export function tModel(name: string): TModel {
  return { kind: "model", name };
}

export function tSeq(elems: readonly TValue[]): TSeq {
  return { kind: "seq", elems: [...elems] };
}

export function tRecord(fields: Readonly<Record<string, TValue>>): TRecord {
  const copy = { ...fields };
  return { kind: "record", fields: copy, keys: Object.keys(copy).sort() };
}

/** Already strictly increasing (sorted, no duplicates): what a decoded canonical trace gives. */
function strictlySorted(xs: readonly TValue[]): boolean {
  for (let i = 1; i < xs.length; i++) if (compareValues(xs[i - 1]!, xs[i]!) >= 0) return false;
  return true;
}

export function tSet(elems: Iterable<TValue>): TSet {
  const given = [...elems];
  if (strictlySorted(given)) return { kind: "set", elems: given };
  const sorted = given.sort(compareValues);
  const unique: TValue[] = [];
  for (const e of sorted) if (unique.length === 0 || compareValues(unique[unique.length - 1]!, e) !== 0) unique.push(e);
  return { kind: "set", elems: unique };
}

/** A function from its entries; a key given twice keeps the last image (as EXCEPT would). */
export function tFcn(entries: Iterable<readonly [TValue, TValue]>): TFcn {
  const given = [...entries];
  if (strictlySorted(given.map((e) => e[0]))) return { kind: "fcn", entries: given.map((e) => [e[0], e[1]] as const) };
  const sorted = given.map((e, i) => [e, i] as const).sort((x, y) => compareValues(x[0][0], y[0][0]) || y[1] - x[1]);
  const unique: (readonly [TValue, TValue])[] = [];
  for (const [e] of sorted) if (unique.length === 0 || compareValues(unique[unique.length - 1]![0], e[0]) !== 0) unique.push([e[0], e[1]]);
  return { kind: "fcn", entries: unique };
}

type Rank = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

function rank(v: TValue): Rank {
  switch (typeof v) {
    case "boolean":
      return 0;
    case "number":
      return 1;
    case "string":
      return 2;
    default:
      switch (v.kind) {
        case "model":
          return 3;
        case "seq":
          return 4;
        case "record":
          return 5;
        case "fcn":
          return 6;
        case "set":
          return 7;
        default:
          return unreachable(v);
      }
  }
}

function compareLists(a: readonly TValue[], b: readonly TValue[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareValues(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A total order on trace values, used only to keep sets and functions canonical and output
 * deterministic. It is not TLC's order (the engine has its own); nothing may depend on it
 * beyond "same value, same position".
 */
export function compareValues(a: TValue, b: TValue): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "boolean") return Number(a) - Number(b as boolean);
  if (typeof a === "number") return a - (b as number);
  if (typeof a === "string") return compareStrings(a, b as string);
  switch (a.kind) {
    case "model":
      return compareStrings(a.name, (b as TModel).name);
    case "seq":
    case "set":
      return compareLists(a.elems, (b as TSeq | TSet).elems);
    case "record": {
      const bf = (b as TRecord).fields;
      const ka = a.keys;
      const kb = (b as TRecord).keys;
      const byKeys = compareLists(ka, kb);
      if (byKeys !== 0) return byKeys;
      return compareLists(
        ka.map((k) => a.fields[k]!),
        kb.map((k) => bf[k]!),
      );
    }
    case "fcn": {
      const be = (b as TFcn).entries;
      const n = Math.min(a.entries.length, be.length);
      for (let i = 0; i < n; i++) {
        const c = compareValues(a.entries[i]![0], be[i]![0]) || compareValues(a.entries[i]![1], be[i]![1]);
        if (c !== 0) return c;
      }
      return a.entries.length - be.length;
    }
    default:
      return unreachable(a);
  }
}

export function valuesEqual(a: TValue, b: TValue): boolean {
  return compareValues(a, b) === 0;
}

/** The image of `key` under a function-like value (function, record, or sequence), if defined. */
export function applyFunction(f: TValue, key: TValue): TValue | undefined {
  if (typeof f !== "object") return undefined;
  switch (f.kind) {
    case "fcn":
      return f.entries.find(([k]) => valuesEqual(k, key))?.[1];
    case "record":
      return typeof key === "string" && Object.hasOwn(f.fields, key) ? f.fields[key] : undefined;
    case "seq":
      return typeof key === "number" && Number.isInteger(key) && key >= 1 && key <= f.elems.length ? f.elems[key - 1] : undefined;
    default:
      return undefined;
  }
}

/** Short TLA+-like text for messages: {a1, a2}, [type |-> "1a", bal |-> 0], <<1, 2>>, (a1 :> 0). */
export function showValue(v: TValue): string {
  switch (typeof v) {
    case "boolean":
      return v ? "TRUE" : "FALSE";
    case "number":
      return String(v);
    case "string":
      return JSON.stringify(v);
    default:
      switch (v.kind) {
        case "model":
          return v.name;
        case "set":
          return `{${v.elems.map(showValue).join(", ")}}`;
        case "seq":
          return `<<${v.elems.map(showValue).join(", ")}>>`;
        case "record":
          return `[${Object.entries(v.fields)
            .map(([k, x]) => `${k} |-> ${showValue(x)}`)
            .join(", ")}]`;
        case "fcn":
          return v.entries.length === 0 ? "<<>>" : `(${v.entries.map(([k, x]) => `${showValue(k)} :> ${showValue(x)}`).join(" @@ ")})`;
        default:
          return unreachable(v);
      }
  }
}
