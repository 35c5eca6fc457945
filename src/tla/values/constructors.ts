import type {
  BoolValue,
  FcnValue,
  IntValue,
  LazySetValue,
  ModelValue,
  RecordValue,
  SetValue,
  StringValue,
  TupleValue,
  Value,
} from "./value.ts";
import { evalError } from "./errors.ts";

/**
 * Constructors that need no ordering. The normalising ones (`setOf`, `fcnOf`, `recordOf`) live
 * in set-of.ts and fcn-of.ts because they sort with compare.ts.
 */

export const TRUE: BoolValue = Object.freeze({ kind: "bool", value: true });
export const FALSE: BoolValue = Object.freeze({ kind: "bool", value: false });

export function bool(b: boolean): BoolValue {
  return b ? TRUE : FALSE;
}

// Small integers are shared: counters, indices and ballots dominate model-checking states.
const SMALL_MIN = -128;
const SMALL_MAX = 1024;
const smallInts: IntValue[] = [];
for (let n = SMALL_MIN; n <= SMALL_MAX; n++) smallInts.push(Object.freeze({ kind: "int", value: n }));

/** An integer; outside the safe-integer range it is TLC's "Overflow" evaluation error. */
export function int(n: number): IntValue {
  if (n >= SMALL_MIN && n <= SMALL_MAX && (n | 0) === n) return smallInts[n - SMALL_MIN]!;
  if (!Number.isSafeInteger(n)) {
    if (Number.isFinite(n) && Number.isInteger(n)) evalError(`Overflow: the integer ${n} is outside the supported range.`);
    throw new Error(`int(${n}): not an integer`);
  }
  return { kind: "int", value: n };
}

export function str(s: string): StringValue {
  return { kind: "string", value: s };
}

/**
 * A model value. `order` is its rank in TLC's interning order (the config layer assigns it);
 * the type tag follows TLC: a name of more than two characters whose second one is `_` is typed
 * by its first character (`a_x` has type "a").
 */
export function modelValue(name: string, order: number): ModelValue {
  const typeTag = name.length > 2 && name[1] === "_" ? name[0]! : null;
  return { kind: "model", name, order, typeTag };
}

// Shared composites are not frozen: fingerprint.ts writes its cache fields into them.
export const EMPTY_SET: SetValue = { kind: "set", elems: Object.freeze([]) as readonly Value[] };
export const EMPTY_TUPLE: TupleValue = { kind: "tuple", elems: Object.freeze([]) as readonly Value[] };
export const BOOLEAN: SetValue = { kind: "set", elems: Object.freeze([FALSE, TRUE]) as readonly Value[] };

/**
 * A set from elements the caller guarantees are already in canonical order without duplicates
 * (enumerations that generate in order, filters of a normalised set). Use setOf otherwise.
 */
export function setFromCanonical(elems: readonly Value[]): SetValue {
  return elems.length === 0 ? EMPTY_SET : { kind: "set", elems };
}

export function tupleOf(elems: readonly Value[]): TupleValue {
  return elems.length === 0 ? EMPTY_TUPLE : { kind: "tuple", elems };
}

/** A record whose fields the caller guarantees are sorted (UTF-16 order), distinct and non-empty. */
export function recordFromCanonical(fields: readonly string[], values: readonly Value[]): RecordValue {
  return { kind: "record", fields, values };
}

/**
 * A function from a domain the caller guarantees is canonical (sorted, distinct) and already
 * classified: not 1..n and not all strings. Use fcnOf when unsure.
 */
export function fcnFromCanonical(domain: readonly Value[], values: readonly Value[], intervalDomain = false): FcnValue {
  return intervalDomain ? { kind: "fcn", domain, values, intervalDomain } : { kind: "fcn", domain, values };
}

export function interval(lo: number, hi: number): LazySetValue {
  return { kind: "interval", lo, hi };
}

export const NAT: LazySetValue = Object.freeze({ kind: "nat" });
export const INT: LazySetValue = Object.freeze({ kind: "int-set" });
export const STRING: LazySetValue = Object.freeze({ kind: "string-set" });

/** SUBSET base */
export function subsetOf(base: Value): LazySetValue {
  return { kind: "subset", base };
}

/** UNION base, kept symbolic; sets.ts `unionAll` merges eagerly where it can. */
export function unionOf(base: Value): LazySetValue {
  return { kind: "union-all", base };
}

/** [domain -> range] */
export function fcnSet(domain: Value, range: Value): LazySetValue {
  return { kind: "fcn-set", domain, range };
}

/** [f1 : S1, ..., fn : Sn]; fields are sorted here so that the set is canonical. */
export function recordSet(fields: readonly string[], sets: readonly Value[]): LazySetValue {
  const idx = fields.map((_, i) => i).sort((a, b) => (fields[a]! < fields[b]! ? -1 : fields[a]! > fields[b]! ? 1 : 0));
  for (let i = 1; i < idx.length; i++) {
    if (fields[idx[i]!] === fields[idx[i - 1]!]) evalError(`Field name ${fields[idx[i]!]} occurs multiple times in set of records.`);
  }
  return { kind: "record-set", fields: idx.map((i) => fields[i]!), sets: idx.map((i) => sets[i]!) };
}

/** Seq(base) */
export function seqSet(base: Value): LazySetValue {
  return { kind: "seq-set", base };
}

/** S1 \X ... \X Sn */
export function product(sets: readonly Value[]): LazySetValue {
  return { kind: "product", sets };
}

export function cupOf(left: Value, right: Value): LazySetValue {
  return { kind: "cup", left, right };
}

export function capOf(left: Value, right: Value): LazySetValue {
  return { kind: "cap", left, right };
}

export function diffOf(left: Value, right: Value): LazySetValue {
  return { kind: "diff", left, right };
}

/** {x \in base : pred(x)}; `pred` throws ProblemError for a non-Boolean, as the evaluator decides. */
export function filterOf(base: Value, pred: (v: Value) => boolean): LazySetValue {
  return { kind: "filter", base, pred };
}

/** {fn(x) : x \in base} */
export function mapOf(base: Value, fn: (v: Value) => Value): LazySetValue {
  return { kind: "map", base, fn };
}
