import type { ModelValue, SetValue, Value } from "./value.ts";
import { isFunctionLike, isSetLike, unreachable } from "./value.ts";
import { compareValues } from "./compare.ts";
import { interval, setFromCanonical, str } from "./constructors.ts";
import { normalizeSet } from "./enumerate.ts";
import { valuesEqual } from "./equal.ts";
import { evalError } from "./errors.ts";
import { showValue } from "./print.ts";

/**
 * `x \in S` for every kind of set, deciding symbolic sets without enumerating them where TLC
 * does: `-1 \in Nat`, `3 \in Int \ {0}`, `<<1, 2>> \in Seq({1, 2})`, `f \in [S -> T]`,
 * `r \in [a : S]`, `s \in SUBSET T`. Enumerates only `UNION` and set maps `{e : x \in S}`.
 * TLC's errors: `"a" \in Nat`, `1 \in STRING`, `3 \in SUBSET {1, 2}`, `1 \in {"a"}`.
 */
export function isMember(x: Value, s: Value): boolean {
  switch (s.kind) {
    case "set":
      return inEnumerated(x, s);
    case "interval":
      if (x.kind === "int") return s.lo <= x.value && x.value <= s.hi;
      if (x.kind === "model") return modelValueMember(x, s);
      return evalError("Attempted to check if the value:", showValue(x), `is in the integer interval ${showValue(s)}`);
    case "nat":
    case "int-set":
      if (x.kind === "int") return s.kind === "int-set" || x.value >= 0;
      if (x.kind === "model") return modelValueMember(x, s);
      return notElementOf(x, s);
    case "string-set":
      if (x.kind === "string") return true;
      if (x.kind === "model") return modelValueMember(x, s);
      return notElementOf(x, s);
    case "subset":
      if (isSetLike(x)) return isSubset(x, s.base);
      if (x.kind === "model") return modelValueMember(x, s);
      return evalError("Attempted to check if the non-set value:", showValue(x), `is an element of ${showValue(s)}.`);
    case "union-all":
      for (const member of normalizeSet(s.base).elems) if (isMember(x, member)) return true;
      return false;
    case "fcn-set":
      if (isFunctionLike(x)) {
        if (!valuesEqual(domainOf(x), s.domain)) return false;
        for (const v of valuesOf(x)) if (!isMember(v, s.range)) return false;
        return true;
      }
      if (x.kind === "model") return modelValueMember(x, s);
      return evalError("Attempted to check if the non-function value:", showValue(x), `is an element of the set of functions ${showValue(s)}.`);
    case "record-set":
      if (x.kind === "record") {
        if (x.fields.length !== s.fields.length) return false;
        for (let i = 0; i < x.fields.length; i++) if (x.fields[i] !== s.fields[i]) return false;
        for (let i = 0; i < x.values.length; i++) if (!isMember(x.values[i]!, s.sets[i]!)) return false;
        return true;
      }
      if (x.kind === "tuple" && x.elems.length === 0) return false;
      if (x.kind === "model") return modelValueMember(x, s);
      return evalError("Attempted to check if the non-record value:", showValue(x), `is an element of the set of records ${showValue(s)}.`);
    case "seq-set":
      if (x.kind === "tuple") {
        for (const e of x.elems) if (!isMember(e, s.base)) return false;
        return true;
      }
      if (x.kind === "record" || x.kind === "fcn") return false;
      if (x.kind === "model") return modelValueMember(x, s);
      return notElementOf(x, s);
    case "product":
      if (x.kind === "tuple") {
        if (x.elems.length !== s.sets.length) return false;
        for (let i = 0; i < x.elems.length; i++) if (!isMember(x.elems[i]!, s.sets[i]!)) return false;
        return true;
      }
      if (x.kind === "record" || x.kind === "fcn") return false;
      if (x.kind === "model") return modelValueMember(x, s);
      return evalError("Attempted to check if the non-tuple value:", showValue(x), `is an element of the Cartesian product ${showValue(s)}.`);
    case "cup":
      return isMember(x, s.left) || isMember(x, s.right);
    case "cap":
      return isMember(x, s.left) && isMember(x, s.right);
    case "diff":
      return isMember(x, s.left) && !isMember(x, s.right);
    case "filter":
      return isMember(x, s.base) && s.pred(x);
    case "map":
      return inEnumerated(x, normalizeSet(s));
    case "bool":
    case "int":
    case "string":
    case "model":
    case "tuple":
    case "record":
    case "fcn":
    case "operator":
      return evalError("Attempted to check if the value:", showValue(x), "is an element of the non-set value:", showValue(s));
    default:
      return unreachable(s);
  }
}

/** `a \subseteq b`: enumerates `a` (an error when it is infinite, as `Nat \subseteq Int` is in TLC). */
export function isSubset(a: Value, b: Value): boolean {
  if (a.kind === "interval" && b.kind === "interval" && a.lo <= a.hi) return b.lo <= a.lo && a.hi <= b.hi;
  if (!isSetLike(b)) evalError("Attempted to check if a set is a subset of the non-set value:", showValue(b));
  for (const x of normalizeSet(a).elems) if (!isMember(x, b)) return false;
  return true;
}

function inEnumerated(x: Value, s: SetValue): boolean {
  const elems = s.elems;
  // A mixed set is searched in construction order, which yields TLC's error for `"a" \in {1, "a"}`.
  if (s.mixed || elems.length <= 8) {
    for (const e of elems) if (valuesEqual(e, x)) return true;
    return false;
  }
  if (x.kind === "int" && elems[0]!.kind === "int" && elems[elems.length - 1]!.kind === "int") {
    const n = x.value;
    let lo = 0;
    let hi = elems.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = (elems[mid] as { value: number }).value;
      if (m === n) return true;
      if (m < n) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
  let lo = 0;
  let hi = elems.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareValues(elems[mid]!, x);
    if (c === 0) return true;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function modelValueMember(mv: ModelValue, s: Value): boolean {
  if (mv.typeTag !== null) evalError(`Attempted to check if the typed model value ${mv.name} is an element of`, showValue(s));
  return false;
}

function notElementOf(x: Value, s: Value): never {
  return evalError("Attempted to check if the value:", showValue(x), `is an element of ${showValue(s)}.`);
}

/** DOMAIN of a function value, as a set value. */
export function domainOf(f: Value): Value {
  switch (f.kind) {
    case "tuple":
      return interval(1, f.elems.length);
    case "record":
      return setFromCanonical(f.fields.map(str));
    case "fcn":
      if (f.intervalDomain) return interval((f.domain[0] as { value: number }).value, (f.domain[f.domain.length - 1] as { value: number }).value);
      return setFromCanonical(f.domain);
    default:
      return evalError("Attempted to compute the domain of a non-function value:", showValue(f));
  }
}

function valuesOf(f: Value): readonly Value[] {
  if (f.kind === "tuple") return f.elems;
  if (f.kind === "record" || f.kind === "fcn") return f.values;
  return [];
}
