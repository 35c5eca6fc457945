import type { FcnValue, FingerprintCache, RecordValue, TupleValue, Value } from "./value.ts";
import { unreachable } from "./value.ts";
import { normalizeSet } from "./enumerate.ts";
import { evalError } from "./errors.ts";

/**
 * 64-bit fingerprints of values and states, for the model checker's fingerprint table.
 *
 * API (all results are two unsigned 32-bit halves, never a bigint or a string):
 * - `fingerprintStateInto(values, out, offset = 0)`: the fingerprint of a state given as the
 *   values of its variables in a fixed variable order; writes the high half to `out[offset]`
 *   and the low half to `out[offset + 1]`. Allocates nothing once the values' own fingerprints
 *   are cached. This is what `Model.fingerprint(s, out)` should call.
 * - `fingerprintInto(v, out, offset = 0)`: the same for one value.
 * - `fingerprintValue(v)` / `fingerprintState(values)`: convenience forms returning `{hi, lo}`.
 *
 * Guarantees:
 * - consistent with equality (valuesEqual): equal values have equal fingerprints, including a
 *   symbolic set and its enumeration (`1..3` and `{1, 2, 3}`) and functions however they were
 *   built (tuples, records and `fcn`s all hash as domain/value pairs);
 * - two different values, or states, collide with probability about 2^-64 (a MurmurHash3-style
 *   two-lane mix with a 64-bit finaliser);
 * - deterministic across runs and processes (no random seed), so fingerprints may be stored.
 *
 * Composite values (sets, tuples, records, functions, strings) cache their fingerprint in the
 * `fpHi`/`fpLo` fields the first time, so a successor state that shares sub-values with its
 * parent re-hashes only what changed. Fingerprinting a set that cannot be normalised (`{1, "a"}`)
 * or an infinite symbolic set other than Nat, Int, STRING and Seq(S) is TLC's evaluation error.
 */
export interface Fingerprint {
  readonly hi: number;
  readonly lo: number;
}

// Result registers of fp(): module-level so that the recursion allocates nothing.
let rHi = 0;
let rLo = 0;

const TAG_BOOL = 0x1b00;
const TAG_INT = 0x1c01;
const TAG_STRING = 0x1d02;
const TAG_MODEL = 0x1e03;
const TAG_SET = 0x1f04;
const TAG_FCN = 0x2005;
const TAG_NAT = 0x2106;
const TAG_INTSET = 0x2207;
const TAG_STRINGSET = 0x2308;
const TAG_SEQSET = 0x2409;
const TAG_STATE = 0x250a;

const SEED_A = 0x9747b28c;
const SEED_B = 0x2c1b3c6d;

