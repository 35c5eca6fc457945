import type { Value } from "./value.ts";
import { isSetLike } from "./value.ts";
import { capOf, cupOf, diffOf, product, setFromCanonical, subsetOf, unionOf } from "./constructors.ts";
import { normalizeSet } from "./enumerate.ts";
import { evalError } from "./errors.ts";
import { isMember } from "./membership.ts";
import { showValue } from "./print.ts";
import { mergeCanonical } from "./set-of.ts";

/**
 * Set algebra. Enumerated operands (sets, intervals) give an enumerated result at once, which
 * keeps model-checking states small and canonical; any symbolic operand gives a symbolic result
 * (`Int \ {0}`, `{1, 2} \cup Nat`) whose membership is decided without enumerating.
 * Incomparable elements fail as in TLC: `{1} \cup {"a"}` is an error.
 */

function setArg(v: Value, op: string, position: "first" | "second" = "first"): Value {
  if (isSetLike(v)) return v;
  return evalError(`The ${position} argument of ${op} should be a set, but instead it is:`, showValue(v));
}

/** Sets whose elements are at hand without a search: enumerated sets and intervals. */
function isConcrete(v: Value): boolean {
  return v.kind === "set" || v.kind === "interval";
}

/** `a \cup b` */
export function union(a: Value, b: Value): Value {
  setArg(a, "\\cup");
  setArg(b, "\\cup", "second");
  if (isConcrete(a) && isConcrete(b)) return setFromCanonical(mergeCanonical(normalizeSet(a).elems, normalizeSet(b).elems));
  return cupOf(a, b);
}

/** `a \cap b` */
export function intersect(a: Value, b: Value): Value {
  setArg(a, "\\cap");
  setArg(b, "\\cap", "second");
  if (isConcrete(a)) return setFromCanonical(normalizeSet(a).elems.filter((x) => isMember(x, b)));
  if (isConcrete(b)) return setFromCanonical(normalizeSet(b).elems.filter((x) => isMember(x, a)));
  return capOf(a, b);
}

/** `a \ b` */
export function difference(a: Value, b: Value): Value {
  setArg(a, "\\");
  setArg(b, "\\", "second");
  if (isConcrete(a)) return setFromCanonical(normalizeSet(a).elems.filter((x) => !isMember(x, b)));
  return diffOf(a, b);
}

/** `SUBSET s`, symbolic: `{1} \in SUBSET Nat` needs no enumeration. */
export function powerset(s: Value): Value {
  return subsetOf(setArg(s, "SUBSET"));
}

/** `UNION s`: merged at once when `s` is an enumerated set of enumerated sets. */
export function unionAll(s: Value): Value {
  setArg(s, "UNION");
  if (s.kind === "set" && !s.mixed && s.elems.every(isConcrete)) {
    let acc: readonly Value[] = [];
    for (const member of s.elems) acc = mergeCanonical(acc, normalizeSet(member).elems);
    return setFromCanonical(acc);
  }
  if (s.kind === "set" && !s.mixed) {
    for (const member of s.elems) setArg(member, "UNION");
  }
  return unionOf(s);
}

/** `s1 \X s2 \X ...`, symbolic (TLC's SetOfTuplesValue). */
export function cartesian(sets: readonly Value[]): Value {
  sets.forEach((s, i) => setArg(s, "\\X", i === 0 ? "first" : "second"));
  return product(sets);
}
