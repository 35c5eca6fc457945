import type { RecordValue, TupleValue, FcnValue, Value } from "./value.ts";
import { compareValues } from "./compare.ts";
import { EMPTY_TUPLE, fcnFromCanonical, recordFromCanonical, tupleOf } from "./constructors.ts";
import { evalError } from "./errors.ts";
import { showValue } from "./print.ts";

export type FunctionValue = TupleValue | RecordValue | FcnValue;

/**
 * The function mapping `domain[i]` to `values[i]`, normalised as value.ts requires: sorted by
 * domain; a domain 1..n gives a tuple, a non-empty all-string domain a record, anything else a
 * `fcn`. A domain element given twice is TLC's error.
 */
export function fcnOf(domain: readonly Value[], values: readonly Value[]): FunctionValue {
  const n = domain.length;
  if (n !== values.length) throw new Error("fcnOf: domain and values differ in length");
  if (n === 0) return EMPTY_TUPLE;
  if (isOneToN(domain)) {
    const elems = new Array<Value>(n);
    for (let i = 0; i < n; i++) elems[(domain[i] as { value: number }).value - 1] = values[i]!;
    return tupleOf(elems);
  }
  const idx = new Array<number>(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  idx.sort((i, j) => compareValues(domain[i]!, domain[j]!));
  const d = idx.map((i) => domain[i]!);
  const v = idx.map((i) => values[i]!);
  for (let i = 1; i < n; i++) {
    if (compareValues(d[i - 1]!, d[i]!) === 0) evalError("The value", showValue(d[i]!), "occurs multiple times in the function domain.");
  }
  return fcnFromSorted(d, v);
}

/**
 * Classifies a function whose domain is already sorted canonically and distinct (for instance
 * the elements of a normalised set): tuple, record or fcn. Pass `intervalDomain` when the
 * domain was an interval value (`[x \in 5..6 |-> e]`), so that DOMAIN prints as TLC prints it.
 */
export function fcnFromSorted(domain: readonly Value[], values: readonly Value[], intervalDomain = false): FunctionValue {
  const n = domain.length;
  if (n === 0) return EMPTY_TUPLE;
  const first = domain[0]!;
  if (first.kind === "int") {
    if (first.value === 1 && isSortedOneToN(domain)) return tupleOf(values);
    return fcnFromCanonical(domain, values, intervalDomain);
  }
  if (first.kind === "string") {
    let allStrings = true;
    for (let i = 1; i < n; i++) {
      if (domain[i]!.kind !== "string") {
        allStrings = false;
        break;
      }
    }
    if (allStrings) return recordFromCanonical(domain.map((s) => (s as { value: string }).value), values);
  }
  return fcnFromCanonical(domain, values);
}

/** `[f1 |-> v1, ...]`: sorts the fields; a repeated field is TLC's error. */
export function recordOf(fields: readonly string[], values: readonly Value[]): FunctionValue {
  const n = fields.length;
  if (n !== values.length) throw new Error("recordOf: fields and values differ in length");
  if (n === 0) return EMPTY_TUPLE;
  let sorted = true;
  for (let i = 1; i < n; i++) {
    if (!(fields[i - 1]! < fields[i]!)) {
      sorted = false;
      break;
    }
  }
  if (sorted) return recordFromCanonical(fields.slice(), values.slice());
  const idx = fields.map((_, i) => i).sort((i, j) => (fields[i]! < fields[j]! ? -1 : fields[i]! > fields[j]! ? 1 : 0));
  for (let i = 1; i < n; i++) {
    if (fields[idx[i]!] === fields[idx[i - 1]!]) evalError(`Field name ${fields[idx[i]!]} occurs multiple times in record.`);
  }
  return recordFromCanonical(
    idx.map((i) => fields[i]!),
    idx.map((i) => values[i]!),
  );
}

function isOneToN(domain: readonly Value[]): boolean {
  const n = domain.length;
  const seen = new Uint8Array(n + 1);
  for (const d of domain) {
    if (d.kind !== "int" || d.value < 1 || d.value > n || seen[d.value]) return false;
    seen[d.value] = 1;
  }
  return true;
}

function isSortedOneToN(domain: readonly Value[]): boolean {
  for (let i = 0; i < domain.length; i++) {
    const d = domain[i]!;
    if (d.kind !== "int" || d.value !== i + 1) return false;
  }
  return true;
}
