import { fingerprintInto, isEvalError, type Value } from "../tla/values/index.ts";

/**
 * Equality for comparing a reported value with a spec value. Unlike TLA+'s `=`, comparing
 * values of different kinds (a reported string where the spec has an integer) is simply FALSE,
 * never an evaluation error: a trace that logs the wrong type is a mismatch to report. Decided by
 * 64-bit fingerprints (consistent with equality, cached on composite values, so a value shared
 * with the previous state costs nothing).
 */
const a = new Uint32Array(2);
const b = new Uint32Array(2);

export function sameValue(x: Value, y: Value): boolean {
  if (x === y) return true;
  if (x.kind === "int" && y.kind === "int") return x.value === y.value;
  if (x.kind === "model" && y.kind === "model") return x.name === y.name;
  try {
    fingerprintInto(x, a);
    fingerprintInto(y, b);
  } catch (err) {
    // A value without a normal form (`{1, "a"}`) equals nothing reported.
    if (isEvalError(err)) return false;
    throw err;
  }
  return a[0] === b[0] && a[1] === b[1];
}
