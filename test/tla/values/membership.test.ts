import { describe, expect, it } from "vitest";
import {
  BOOLEAN,
  EMPTY_SET,
  EMPTY_TUPLE,
  INT,
  NAT,
  STRING,
  cartesian,
  colonGreater,
  difference,
  filterOf,
  functionSpace,
  interval,
  isMember,
  isSubset,
  mapOf,
  modelValue,
  powerset,
  recordSpace,
  seqOf,
  union,
  unionAll,
} from "../../../src/tla/values/index.ts";
import { R, S, T, evalErrorOf, i, s } from "./helpers.ts";

describe("isMember decides symbolic sets without enumerating them", () => {
  it("handles Nat, Int, STRING and intervals", () => {
    expect(isMember(i(-1), NAT)).toBe(false);
    expect(isMember(i(10 ** 15), NAT)).toBe(true);
    expect(isMember(i(-1), INT)).toBe(true);
    expect(isMember(s("abc"), STRING)).toBe(true);
    expect(isMember(i(0), interval(1, 3))).toBe(false);
    expect(isMember(i(3), interval(1, 3))).toBe(true);
    expect(isMember(i(3), difference(INT, S(0)))).toBe(true);
    expect(isMember(i(0), difference(INT, S(0)))).toBe(false);
  });

  it("handles sequences, function spaces, record sets, powersets and products of infinite sets", () => {
    expect(isMember(T(1, 2), seqOf(S(1, 2)))).toBe(true);
    expect(isMember(T(1, 3), seqOf(S(1, 2)))).toBe(false);
    expect(isMember(EMPTY_TUPLE, seqOf(EMPTY_SET))).toBe(true);
    expect(isMember(T(5, 6), seqOf(NAT))).toBe(true);
    expect(isMember(T(1, 2), functionSpace(interval(1, 2), NAT))).toBe(true);
    expect(isMember(T(1, -2), functionSpace(interval(1, 2), NAT))).toBe(false);
    expect(isMember(T(1, 2), functionSpace(interval(1, 3), NAT))).toBe(false);
    expect(isMember(colonGreater(i(0), i(1)), functionSpace(NAT, NAT))).toBe(false);
    expect(isMember(R({ a: 1 }), recordSpace(["a"], [NAT]))).toBe(true);
    expect(isMember(R({ a: 1, b: 2 }), recordSpace(["a"], [NAT]))).toBe(false);
    expect(isMember(S(1, 2), powerset(NAT))).toBe(true);
    expect(isMember(S(-1), powerset(NAT))).toBe(false);
    expect(isMember(T(1, s("x")), cartesian([NAT, STRING]))).toBe(true);
    expect(isMember(T(1), cartesian([NAT, STRING]))).toBe(false);
    expect(isMember(i(4), filterOf(NAT, (x) => (x as { value: number }).value % 2 === 0))).toBe(true);
    expect(isMember(i(3), union(S(1), NAT))).toBe(true);
  });

  it("enumerates only UNION and set maps", () => {
    expect(isMember(i(3), unionAll(S(S(1), S(3))))).toBe(true);
    expect(isMember(i(4), mapOf(interval(1, 3), (x) => i((x as { value: number }).value * 2)))).toBe(true);
    expect(isMember(i(5), mapOf(interval(1, 3), (x) => i((x as { value: number }).value * 2)))).toBe(false);
  });

  it("searches large enumerated sets and sets of composites", () => {
    const big = S(...Array.from({ length: 100 }, (_, k) => k * 2));
    expect(isMember(i(98), big)).toBe(true);
    expect(isMember(i(99), big)).toBe(false);
    const tuples = S(...Array.from({ length: 20 }, (_, k) => T(k, k)));
    expect(isMember(T(7, 7), tuples)).toBe(true);
    expect(isMember(T(7, 8), tuples)).toBe(false);
  });

  it("raises TLC's errors", () => {
    expect(evalErrorOf(() => isMember(s("a"), NAT))).toBe('Attempted to check if the value:\n"a"\nis an element of Nat.');
    expect(evalErrorOf(() => isMember(i(1), STRING))).toBe("Attempted to check if the value:\n1\nis an element of STRING.");
    expect(evalErrorOf(() => isMember(i(1), seqOf(S(1))))).toBe("Attempted to check if the value:\n1\nis an element of Seq({1}).");
    evalErrorOf(() => isMember(i(3), powerset(S(1, 2))));
    evalErrorOf(() => isMember(i(1), BOOLEAN));
    expect(evalErrorOf(() => isMember(i(1), S(s("a"), s("b"))))).toBe('Attempted to check equality of string "a" with non-string:\n1');
    expect(evalErrorOf(() => isMember(s("a"), S(1, s("a"))))).toBe('Attempted to check equality of integer 1 with non-integer:\n"a"');
    evalErrorOf(() => isMember(i(1), T(1)));
  });

  it("lets untyped model values be non-members of anything", () => {
    const m1 = modelValue("m1", 0);
    expect(isMember(m1, S(1, 2))).toBe(false);
    expect(isMember(m1, NAT)).toBe(false);
    expect(isMember(m1, STRING)).toBe(false);
    expect(isMember(m1, S(m1))).toBe(true);
    evalErrorOf(() => isMember(modelValue("a_x", 1), NAT));
  });
});

describe("isSubset", () => {
  it("enumerates the left side only", () => {
    expect(isSubset(S(0, 1), NAT)).toBe(true);
    expect(isSubset(interval(1, 3), interval(0, 10))).toBe(true);
    expect(isSubset(S(1, 4), S(1, 2, 3))).toBe(false);
    expect(isSubset(EMPTY_SET, EMPTY_SET)).toBe(true);
    expect(isSubset(interval(5, 1), EMPTY_SET)).toBe(true);
  });

  it("fails for an infinite left side, as TLC does for Nat \\subseteq Int", () => {
    evalErrorOf(() => isSubset(NAT, INT));
  });
});
