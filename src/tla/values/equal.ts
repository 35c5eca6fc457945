import type { FcnValue, ModelValue, RecordValue, TupleValue, Value } from "./value.ts";
import { isFunctionLike, isSetLike } from "./value.ts";
import { evalError } from "./errors.ts";
import { showValue } from "./print.ts";
import { normalizeSet } from "./enumerate.ts";
import { functionSize, functionValues } from "./compare.ts";

/**
 * `a = b` with TLC's semantics (the receiver of TLC's `equals` is `a`, which decides the wording
 * of the error):
 * - values of different kinds are an error (`1 = "a"`, `{} = <<>>`, `[a |-> 1] = <<1>>`), except
 *   that an untyped model value is simply unequal to every non-model value;
 * - a typed model value (`a_x`) compared with a non-model value, or with a model value of another
 *   type, is an error;
 * - sets of different sizes, tuples of different lengths, records with different fields are
 *   FALSE;
 * - sets are compared by their normal form, so `1..3 = {1, 2, 3}`; infinite sets are equal only
 *   to the same symbolic set.
 */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (b.kind === "model" && a.kind !== "model") return modelValueEqualsOther(b, a);
  switch (a.kind) {
    case "int":
      if (b.kind === "int") return a.value === b.value;
      return evalError(`Attempted to check equality of integer ${a.value} with non-integer:`, showValue(b));
    case "bool":
      if (b.kind === "bool") return a.value === b.value;
      return evalError(`Attempted to compare equality of boolean ${a.value ? "TRUE" : "FALSE"} with non-boolean:`, showValue(b));
    case "string":
      if (b.kind === "string") return a.value === b.value;
      return evalError(`Attempted to check equality of string ${showValue(a)} with non-string:`, showValue(b));
    case "model":
      return modelValueEquals(a, b);
    case "tuple":
    case "record":
    case "fcn":
      if (isFunctionLike(b)) return functionsEqual(a, b);
      return functionMismatch(a, b);
    case "operator":
      return evalError(`Attempted to check equality of the operator ${a.name} with a value.`);
    default:
      if (isSetLike(b)) return setsEqual(a, b);
      return evalError(`Attempted to check equality of the set ${showValue(a)} with the value:`, showValue(b));
  }
}

function modelValueEquals(a: ModelValue, b: Value): boolean {
  if (b.kind !== "model") return modelValueEqualsOther(a, b);
  if (a.typeTag !== null && b.typeTag !== null && a.typeTag !== b.typeTag) {
    evalError(`Attempted to check equality of the differently-typed model values ${a.name} and ${b.name}`);
  }
  return a.name === b.name;
}

function modelValueEqualsOther(mv: ModelValue, other: Value): boolean {
  if (mv.typeTag !== null) {
    evalError(`Attempted to check equality of the typed model value ${mv.name} and the non-model value`, showValue(other));
  }
  return false;
}

type Fn = TupleValue | RecordValue | FcnValue;

function functionMismatch(a: Fn, b: Value): never {
  if (a.kind === "record") evalError("Attempted to check equality of record:", showValue(a), "with non-record", showValue(b));
  return evalError(`Attempted to check equality of the function ${showValue(a)} with the value:`, showValue(b));
}

function functionsEqual(a: Fn, b: Fn): boolean {
  if ((a.kind === "record") !== (b.kind === "record")) {
    // TLC turns the other operand into a record, which fails unless it is the empty function.
    const other = a.kind === "record" ? b : a;
    if (functionSize(other) === 0) return false;
    return a.kind === "record" ? functionMismatch(a, b) : functionMismatch(b, a);
  }
  const n = functionSize(a);
  if (n !== functionSize(b)) return false;
  if (a.kind === "record" && b.kind === "record") {
    for (let i = 0; i < n; i++) if (a.fields[i] !== b.fields[i]) return false;
    return arraysEqual(a.values, b.values);
  }
  if (a.kind === "tuple" && b.kind === "tuple") return arraysEqual(a.elems, b.elems);
  if (a.kind === "fcn" && b.kind === "fcn") {
    if (!arraysEqual(a.domain, b.domain)) return false;
    return arraysEqual(a.values, b.values);
  }
  // A tuple and a non-tuple function of the same size: their domains differ (normal forms),
  // but TLC still compares the domains element by element, which fails for non-integers.
  const f = (a.kind === "fcn" ? a : b) as FcnValue;
  for (let i = 0; i < n; i++) {
    const d = f.domain[i]!;
    if (d.kind === "model") {
      if (d.typeTag !== null) modelValueEqualsOther(d, { kind: "int", value: i + 1 });
      return false;
    }
    if (d.kind !== "int") evalError("Attempted to compare an integer with non-integer:", showValue(d));
    if (d.value !== i + 1) return false;
  }
  return arraysEqual(functionValues(a), functionValues(b));
}

function arraysEqual(x: readonly Value[], y: readonly Value[]): boolean {
  for (let i = 0; i < x.length; i++) if (!valuesEqual(x[i]!, y[i]!)) return false;
  return true;
}

/** Symbolic sets that are infinite whatever their arguments' values. */
function infiniteKind(s: Value): string | null {
  switch (s.kind) {
    case "nat":
    case "int-set":
    case "string-set":
      return s.kind;
    default:
      return null;
  }
}

function setsEqual(a: Value, b: Value): boolean {
  if (a.kind === "set" && b.kind === "set" && !a.mixed && !b.mixed) {
    if (a.elems.length !== b.elems.length) return false;
    return arraysEqual(a.elems, b.elems);
  }
  if (a.kind === "interval" && b.kind === "interval") {
    const ea = a.hi < a.lo;
    const eb = b.hi < b.lo;
    return ea || eb ? ea && eb : a.lo === b.lo && a.hi === b.hi;
  }
  const ia = infiniteKind(a);
  const ib = infiniteKind(b);
  if (ia !== null || ib !== null) {
    if (ia !== null && ib !== null) return ia === ib;
    const other = ia !== null ? b : a;
    // An infinite set differs from every finite one; other infinite forms we cannot decide.
    if (other.kind === "set" || other.kind === "interval") return false;
    return evalError(`Attempted to check equality of the infinite set ${showValue(ia !== null ? a : b)} with`, showValue(other));
  }
  if (a.kind === "seq-set" && b.kind === "seq-set") return setsEqual(a.base, b.base);
  const x = normalizeSet(a).elems;
  const y = normalizeSet(b).elems;
  if (x.length !== y.length) return false;
  return arraysEqual(x, y);
}
