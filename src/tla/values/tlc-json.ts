import type { ModelValue, Value } from "./value.ts";
import { isSetLike } from "./value.ts";
import { ProblemError, problem } from "../../diagnostics/problem.ts";
import { FALSE, TRUE, int, str, tupleOf } from "./constructors.ts";
import { normalizeSet } from "./enumerate.ts";
import { evalError } from "./errors.ts";
import { recordOf } from "./fcn-of.ts";
import { showValue } from "./print.ts";

/**
 * Values in the JSON of TLC's `-dumpTrace json` (the Json module's JsonSerialize):
 * - Booleans, integers and strings as JSON booleans, numbers and strings; model values as
 *   strings holding their names;
 * - tuples and sequences (functions on 1..n) as arrays; sets as arrays of their elements in
 *   canonical order (symbolic sets enumerated);
 * - records as objects; other functions as objects keyed by their domain elements printed as
 *   TLC prints them (`{"0": ..., "1": ...}`, `{"w1": ...}`).
 *
 * The encoding forgets kinds (a set and a tuple are both arrays, a model value is a string), so
 * decoding follows TLC's JsonDeserialize: arrays become tuples and objects records; strings
 * that name a known model value become that model value when a resolver is given. To check a
 * value against a TLC trace, compare encodings with `matchesTlcJson` instead of decoding.
 */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

export function encodeTlcJson(v: Value): Json {
  switch (v.kind) {
    case "bool":
      return v.value;
    case "int":
      return v.value;
    case "string":
      return v.value;
    case "model":
      return v.name;
    case "tuple":
      return v.elems.map(encodeTlcJson);
    case "record": {
      const o: Record<string, Json> = {};
      v.fields.forEach((f, i) => (o[f] = encodeTlcJson(v.values[i]!)));
      return o;
    }
    case "fcn": {
      const o: Record<string, Json> = {};
      v.domain.forEach((d, i) => (o[d.kind === "string" ? d.value : showValue(d)] = encodeTlcJson(v.values[i]!)));
      return o;
    }
    case "operator":
      return evalError(`Cannot convert the operator ${v.name} to JSON.`);
    default:
      if (isSetLike(v)) return normalizeSet(v).elems.map(encodeTlcJson);
      return evalError("Cannot convert the value to JSON:", showValue(v));
  }
}

export interface DecodeOptions {
  /** The model value a JSON string names, if any (e.g. from the model's configuration). */
  readonly modelValue?: (name: string) => ModelValue | undefined;
}

/** TLC's JsonDeserialize. A JSON value with no TLA+ counterpart is a "trace-format" problem. */
export function decodeTlcJson(j: Json, options: DecodeOptions = {}): Value {
  if (j === null) return formatError("null has no TLA+ value");
  if (typeof j === "boolean") return j ? TRUE : FALSE;
  if (typeof j === "number") {
    if (!Number.isSafeInteger(j)) return formatError(`${j} is not an integer TLA+ can hold`);
    return int(j);
  }
  if (typeof j === "string") return options.modelValue?.(j) ?? str(j);
  if (Array.isArray(j)) return tupleOf((j as readonly Json[]).map((x) => decodeTlcJson(x, options)));
  const o = j as { readonly [key: string]: Json };
  const keys = Object.keys(o);
  return recordOf(
    keys,
    keys.map((k) => decodeTlcJson(o[k]!, options)),
  );
}

/** True when `v` encodes to `j` (object keys in any order). */
export function matchesTlcJson(v: Value, j: Json): boolean {
  return jsonEquals(encodeTlcJson(v), j);
}

export function jsonEquals(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x: Json, i: number) => jsonEquals(x, (b as readonly Json[])[i]!));
  }
  const oa = a as { readonly [key: string]: Json };
  const ob = b as { readonly [key: string]: Json };
  const ka = Object.keys(oa);
  if (ka.length !== Object.keys(ob).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && jsonEquals(oa[k]!, ob[k]!));
}

function formatError(message: string): never {
  throw new ProblemError(problem("trace-format", `TLC JSON value: ${message}`));
}
