import { expect } from "vitest";
import { ProblemError } from "../../../src/diagnostics/problem.ts";
import { type Value, int, recordOf, setOf, str, tupleOf } from "../../../src/tla/values/index.ts";
import { errorText } from "../../../src/tla/values/errors.ts";

/** Shorthands for building values in tests: numbers become integers. */
type In = number | Value;
const v = (x: In): Value => (typeof x === "number" ? int(x) : x);
export const S = (...xs: In[]): Value => setOf(xs.map(v));
export const T = (...xs: In[]): Value => tupleOf(xs.map(v));
export const R = (o: Record<string, In>): Value => recordOf(Object.keys(o), Object.values(o).map(v));
export const s = str;
export const i = int;

/** Runs `f`, expects an evaluation error without location, returns its full text. */
export function evalErrorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ProblemError);
    const p = (e as ProblemError).problem;
    expect(p.code).toBe("evaluation");
    expect(p.location).toBeUndefined();
    return errorText(e as ProblemError);
  }
  throw new Error("expected an evaluation error");
}