function mixA(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function mixB(h: number, k: number): number {
  k = Math.imul(k, 0x85ebca6b);
  k = (k << 16) | (k >>> 16);
  k = Math.imul(k, 0xc2b2ae35);
  h ^= k;
  h = (h << 17) | (h >>> 15);
  return (Math.imul(h, 9) + 0x38495ab5) | 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Finishes two lanes into rHi/rLo, cross-mixing them as MurmurHash3 x86_128 does. */
function finish(a: number, b: number, len: number): void {
  a ^= len;
  b ^= len;
  a = (a + b) | 0;
  b = (b + a) | 0;
  a = fmix(a);
  b = fmix(b);
  a = (a + b) | 0;
  b = (b + a) | 0;
  rHi = a >>> 0;
  rLo = b >>> 0;
}

function fpInt(n: number): void {
  const lo = n | 0;
  const hi = Math.floor(n / 4294967296) | 0;
  let a = mixA(SEED_A, TAG_INT);
  let b = mixB(SEED_B, TAG_INT);
  a = mixA(a, lo);
  b = mixB(b, lo);
  a = mixA(a, hi);
  b = mixB(b, hi);
  finish(a, b, 2);
}

function fpChars(tag: number, s: string): void {
  let a = mixA(SEED_A, tag);
  let b = mixB(SEED_B, tag);
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const k = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    a = mixA(a, k);
    b = mixB(b, k);
  }
  if (i < n) {
    const k = s.charCodeAt(i);
    a = mixA(a, k);
    b = mixB(b, k);
  }
  finish(a, b, n);
}

function cached(v: FingerprintCache): boolean {
  if (v.fpLo === undefined) return false;
  rHi = v.fpHi!;
  rLo = v.fpLo;
  return true;
}

function store(v: FingerprintCache): void {
  v.fpHi = rHi;
  v.fpLo = rLo;
}

function fpElems(tag: number, elems: readonly Value[]): void {
  const n = elems.length;
  let a = mixA(SEED_A, tag);
  let b = mixB(SEED_B, tag);
  a = mixA(a, n);
  b = mixB(b, n);
  for (let i = 0; i < n; i++) {
    fp(elems[i]!);
    const h = rHi;
    const l = rLo;
    a = mixA(mixA(a, h), l);
    b = mixB(mixB(b, l), h);
  }
  finish(a, b, n);
}

function fpIntRange(lo: number, hi: number): void {
  const n = hi < lo ? 0 : hi - lo + 1;
  let a = mixA(SEED_A, TAG_SET);
  let b = mixB(SEED_B, TAG_SET);
  a = mixA(a, n);
  b = mixB(b, n);
  for (let i = lo; i <= hi; i++) {
    fpInt(i);
    const h = rHi;
    const l = rLo;
    a = mixA(mixA(a, h), l);
    b = mixB(mixB(b, l), h);
  }
  finish(a, b, n);
}

/**
 * Functions hash as (domain element, value) pairs whatever their representation; a tuple's
 * domain element i+1 hashes as the integer, a record's field as the string.
 */
function fpFunction(f: TupleValue | RecordValue | FcnValue): void {
  const values = f.kind === "tuple" ? f.elems : f.values;
  const n = values.length;
  let a = mixA(SEED_A, TAG_FCN);
  let b = mixB(SEED_B, TAG_FCN);
  a = mixA(a, n);
  b = mixB(b, n);
  for (let i = 0; i < n; i++) {
    if (f.kind === "tuple") fpInt(i + 1);
    else if (f.kind === "record") fpChars(TAG_STRING, f.fields[i]!);
    else fp(f.domain[i]!);
    a = mixA(mixA(a, rHi), rLo);
    b = mixB(mixB(b, rLo), rHi);
    fp(values[i]!);
    a = mixA(mixA(a, rHi), rLo);
    b = mixB(mixB(b, rLo), rHi);
  }
  finish(a, b, n);
}

function fp(v: Value): void {
  switch (v.kind) {
    case "bool":
      fpInt(v.value ? 1 : 0);
      rHi = (rHi ^ TAG_BOOL) >>> 0;
      return;
    case "int":
      return fpInt(v.value);
    case "string":
      if (cached(v)) return;
      fpChars(TAG_STRING, v.value);
      return store(v);
    case "model":
      return fpChars(TAG_MODEL, v.name);
    case "set":
      if (cached(v)) return;
      fpElems(TAG_SET, v.mixed ? normalizeSet(v).elems : v.elems);
      return store(v);
    case "tuple":
    case "record":
    case "fcn":
      if (cached(v)) return;
      fpFunction(v);
      return store(v);
    case "interval":
      return fpIntRange(v.lo, v.hi);
    case "nat":
      return fpChars(TAG_NAT, "Nat");
    case "int-set":
      return fpChars(TAG_INTSET, "Int");
    case "string-set":
      return fpChars(TAG_STRINGSET, "STRING");
    case "seq-set": {
      if (isEmptySet(v.base)) return fpElems(TAG_SET, normalizeSet(v).elems);
      fp(v.base);
      const h = rHi;
      const l = rLo;
      finish(mixA(mixA(mixA(SEED_A, TAG_SEQSET), h), l), mixB(mixB(mixB(SEED_B, TAG_SEQSET), l), h), 2);
      return;
    }
    case "subset":
    case "union-all":
    case "fcn-set":
    case "record-set":
    case "product":
    case "cup":
    case "cap":
    case "diff":
    case "filter":
    case "map":
      return fpElems(TAG_SET, normalizeSet(v).elems);
    case "operator":
      return evalError(`Attempted to fingerprint the operator ${v.name}, which is not a value.`);
    default:
      return unreachable(v);
  }
}

function isEmptySet(s: Value): boolean {
  switch (s.kind) {
    case "nat":
    case "int-set":
    case "string-set":
      return false;
    case "interval":
      return s.hi < s.lo;
    default:
      return normalizeSet(s).elems.length === 0;
  }
}

export function fingerprintInto(v: Value, out: Uint32Array, offset = 0): void {
  fp(v);
  out[offset] = rHi;
  out[offset + 1] = rLo;
}

export function fingerprintValue(v: Value): Fingerprint {
  fp(v);
  return { hi: rHi, lo: rLo };
}

export function fingerprintStateInto(values: readonly Value[], out: Uint32Array, offset = 0): void {
  fpElems(TAG_STATE, values);
  out[offset] = rHi;
  out[offset + 1] = rLo;
}

export function fingerprintState(values: readonly Value[]): Fingerprint {
  fpElems(TAG_STATE, values);
  return { hi: rHi, lo: rLo };
}
