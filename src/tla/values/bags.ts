import type { BoolValue, IntValue, Value } from "./value.ts";
import { isFunctionLike } from "./value.ts";
import { EMPTY_TUPLE, bool, int, setFromCanonical } from "./constructors.ts";
import { compareValues } from "./compare.ts";
import { valuesEqual } from "./equal.ts";
import { normalizeSet } from "./enumerate.ts";
import { evalError } from "./errors.ts";
import { fcnFromSorted } from "./fcn-of.ts";
import { domainElems } from "./functions.ts";
import { showValue } from "./print.ts";
import { setOfStrict } from "./set-of.ts";

/**
 * The Bags module: a bag is a function from its elements to positive integer counts. Each
 * operator follows its definition in Bags.tla; the results are normalised functions.
 */

interface Counts {
  readonly elems: readonly Value[];
  readonly counts: readonly number[];
}

function counts(b: Value, op: string): Counts {
  if (!isFunctionLike(b)) return evalError(`The argument of ${op} should be a bag, but instead it is:`, showValue(b));
  const elems = domainElems(b);
  const values = b.kind === "tuple" ? b.elems : b.values;
  return {
    elems,
    counts: values.map((v) => {
      if (v.kind !== "int") return evalError(`The argument of ${op} should be a bag, but instead it is:`, showValue(b));
      return v.value;
    }),
  };
}

function bagOf(elems: readonly Value[], ns: readonly number[]): Value {
  const keep = elems.map((_, i) => i).filter((i) => ns[i]! > 0);
  return fcnFromSorted(
    keep.map((i) => elems[i]!),
    keep.map((i) => int(ns[i]!)),
  );
}

export const EMPTY_BAG: Value = EMPTY_TUPLE;

export function isABag(b: Value): BoolValue {
  if (!isFunctionLike(b)) return bool(false);
  const values = b.kind === "tuple" ? b.elems : b.values;
  return bool(values.every((v) => v.kind === "int" && v.value > 0));
}

export function bagToSet(b: Value): Value {
  return setFromCanonical(counts(b, "BagToSet").elems);
}

export function setToBag(s: Value): Value {
  const elems = normalizeSet(s).elems;
  return fcnFromSorted(
    elems,
    elems.map(() => int(1)),
  );
}

export function copiesIn(e: Value, b: Value): IntValue {
  const { elems, counts: ns } = counts(b, "CopiesIn");
  for (let i = 0; i < elems.length; i++) if (valuesEqual(elems[i]!, e)) return int(ns[i]!);
  return int(0);
}

export function bagIn(e: Value, b: Value): BoolValue {
  return bool(copiesIn(e, b).value > 0);
}

/** `B1 (+) B2` and `B1 (-) B2`: counts added or subtracted, non-positive counts dropped. */
function combine(a: Value, b: Value, sign: 1 | -1, op: string): Value {
  const x = counts(a, op);
  const y = counts(b, op);
  const elems: Value[] = [];
  const ns: number[] = [];
  let i = 0;
  let j = 0;
  while (i < x.elems.length || j < y.elems.length) {
    const c = i >= x.elems.length ? 1 : j >= y.elems.length ? -1 : compareValues(x.elems[i]!, y.elems[j]!);
    if (c < 0) {
      elems.push(x.elems[i]!);
      ns.push(x.counts[i++]!);
    } else if (c > 0) {
      if (sign === 1) {
        elems.push(y.elems[j]!);
        ns.push(y.counts[j]!);
      }
      j++;
    } else {
      elems.push(x.elems[i]!);
      ns.push(x.counts[i++]! + sign * y.counts[j++]!);
    }
  }
  return bagOf(elems, ns);
}

export function bagAdd(a: Value, b: Value): Value {
  return combine(a, b, 1, "(+)");
}

export function bagSubtract(a: Value, b: Value): Value {
  return combine(a, b, -1, "(-)");
}

/** `BagUnion(S)`: the (+) of every bag in S. */
export function bagUnion(s: Value): Value {
  return normalizeSet(s).elems.reduce((acc, b) => bagAdd(acc, b), EMPTY_BAG);
}

/** `B1 \sqsubseteq B2` */
export function subBagEq(a: Value, b: Value): BoolValue {
  const x = counts(a, "\\sqsubseteq");
  return bool(x.elems.every((e, i) => x.counts[i]! <= copiesIn(e, b).value));
}

export function bagCardinality(b: Value): IntValue {
  return int(counts(b, "BagCardinality").counts.reduce((acc, n) => acc + n, 0));
}

/** `BagOfAll(F, B)`: `f` is the evaluator's application of F. */
export function bagOfAll(f: (v: Value) => Value, b: Value): Value {
  const { elems, counts: ns } = counts(b, "BagOfAll");
  let acc: Value = EMPTY_BAG;
  elems.forEach((e, i) => (acc = bagAdd(acc, fcnFromSorted([f(e)], [int(ns[i]!)]))));
  return acc;
}

/** `SubBag(B)`: every bag below B, enumerated. */
export function subBags(b: Value): Value {
  const { elems, counts: ns } = counts(b, "SubBag");
  let out: Value[] = [EMPTY_BAG];
  elems.forEach((e, i) => {
    const next: Value[] = [];
    for (const partial of out) {
      next.push(partial);
      for (let n = 1; n <= ns[i]!; n++) next.push(bagAdd(partial, fcnFromSorted([e], [int(n)])));
    }
    out = next;
  });
  return setOfStrict(out);
}

