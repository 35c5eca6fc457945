import type { BoolValue, StringValue, Value } from "./value.ts";
import { TRUE, str, tupleOf } from "./constructors.ts";
import { valuesEqual } from "./equal.ts";
import { normalizeSet } from "./enumerate.ts";
import { evalError } from "./errors.ts";
import { fcnFromSorted } from "./fcn-of.ts";
import { showValue, toStringText } from "./print.ts";
import { setOfStrict } from "./set-of.ts";

/**
 * The TLC module's value operators. Print, PrintT (output) and TLCGet/TLCSet (state) belong to
 * the evaluator; these are pure.
 */

/**
 * `Permutations(S)`: every bijection from S to S, as functions (tuples when S = 1..n):
 * `Permutations({m1, m2})` prints `{(m1 :> m1 @@ m2 :> m2), (m1 :> m2 @@ m2 :> m1)}`.
 */
export function permutations(s: Value): Value {
  const elems = normalizeSet(s).elems;
  const n = elems.length;
  if (n > 10) evalError(`Attempted to compute Permutations of a set with ${n} elements (${factorial(n)} permutations): too many.`);
  const out: Value[] = [];
  const used = new Array<boolean>(n).fill(false);
  const current: Value[] = [];
  const extend = (): void => {
    if (current.length === n) {
      out.push(fcnFromSorted(elems, current.slice()));
      return;
    }
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      used[i] = true;
      current.push(elems[i]!);
      extend();
      current.pop();
      used[i] = false;
    }
  };
  extend();
  return setOfStrict(out);
}

function factorial(n: number): number {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return f;
}

/**
 * `SortSeq(s, Op)`: a stable sort of the sequence where `lessThan(a, b)` is the evaluator's
 * application of Op. As in TLC, a pair neither less than the other nor equal is ordered after.
 */
export function sortSeq(s: Value, lessThan: (a: Value, b: Value) => boolean): Value {
  if (s.kind !== "tuple") return evalError("The first argument of SortSeq should be a sequence, but instead it is:", showValue(s));
  const sorted = s.elems.slice().sort((a, b) => (lessThan(a, b) ? -1 : valuesEqual(a, b) ? 0 : 1));
  return tupleOf(sorted);
}

/** `ToString(v)`: the value as TLC prints it, as a string. */
export function toStringValue(v: Value): StringValue {
  return str(toStringText(v));
}

/** `Assert(cond, out)` */
export function assertTlc(cond: Value, out: Value): BoolValue {
  if (cond.kind !== "bool") return evalError("The first argument of Assert should be a boolean, but instead it is:", showValue(cond));
  if (!cond.value) evalError("The first argument of Assert evaluated to FALSE; the second argument was:", showValue(out));
  return TRUE;
}
