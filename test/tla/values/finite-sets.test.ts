import { describe, expect, it } from "vitest";
import {
  EMPTY_SET,
  INT,
  NAT,
  STRING,
  cardinality,
  cartesian,
  diffOf,
  filterOf,
  functionSpace,
  interval,
  isFiniteSet,
  mapOf,
  powerset,
  recordSpace,
  seqOf,
  unionOf,
} from "../../../src/tla/values/index.ts";
import { S, T, evalErrorOf, s } from "./helpers.ts";

describe("Cardinality", () => {
  it("counts without materialising where the size follows from the parts", () => {
    expect(cardinality(interval(1, 1_000_000_000))).toBe(1_000_000_000);
    expect(cardinality(interval(5, 1))).toBe(0);
    expect(cardinality(powerset(interval(1, 40)))).toBe(2 ** 40);
    expect(cardinality(functionSpace(interval(1, 20), S(0, 1, 2)))).toBe(3 ** 20);
    expect(cardinality(functionSpace(EMPTY_SET, EMPTY_SET))).toBe(1);
    expect(cardinality(recordSpace(["a", "b"], [interval(1, 3), interval(1, 2)]))).toBe(6);
    expect(cardinality(cartesian([interval(1, 1000), interval(1, 1000), interval(1, 1000)]))).toBe(1e9);
    expect(cardinality(seqOf(EMPTY_SET))).toBe(1);
  });

  it("enumerates other symbolic sets", () => {
    expect(cardinality(filterOf(interval(1, 10), (x) => (x as { value: number }).value > 7))).toBe(3);
    expect(cardinality(mapOf(interval(-3, 3), () => s("k")))).toBe(1);
    expect(cardinality(unionOf(S(S(1, 2), S(2, 3))))).toBe(3);
    expect(cardinality(S(S(), S(S())))).toBe(2);
  });

  it("raises TLC's errors", () => {
    expect(evalErrorOf(() => cardinality(NAT))).toBe("Attempted to compute cardinality of the value\nNat");
    evalErrorOf(() => cardinality(seqOf(S(1))));
    evalErrorOf(() => cardinality(S(1, s("a"))));
    evalErrorOf(() => cardinality(T(1)));
    expect(evalErrorOf(() => cardinality(powerset(interval(1, 60))))).toMatch(/Overflow/);
  });
});

describe("IsFiniteSet", () => {
  it("is FALSE, not an error, for infinite sets", () => {
    expect(isFiniteSet(NAT)).toBe(false);
    expect(isFiniteSet(INT)).toBe(false);
    expect(isFiniteSet(STRING)).toBe(false);
    expect(isFiniteSet(seqOf(S(1)))).toBe(false);
    expect(isFiniteSet(powerset(NAT))).toBe(false);
    expect(isFiniteSet(cartesian([S(1), NAT]))).toBe(false);
  });

  it("is TRUE for finite sets", () => {
    expect(isFiniteSet(interval(1, 5))).toBe(true);
    expect(isFiniteSet(EMPTY_SET)).toBe(true);
    expect(isFiniteSet(seqOf(EMPTY_SET))).toBe(true);
    expect(isFiniteSet(functionSpace(S(1), interval(1, 3)))).toBe(true);
    expect(isFiniteSet(filterOf(interval(1, 3), () => true))).toBe(true);
  });

  it("cannot decide filters of infinite sets and non-sets", () => {
    evalErrorOf(() => isFiniteSet(filterOf(NAT, () => true)));
    evalErrorOf(() => isFiniteSet(diffOf(NAT, S(1))));
    evalErrorOf(() => isFiniteSet(T(1)));
  });
});
