import type { SetValue, Value } from "./value.ts";
import { compareValues } from "./compare.ts";
import { EMPTY_SET } from "./constructors.ts";
import { isEvalError } from "./errors.ts";

/**
 * `{e1, ..., en}`: sorts canonically and drops duplicates. As in TLC, a set whose elements
 * cannot be compared (`{1, "a"}`) is still built, marked `mixed`; it fails only when its normal
 * form is needed (see value.ts).
 */
export function setOf(values: readonly Value[]): SetValue {
  try {
    return setOfStrict(values);
  } catch (e) {
    if (!isEvalError(e)) throw e;
    return { kind: "set", elems: values.slice(), mixed: true };
  }
}

/** Like setOf, but an incomparable pair of elements is the evaluation error right away. */
export function setOfStrict(values: readonly Value[]): SetValue {
  const n = values.length;
  if (n === 0) return EMPTY_SET;
  if (n === 1) return { kind: "set", elems: [values[0]!] };
  if (allInts(values)) return { kind: "set", elems: sortedInts(values) };
  const sorted = values.slice().sort(compareValues);
  const out: Value[] = [sorted[0]!];
  for (let i = 1; i < n; i++) {
    const v = sorted[i]!;
    if (compareValues(out[out.length - 1]!, v) !== 0) out.push(v);
  }
  return { kind: "set", elems: out };
}

function allInts(values: readonly Value[]): boolean {
  for (const v of values) if (v.kind !== "int") return false;
  return true;
}

function sortedInts(values: readonly Value[]): Value[] {
  const sorted = values.slice().sort((a, b) => (a as { value: number }).value - (b as { value: number }).value);
  const out: Value[] = [sorted[0]!];
  for (let i = 1; i < sorted.length; i++) {
    const v = sorted[i]!;
    if ((v as { value: number }).value !== (out[out.length - 1] as { value: number }).value) out.push(v);
  }
  return out;
}

/**
 * Merges two canonical element lists into one (set union). Incomparable elements raise TLC's
 * error, as `{1} \cup {"a"}` does.
 */
export function mergeCanonical(x: readonly Value[], y: readonly Value[]): readonly Value[] {
  if (x.length === 0) return y;
  if (y.length === 0) return x;
  const out: Value[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const c = compareValues(x[i]!, y[j]!);
    if (c < 0) out.push(x[i++]!);
    else if (c > 0) out.push(y[j++]!);
    else {
      out.push(x[i++]!);
      j++;
    }
  }
  while (i < x.length) out.push(x[i++]!);
  while (j < y.length) out.push(y[j++]!);
  return out;
}
