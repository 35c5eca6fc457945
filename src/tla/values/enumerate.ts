import type { SetValue, Value } from "./value.ts";
import { unreachable } from "./value.ts";
import { EMPTY_SET, EMPTY_TUPLE, int, recordFromCanonical, setFromCanonical, tupleOf } from "./constructors.ts";
import { evalError, isEvalError } from "./errors.ts";
import { isFiniteSet } from "./finite-sets.ts";
import { fcnFromSorted } from "./fcn-of.ts";
import { isMember } from "./membership.ts";
import { showValue } from "./print.ts";
import { mergeCanonical, setOfStrict } from "./set-of.ts";

/** Above this many elements an enumeration is refused rather than exhausting memory. */
export const MAX_ENUMERATION = 1 << 24;

/**
 * Any set value as an enumerated set in normal form: elements sorted canonically, no
 * duplicates. This is the order CHOOSE, \E and \A use. Fails with TLC's evaluation errors for
 * infinite sets, a non-set, and a `mixed` set whose elements cannot be compared.
 */
export function normalizeSet(s: Value): SetValue {
  switch (s.kind) {
    case "set":
      return s.mixed ? setOfStrict(s.elems) : s;
    case "interval": {
      if (s.hi < s.lo) return EMPTY_SET;
      checkSize(s.hi - s.lo + 1, s);
      const out = new Array<Value>(s.hi - s.lo + 1);
      for (let i = s.lo; i <= s.hi; i++) out[i - s.lo] = int(i);
      return setFromCanonical(out);
    }
    case "nat":
    case "int-set":
    case "string-set":
      return evalError(`Attempted to enumerate ${showValue(s)}, which has infinitely many elements.`);
    case "seq-set": {
      if (normalizeSet(s.base).elems.length === 0) return setFromCanonical([EMPTY_TUPLE]);
      return evalError(`Attempted to enumerate ${showValue(s)}, which has infinitely many elements.`);
    }
    case "subset":
      return setFromCanonical(subsets(normalizeSet(s.base).elems, s));
    case "union-all": {
      let acc: readonly Value[] = [];
      for (const member of normalizeSet(s.base).elems) acc = mergeCanonical(acc, normalizeSet(member).elems);
      return setFromCanonical(acc);
    }
    case "fcn-set": {
      const dom = normalizeSet(s.domain).elems;
      const range = normalizeSet(s.range).elems;
      const overInterval = s.domain.kind === "interval";
      return setFromCanonical(odometer(dom.map(() => range), s, (vals) => fcnFromSorted(dom, vals, overInterval)));
    }
    case "record-set": {
      const sets = s.sets.map((x) => normalizeSet(x).elems);
      if (s.fields.length === 0) return setFromCanonical([EMPTY_TUPLE]);
      return setFromCanonical(odometer(sets, s, (vals) => recordFromCanonical(s.fields, vals)));
    }
    case "product": {
      const sets = s.sets.map((x) => normalizeSet(x).elems);
      return setFromCanonical(odometer(sets, s, (vals) => tupleOf(vals)));
    }
    case "cup":
      return setFromCanonical(mergeCanonical(normalizeSet(s.left).elems, normalizeSet(s.right).elems));
    case "cap": {
      // Enumerate whichever side can be: `Nat \cap {-1, 0, 1}` and `{-1, 0, 1} \cap Nat` alike.
      const [enumerated, other] = isEnumerableCheaply(s.left) || !knownFinite(s.right) ? [s.left, s.right] : [s.right, s.left];
      return setFromCanonical(normalizeSet(enumerated).elems.filter((x) => isMember(x, other)));
    }
    case "diff":
      return setFromCanonical(normalizeSet(s.left).elems.filter((x) => !isMember(x, s.right)));
    case "filter":
      return setFromCanonical(normalizeSet(s.base).elems.filter((x) => s.pred(x)));
    case "map":
      return setOfStrict(normalizeSet(s.base).elems.map((x) => s.fn(x)));
    case "bool":
    case "int":
    case "string":
    case "model":
    case "tuple":
    case "record":
    case "fcn":
    case "operator":
      return evalError("Attempted to enumerate a value that is not a set:", showValue(s));
    default:
      return unreachable(s);
  }
}

/** The elements of a set in canonical order (see normalizeSet). */
export function enumerate(s: Value): readonly Value[] {
  return normalizeSet(s).elems;
}

/** A set known to be finite; undecidable cases count as not known. */
function knownFinite(s: Value): boolean {
  try {
    return isFiniteSet(s);
  } catch (e) {
    if (isEvalError(e)) return false;
    throw e;
  }
}

/** Sets whose normal form needs no search over an infinite base (used to pick a side of \cap). */
function isEnumerableCheaply(s: Value): boolean {
  return s.kind === "set" || s.kind === "interval";
}

function checkSize(n: number, s: Value): void {
  if (n > MAX_ENUMERATION) {
    evalError(`Attempted to enumerate ${showValue(s)}, which has ${n} elements: more than the ${MAX_ENUMERATION} this engine enumerates.`);
  }
}

/**
 * SUBSET in canonical order: by cardinality, then element-wise. The base is sorted, so the
 * k-element subsets taken in lexicographic order of their index combinations are already sorted.
 */
function subsets(base: readonly Value[], s: Value): Value[] {
  const n = base.length;
  checkSize(2 ** n, s);
  const out: Value[] = [EMPTY_SET];
  const idx: number[] = [];
  for (let k = 1; k <= n; k++) {
    for (let i = 0; i < k; i++) idx[i] = i;
    idx.length = k;
    for (;;) {
      out.push(setFromCanonical(idx.map((i) => base[i]!)));
      let p = k - 1;
      while (p >= 0 && idx[p] === n - k + p) p--;
      if (p < 0) break;
      idx[p]!++;
      for (let q = p + 1; q < k; q++) idx[q] = idx[q - 1]! + 1;
    }
  }
  return out;
}

/**
 * Every combination of one element from each list, the last list varying fastest: for sorted
 * lists this is lexicographic, hence canonical, order for tuples, records and functions over a
 * common domain.
 */
function odometer(lists: readonly (readonly Value[])[], s: Value, make: (vals: Value[]) => Value): Value[] {
  let total = 1;
  for (const l of lists) total *= l.length;
  if (total === 0) return [];
  checkSize(total, s);
  const k = lists.length;
  const idx = new Array<number>(k).fill(0);
  const out = new Array<Value>(total);
  for (let n = 0; n < total; n++) {
    const vals = new Array<Value>(k);
    for (let i = 0; i < k; i++) vals[i] = lists[i]![idx[i]!]!;
    out[n] = make(vals);
    for (let p = k - 1; p >= 0; p--) {
      if (++idx[p]! < lists[p]!.length) break;
      idx[p] = 0;
    }
  }
  return out;
}
