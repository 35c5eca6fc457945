import type { FcnValue, RecordValue, TupleValue, Value } from "./value.ts";
import { isFunctionLike, isSetLike } from "./value.ts";
import { compareValues } from "./compare.ts";
import { fcnFromCanonical, fcnSet, int, recordFromCanonical, recordSet, str, tupleOf } from "./constructors.ts";
import { valuesEqual } from "./equal.ts";
import { evalError } from "./errors.ts";
import { fcnFromSorted, fcnOf } from "./fcn-of.ts";
import { domainOf } from "./membership.ts";
import { showValue } from "./print.ts";

/**
 * Function operations: application, DOMAIN, EXCEPT, TLC's `:>` and `@@`, and the function and
 * record set constructors. Functions arrive normalised (tuple, record or fcn; see value.ts).
 */

type Fn = TupleValue | RecordValue | FcnValue;

function fnArg(f: Value, what: string): Fn {
  if (isFunctionLike(f)) return f;
  return evalError(`Attempted to ${what} a value that is not a function:`, showValue(f));
}

/** `f[arg]`, with TLC's errors for an argument outside the domain. */
export function apply(f: Value, arg: Value): Value {
  switch (f.kind) {
    case "tuple": {
      if (arg.kind !== "int") return evalError(`Attempted to access tuple at a non integral index: ${showValue(arg)}`);
      const i = arg.value;
      if (i < 1 || i > f.elems.length) evalError(`Attempted to access index ${i} of tuple`, showValue(f), "which is out of bounds.");
      return f.elems[i - 1]!;
    }
    case "record":
      if (arg.kind !== "string") return evalError(`Attempted to access record by a non-string argument: ${showValue(arg)}`);
      return field(f, arg.value);
    case "fcn": {
      const i = indexIn(f.domain, arg);
      if (i < 0) evalError("Attempted to apply function:", showValue(f), `to argument ${showValue(arg)}, which is not in the domain of the function.`);
      return f.values[i]!;
    }
    default:
      return evalError("Attempted to apply a value that is not a function:", showValue(f), `to the argument ${showValue(arg)}.`);
  }
}

/** `r.name` */
export function field(r: Value, name: string): Value {
  if (r.kind === "record") {
    const fields = r.fields;
    for (let i = 0; i < fields.length; i++) if (fields[i] === name) return r.values[i]!;
    return evalError(`Attempted to access nonexistent field '${name}' of record`, showValue(r));
  }
  if (r.kind === "fcn" || r.kind === "tuple") return apply(r, str(name));
  return evalError(`Attempted to access field '${name}' of a value that is not a record:`, showValue(r));
}

/** Index of `arg` in a canonical domain, or -1. */
function indexIn(domain: readonly Value[], arg: Value): number {
  if (domain.length <= 8) {
    for (let i = 0; i < domain.length; i++) if (valuesEqual(domain[i]!, arg)) return i;
    return -1;
  }
  let lo = 0;
  let hi = domain.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareValues(domain[mid]!, arg);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** `DOMAIN f` (tuples give the interval 1..n). */
export function domain(f: Value): Value {
  return domainOf(f);
}

/**
 * `[f EXCEPT ![a][b] = e]`: `update` receives the old value at the path (`@`) and returns the
 * new one. A path step outside the domain leaves the function unchanged (TLC: quirk 8); several
 * updates in one EXCEPT are successive calls, so later ones see earlier ones.
 */
export function except(f: Value, path: readonly Value[], update: (old: Value) => Value, from = 0): Value {
  if (from >= path.length) return update(f);
  const arg = path[from]!;
  switch (f.kind) {
    case "tuple": {
      if (arg.kind !== "int" || arg.value < 1 || arg.value > f.elems.length) return f;
      const elems = f.elems.slice();
      elems[arg.value - 1] = except(f.elems[arg.value - 1]!, path, update, from + 1);
      return tupleOf(elems);
    }
    case "record": {
      if (arg.kind !== "string") return f;
      const i = f.fields.indexOf(arg.value);
      if (i < 0) return f;
      const values = f.values.slice();
      values[i] = except(f.values[i]!, path, update, from + 1);
      return recordFromCanonical(f.fields, values);
    }
    case "fcn": {
      const i = indexIn(f.domain, arg);
      if (i < 0) return f;
      const values = f.values.slice();
      values[i] = except(f.values[i]!, path, update, from + 1);
      return fcnFromCanonical(f.domain, values, f.intervalDomain === true);
    }
    default:
      return evalError("Attempted to apply EXCEPT to a value that is not a function:", showValue(f));
  }
}

/** TLC's `d :> v`: the function with domain {d}. */
export function colonGreater(d: Value, v: Value): Value {
  return fcnOf([d], [v]);
}

/** TLC's `f @@ g`: f where f is defined, g elsewhere. */
export function atAt(f: Value, g: Value): Value {
  const a = fnArg(f, "apply @@ to");
  const b = fnArg(g, "apply @@ to");
  const da = domainElems(a);
  const db = domainElems(b);
  const va = valuesOf(a);
  const vb = valuesOf(b);
  const dom: Value[] = [];
  const vals: Value[] = [];
  let i = 0;
  let j = 0;
  while (i < da.length && j < db.length) {
    const c = compareValues(da[i]!, db[j]!);
    if (c <= 0) {
      dom.push(da[i]!);
      vals.push(va[i++]!);
      if (c === 0) j++;
    } else {
      dom.push(db[j]!);
      vals.push(vb[j++]!);
    }
  }
  for (; i < da.length; i++) {
    dom.push(da[i]!);
    vals.push(va[i]!);
  }
  for (; j < db.length; j++) {
    dom.push(db[j]!);
    vals.push(vb[j]!);
  }
  return fcnFromSorted(dom, vals);
}

/** The domain of a function as a canonical list of values. */
export function domainElems(f: Fn): readonly Value[] {
  switch (f.kind) {
    case "tuple":
      return f.elems.map((_, i) => int(i + 1));
    case "record":
      return f.fields.map((s) => str(s));
    case "fcn":
      return f.domain;
  }
}

function valuesOf(f: Fn): readonly Value[] {
  return f.kind === "tuple" ? f.elems : f.values;
}

/** `[S -> T]`, symbolic. */
export function functionSpace(s: Value, t: Value): Value {
  if (!isSetLike(s)) evalError("The domain of [S -> T] should be a set, but instead it is:", showValue(s));
  if (!isSetLike(t)) evalError("The range of [S -> T] should be a set, but instead it is:", showValue(t));
  return fcnSet(s, t);
}

/** `[f1 : S1, ...]`, symbolic. */
export function recordSpace(fields: readonly string[], sets: readonly Value[]): Value {
  sets.forEach((s, i) => {
    if (!isSetLike(s)) evalError(`The field ${fields[i]} of a set of records should be a set, but instead it is:`, showValue(s));
  });
  return recordSet(fields, sets);
}
