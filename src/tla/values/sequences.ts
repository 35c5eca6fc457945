import type { IntValue, TupleValue, Value } from "./value.ts";
import { isSetLike } from "./value.ts";
import { EMPTY_TUPLE, int, seqSet, str, tupleOf } from "./constructors.ts";
import { evalError } from "./errors.ts";
import { showValue } from "./print.ts";

/**
 * The Sequences module. Sequences are tuples (functions on 1..n, normalised so by fcnOf).
 * Strings count as sequences of characters for Len, \o and SubSeq only, as in TLC: `Len("abc")`
 * is 3 and `"ab" \o "cd"` is "abcd", but `Head("abc")` and `Append("ab", "c")` are errors.
 */

function seqArg(s: Value, message: string): TupleValue {
  if (s.kind === "tuple") return s;
  return evalError(message, showValue(s));
}

export function len(s: Value): IntValue {
  if (s.kind === "tuple") return int(s.elems.length);
  if (s.kind === "string") return int(s.value.length);
  return evalError("The argument of Len should be a sequence, but instead it is:", showValue(s));
}

export function append(s: Value, e: Value): TupleValue {
  const t = seqArg(s, "Evaluating an expression of the form Append(s, v) when s is not a sequence:");
  const elems = t.elems.slice();
  elems.push(e);
  return tupleOf(elems);
}

export function head(s: Value): Value {
  const t = seqArg(s, "The argument of Head should be a sequence, but instead it is:");
  if (t.elems.length === 0) evalError("Attempted to apply Head to the empty sequence.");
  return t.elems[0]!;
}

export function tail(s: Value): TupleValue {
  const t = seqArg(s, "The argument of Tail should be a sequence, but instead it is:");
  if (t.elems.length === 0) evalError("Attempted to apply Tail to the empty sequence.");
  return tupleOf(t.elems.slice(1));
}

/** `s \o t`: two sequences or two strings. */
export function concat(s: Value, t: Value): Value {
  if (s.kind === "string" && t.kind === "string") return str(s.value + t.value);
  const a = seqArg(s, "The first argument of \\o should be a sequence, but instead it is:");
  const b = seqArg(t, "The second argument of \\o should be a sequence, but instead it is:");
  if (a.elems.length === 0) return b;
  if (b.elems.length === 0) return a;
  return tupleOf(a.elems.concat(b.elems));
}

/** `SubSeq(s, m, n)`: empty when m > n; otherwise m and n must lie in 1..Len(s). */
export function subSeq(s: Value, m: Value, n: Value): Value {
  if (m.kind !== "int") return evalError("The second argument of SubSeq should be an integer, but instead it is:", showValue(m));
  if (n.kind !== "int") return evalError("The third argument of SubSeq should be an integer, but instead it is:", showValue(n));
  const length = s.kind === "string" ? s.value.length : seqArg(s, "The first argument of SubSeq should be a sequence, but instead it is:").elems.length;
  const lo = m.value;
  const hi = n.value;
  if (lo > hi) return s.kind === "string" ? str("") : EMPTY_TUPLE;
  if (lo < 1 || lo > length) {
    evalError("The second argument of SubSeq must be in the domain of its first argument:", showValue(s), ", but instead it is", String(lo));
  }
  if (hi < 1 || hi > length) {
    evalError("The third argument of SubSeq must be in the domain of its first argument:", showValue(s), ", but instead it is", String(hi));
  }
  if (s.kind === "string") return str(s.value.slice(lo - 1, hi));
  return tupleOf((s as TupleValue).elems.slice(lo - 1, hi));
}

/** `SelectSeq(s, Test)`; `test` is the evaluator's application of the operator argument. */
export function selectSeq(s: Value, test: (e: Value) => boolean): TupleValue {
  const t = seqArg(s, "The first argument of SelectSeq should be a sequence, but instead it is:");
  return tupleOf(t.elems.filter((e) => test(e)));
}

/** `Seq(S)`, symbolic. */
export function seqOf(s: Value): Value {
  if (!isSetLike(s)) evalError("The argument of Seq should be a set, but instead it is:", showValue(s));
  return seqSet(s);
}
