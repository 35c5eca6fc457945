import type { Value } from "./value.ts";
import { unreachable } from "./value.ts";
import { normalizeSet } from "./enumerate.ts";
import { evalError } from "./errors.ts";
import { showValue } from "./print.ts";

/**
 * The FiniteSets module: Cardinality and IsFiniteSet, computed without materialising the set
 * where the size follows from its parts (intervals, SUBSET, [S -> T], [a : S], S \X T).
 */

/** Cardinality(S); TLC's error for an infinite set and for a set that cannot be normalised. */
export function cardinality(s: Value): number {
  switch (s.kind) {
    case "set":
      return s.mixed ? normalizeSet(s).elems.length : s.elems.length;
    case "interval":
      return s.hi < s.lo ? 0 : s.hi - s.lo + 1;
    case "nat":
    case "int-set":
    case "string-set":
      return infinite(s);
    case "seq-set":
      if (cardinality(s.base) === 0) return 1;
      return infinite(s);
    case "subset":
      return checked(2 ** cardinality(s.base), s);
    case "fcn-set": {
      const d = cardinality(s.domain);
      const r = cardinality(s.range);
      return checked(r ** d, s);
    }
    case "record-set":
      return checked(
        s.sets.reduce((acc, x) => acc * cardinality(x), 1),
        s,
      );
    case "product":
      return checked(
        s.sets.reduce((acc, x) => acc * cardinality(x), 1),
        s,
      );
    case "union-all":
    case "cup":
    case "cap":
    case "diff":
    case "filter":
    case "map":
      if (!isFiniteSet(s)) return infinite(s);
      return normalizeSet(s).elems.length;
    case "bool":
    case "int":
    case "string":
    case "model":
    case "tuple":
    case "record":
    case "fcn":
    case "operator":
      return evalError("Attempted to compute cardinality of the non-set value", showValue(s));
    default:
      return unreachable(s);
  }
}

/**
 * IsFiniteSet(S). `IsFiniteSet(Nat)` is FALSE, not an error. A filter or map over an infinite
 * set cannot be decided and is an error, as in TLC.
 */
export function isFiniteSet(s: Value): boolean {
  switch (s.kind) {
    case "set":
    case "interval":
      return true;
    case "nat":
    case "int-set":
    case "string-set":
      return false;
    case "seq-set":
      return isFiniteSet(s.base) && cardinality(s.base) === 0;
    case "subset":
      return isFiniteSet(s.base);
    case "union-all":
      if (!isFiniteSet(s.base)) return false;
      return normalizeSet(s.base).elems.every(isFiniteSet);
    case "fcn-set":
      return isFiniteSet(s.domain) && isFiniteSet(s.range);
    case "record-set":
    case "product":
      return s.sets.every(isFiniteSet);
    case "cup":
      return isFiniteSet(s.left) && isFiniteSet(s.right);
    case "cap":
      return isFiniteSet(s.left) || isFiniteSet(s.right);
    case "diff":
      if (isFiniteSet(s.left)) return true;
      return evalError("Attempted to check if the set difference is finite:", showValue(s));
    case "filter":
    case "map":
      if (isFiniteSet(s.base)) return true;
      return evalError("Attempted to check if a set built from an infinite set is finite:", showValue(s));
    case "bool":
    case "int":
    case "string":
    case "model":
    case "tuple":
    case "record":
    case "fcn":
    case "operator":
      return evalError("Attempted to check if the non-set value is a finite set:", showValue(s));
    default:
      return unreachable(s);
  }
}

function infinite(s: Value): never {
  return evalError("Attempted to compute cardinality of the value", showValue(s));
}

function checked(n: number, s: Value): number {
  if (!Number.isSafeInteger(n)) evalError(`Overflow when computing the cardinality of ${showValue(s)}.`);
  return n;
}
