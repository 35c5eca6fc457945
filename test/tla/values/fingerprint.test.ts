import { describe, expect, it } from "vitest";
import {
  EMPTY_SET,
  EMPTY_TUPLE,
  FALSE,
  NAT,
  TRUE,
  fingerprintInto,
  fingerprintState,
  fingerprintStateInto,
  fingerprintValue,
  functionSpace,
  interval,
  modelValue,
  powerset,
  seqOf,
  setOf,
} from "../../../src/tla/values/index.ts";
import { R, S, T, evalErrorOf, i, s } from "./helpers.ts";

const fp = (v: Parameters<typeof fingerprintValue>[0]): string => {
  const f = fingerprintValue(v);
  return `${f.hi}:${f.lo}`;
};

describe("fingerprints", () => {
  it("are unsigned 32-bit halves, deterministic across calls", () => {
    const f = fingerprintValue(R({ a: 1, b: S(1, 2) }));
    expect(Number.isInteger(f.hi) && f.hi >= 0 && f.hi < 2 ** 32).toBe(true);
    expect(Number.isInteger(f.lo) && f.lo >= 0 && f.lo < 2 ** 32).toBe(true);
    expect(fingerprintValue(R({ b: S(2, 1), a: 1 }))).toEqual(f);
  });

  it("agree between a symbolic set and its enumeration", () => {
    expect(fp(interval(1, 3))).toBe(fp(S(1, 2, 3)));
    expect(fp(interval(3, 1))).toBe(fp(EMPTY_SET));
    expect(fp(powerset(S(1)))).toBe(fp(S(EMPTY_SET, S(1))));
    expect(fp(functionSpace(S(1), S(7)))).toBe(fp(S(T(7))));
    expect(fp(seqOf(EMPTY_SET))).toBe(fp(S(EMPTY_TUPLE)));
    expect(fp(seqOf(interval(1, 2)))).toBe(fp(seqOf(S(2, 1))));
  });

  it("separate values that differ only in kind or position", () => {
    const distinct = [i(0), i(1), FALSE, TRUE, s(""), s("0"), s("ab"), s("ba"), modelValue("ab", 0), EMPTY_SET, EMPTY_TUPLE, S(0), T(0), S(S()), T(T()), T(1, 2), T(2, 1), S(1, 2), R({ a: 1 }), R({ b: 1 }), NAT, seqOf(S(1)), i(2 ** 40), i(-(2 ** 40))];
    const seen = new Set(distinct.map(fp));
    expect(seen.size).toBe(distinct.length);
  });

  it("do not collide on a hundred thousand pairs of small integers", () => {
    const seen = new Set<string>();
    for (let a = -100; a < 100; a++) for (let b = 0; b < 500; b++) seen.add(fp(T(a, b)));
    expect(seen.size).toBe(100_000);
  });

  it("are cached on composite values", () => {
    const v = setOf([T(1, 2), T(3)]);
    fingerprintValue(v);
    expect(v.fpLo).toBeTypeOf("number");
    expect(v.fpHi).toBeTypeOf("number");
  });

  it("write states into a Uint32Array", () => {
    const out = new Uint32Array(4);
    fingerprintStateInto([i(1), S(2)], out, 2);
    expect([out[2], out[3]]).toEqual([fingerprintState([i(1), S(2)]).hi, fingerprintState([i(1), S(2)]).lo]);
    fingerprintInto(i(5), out);
    expect({ hi: out[0], lo: out[1] }).toEqual(fingerprintValue(i(5)));
    expect(fingerprintState([i(1), i(2)])).not.toEqual(fingerprintState([i(2), i(1)]));
    expect(fingerprintState([T(1, 2)])).not.toEqual(fingerprintValue(T(1, 2)));
  });

  it("fail for values TLC cannot fingerprint", () => {
    evalErrorOf(() => fingerprintValue(S(1, s("a"))));
    evalErrorOf(() => fingerprintValue(powerset(NAT)));
  });
});
