import type { BoolValue, IntValue, Value } from "./value.ts";
import { bool, int, interval } from "./constructors.ts";
import { evalError } from "./errors.ts";
import { showValue } from "./print.ts";

/**
 * The Naturals and Integers operators with TLC's semantics and errors. Integers are exact
 * within the safe-integer range (|n| < 2^53); a result outside it is the evaluation error
 * "Overflow when computing ...", never a silent wrap or a rounded float. (TLC stops at 32 bits;
 * the conformance README lets an engine compute the exact result instead, which this one does.)
 */

type Position = "first" | "second";

/** The integer inside `v`, or TLC's "The first argument of + should be an integer" error. */
export function intArg(v: Value, op: string, position: Position = "first"): number {
  if (v.kind === "int") return v.value;
  return evalError(`The ${position} argument of ${op} should be an integer, but instead it is:`, showValue(v));
}

function result(n: number, a: number, op: string, b: number): IntValue {
  if (!Number.isSafeInteger(n)) evalError(`Overflow when computing ${a}${op}${b}`);
  return int(n);
}

export function plus(a: Value, b: Value): IntValue {
  const x = intArg(a, "+");
  const y = intArg(b, "+", "second");
  return result(x + y, x, "+", y);
}

export function minus(a: Value, b: Value): IntValue {
  const x = intArg(a, "-");
  const y = intArg(b, "-", "second");
  return result(x - y, x, "-", y);
}

export function times(a: Value, b: Value): IntValue {
  const x = intArg(a, "*");
  const y = intArg(b, "*", "second");
  return result(x * y, x, "*", y);
}

/** Unary minus. */
export function negate(a: Value): IntValue {
  const x = intArg(a, "-");
  return int(x === 0 ? 0 : -x);
}

/** `a \div b`: rounds toward negative infinity, `(-17) \div 5 = -4`, `17 \div (-5) = -4`. */
export function div(a: Value, b: Value): IntValue {
  const x = intArg(a, "\\div");
  const y = intArg(b, "\\div", "second");
  if (y === 0) evalError("The second argument of \\div is 0.");
  return int(floorDiv(x, y));
}

/** `a % b` in 0..b-1; a divisor <= 0 is TLC's error. */
export function mod(a: Value, b: Value): IntValue {
  const x = intArg(a, "%");
  const y = intArg(b, "%", "second");
  if (y <= 0) evalError("The second argument of % should be a positive number, but instead it is:", String(y));
  return int(x - floorDiv(x, y) * y);
}

function floorDiv(x: number, y: number): number {
  let q = Math.floor(x / y);
  // The float quotient is exact enough below 2^53, but guard the remainder's range anyway.
  let r = x - q * y;
  while (y > 0 ? r < 0 : r > 0) {
    q -= 1;
    r += y;
  }
  while (y > 0 ? r >= y : r <= y) {
    q += 1;
    r -= y;
  }
  return q === 0 ? 0 : q;
}

/** `a ^ b`: `0^0` and a negative exponent are errors, as in TLC. */
export function pow(a: Value, b: Value): IntValue {
  const x = intArg(a, "^");
  const y = intArg(b, "^", "second");
  if (y < 0) evalError("The second argument of ^ should be a natural number, but instead it is:", String(y));
  if (x === 0 && y === 0) evalError("0^0 is undefined.");
  let acc = 1;
  for (let i = 0; i < y; i++) {
    acc *= x;
    if (!Number.isSafeInteger(acc)) evalError(`Overflow when computing ${x}^${y}`);
    if (acc === 0 || acc === 1) break;
    if (acc === -1) {
      acc = (y - i - 1) % 2 === 0 ? -1 : 1;
      break;
    }
  }
  return int(acc);
}

export function lessThan(a: Value, b: Value): BoolValue {
  return bool(intArg(a, "<") < intArg(b, "<", "second"));
}

export function lessOrEqual(a: Value, b: Value): BoolValue {
  return bool(intArg(a, "<=") <= intArg(b, "<=", "second"));
}

export function greaterThan(a: Value, b: Value): BoolValue {
  return bool(intArg(a, ">") > intArg(b, ">", "second"));
}

export function greaterOrEqual(a: Value, b: Value): BoolValue {
  return bool(intArg(a, ">=") >= intArg(b, ">=", "second"));
}

/** `a..b`, kept symbolic; empty when b < a. */
export function range(a: Value, b: Value): Value {
  return interval(intArg(a, ".."), intArg(b, "..", "second"));
}
