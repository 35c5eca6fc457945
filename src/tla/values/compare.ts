import type { ModelValue, RecordValue, TupleValue, FcnValue, Value } from "./value.ts";
import { isFunctionLike, isSetLike } from "./value.ts";
import { evalError } from "./errors.ts";
import { showValue } from "./print.ts";
import { normalizeSet } from "./enumerate.ts";

/**
 * TLC's canonical total order: the order of a set's normal form, of CHOOSE and of \E / \A.
 * Returns <0, 0 or >0. Values TLC refuses to compare raise its evaluation error.
 *
 * - integers ascending; FALSE < TRUE;
 * - strings by UTF-16 code units (TLC orders them by interning order, which the conformance
 *   README lets us not reproduce; those cases are marked order_sensitive);
 * - model values by `order` (TLC's interning order of their names); an untyped model value sorts
 *   before every non-model value; a typed one (`a_x`) cannot be compared with a non-model value
 *   or a model value of another type;
 * - sets by cardinality, then element-wise in canonical order;
 * - functions (tuples, records, other functions) by domain size, then the domains element-wise,
 *   then the values element-wise (TLC's FcnRcdValue/RecordValue/TupleValue.compareTo). So
 *   tuples compare by length first.
 */
export function compareValues(a: Value, b: Value): number {
  if (a === b) return 0;
  if (b.kind === "model" && a.kind !== "model") return -compareModelWithOther(b, a);
  switch (a.kind) {
    case "int":
      if (b.kind === "int") return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
      return evalError(`Attempted to compare integer ${a.value} with non-integer:`, showValue(b));
    case "bool":
      if (b.kind === "bool") return (a.value ? 1 : 0) - (b.value ? 1 : 0);
      return evalError(`Attempted to compare boolean ${a.value ? "TRUE" : "FALSE"} with non-boolean:`, showValue(b));
    case "string":
      if (b.kind === "string") return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
      return evalError(`Attempted to compare string ${showValue(a)} with non-string:`, showValue(b));
    case "model":
      return compareModelValue(a, b);
    case "tuple":
    case "record":
    case "fcn":
      if (isFunctionLike(b)) return compareFunctions(a, b);
      return functionMismatch(a, b);
    case "operator":
      return evalError(`Attempted to compare the operator ${a.name} with a value.`);
    case "set":
    case "interval":
    case "nat":
    case "int-set":
    case "string-set":
    case "subset":
    case "union-all":
    case "fcn-set":
    case "record-set":
    case "seq-set":
    case "product":
    case "cup":
    case "cap":
    case "diff":
    case "filter":
    case "map":
      if (isSetLike(b)) return compareSets(a, b);
      return evalError(`Attempted to compare the set ${showValue(a)} with the value:`, showValue(b));
  }
}

function compareModelValue(a: ModelValue, b: Value): number {
  if (b.kind !== "model") return compareModelWithOther(a, b);
  if (a.name === b.name) return 0;
  if (a.typeTag !== null && b.typeTag !== null && a.typeTag !== b.typeTag) {
    evalError(`Attempted to compare the differently-typed model values ${a.name} and ${b.name}`);
  }
  if (a.order !== b.order) return a.order - b.order;
  return a.name < b.name ? -1 : 1;
}

/** `mv` compared with a non-model value: untyped ones come first, typed ones are an error. */
function compareModelWithOther(mv: ModelValue, other: Value): number {
  if (mv.typeTag !== null) {
    evalError(`Attempted to compare the typed model value ${mv.name} and the non-model value`, showValue(other));
  }
  return -1;
}

function functionMismatch(a: TupleValue | RecordValue | FcnValue, b: Value): never {
  if (a.kind === "record") evalError("Attempted to compare record:", showValue(a), "with non-record", showValue(b));
  return evalError(`Attempted to compare the function ${showValue(a)} with the value:`, showValue(b));
}

function compareSets(a: Value, b: Value): number {
  const x = normalizeSet(a).elems;
  const y = normalizeSet(b).elems;
  if (x.length !== y.length) return x.length - y.length;
  for (let i = 0; i < x.length; i++) {
    const c = compareValues(x[i]!, y[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

type Fn = TupleValue | RecordValue | FcnValue;

export function functionSize(f: Fn): number {
  return f.kind === "tuple" ? f.elems.length : f.values.length;
}

function compareFunctions(a: Fn, b: Fn): number {
  // TLC converts the other operand to a record and fails if it is not one.
  if ((a.kind === "record") !== (b.kind === "record")) {
    const other = a.kind === "record" ? b : a;
    if (functionSize(other) !== 0) {
      if (a.kind === "record") functionMismatch(a, b);
      return functionMismatch(b as RecordValue, a);
    }
  }
  const n = functionSize(a);
  const m = functionSize(b);
  if (n !== m) return n - m;
  if (a.kind === "tuple" && b.kind === "tuple") return compareArrays(a.elems, b.elems);
  if (a.kind === "record" && b.kind === "record") {
    for (let i = 0; i < n; i++) {
      const fa = a.fields[i]!;
      const fb = b.fields[i]!;
      if (fa !== fb) return fa < fb ? -1 : 1;
    }
    return compareArrays(a.values, b.values);
  }
  for (let i = 0; i < n; i++) {
    const c = compareDomainAt(a, b, i);
    if (c !== 0) return c;
  }
  return compareArrays(functionValues(a), functionValues(b));
}

function compareDomainAt(a: Fn, b: Fn, i: number): number {
  if (a.kind === "tuple") {
    const d = (b as FcnValue).domain[i]!;
    if (d.kind === "int") return i + 1 - d.value;
    return -compareValues(d, { kind: "int", value: i + 1 });
  }
  if (b.kind === "tuple") return -compareDomainAt(b, a, i);
  return compareValues((a as FcnValue).domain[i]!, (b as FcnValue).domain[i]!);
}

export function functionValues(f: Fn): readonly Value[] {
  return f.kind === "tuple" ? f.elems : f.values;
}

function compareArrays(x: readonly Value[], y: readonly Value[]): number {
  for (let i = 0; i < x.length; i++) {
    const c = compareValues(x[i]!, y[i]!);
    if (c !== 0) return c;
  }
  return 0;
}
