import { describe, expect, it } from "vitest";
import {
  EMPTY_SET,
  EMPTY_TUPLE,
  INT,
  NAT,
  STRING,
  TRUE,
  colonGreater,
  filterOf,
  interval,
  modelValue,
  powerset,
  seqOf,
  valuesEqual,
} from "../../../src/tla/values/index.ts";
import { R, S, T, evalErrorOf, i, s } from "./helpers.ts";

describe("valuesEqual", () => {
  it("compares values of one kind structurally, whatever their representation", () => {
    expect(valuesEqual(interval(1, 3), S(3, 2, 1))).toBe(true);
    expect(valuesEqual(interval(3, 1), EMPTY_SET)).toBe(true);
    expect(valuesEqual(interval(3, 1), interval(5, 0))).toBe(true);
    expect(valuesEqual(powerset(S(1)), S(EMPTY_SET, S(1)))).toBe(true);
    expect(valuesEqual(filterOf(interval(1, 5), (x) => (x as { value: number }).value > 2), interval(3, 5))).toBe(true);
    expect(valuesEqual(R({ a: 1 }), colonGreater(s("a"), i(1)))).toBe(true);
    expect(valuesEqual(T(1, 2), T(1, 2))).toBe(true);
  });

  it("is FALSE, without error, for same-kind values of different sizes", () => {
    expect(valuesEqual(EMPTY_SET, S(1))).toBe(false);
    expect(valuesEqual(EMPTY_TUPLE, T(1))).toBe(false);
    expect(valuesEqual(R({ a: 1 }), R({ b: 1 }))).toBe(false);
    expect(valuesEqual(S(1), S(s("a"), s("b")))).toBe(false);
    expect(valuesEqual(EMPTY_TUPLE, R({ a: 1 }))).toBe(false);
  });

  it("raises TLC's errors for values of different kinds", () => {
    expect(evalErrorOf(() => valuesEqual(i(1), s("a")))).toBe('Attempted to check equality of integer 1 with non-integer:\n"a"');
    expect(evalErrorOf(() => valuesEqual(s("a"), i(1)))).toBe('Attempted to check equality of string "a" with non-string:\n1');
    expect(evalErrorOf(() => valuesEqual(TRUE, i(1)))).toBe("Attempted to compare equality of boolean TRUE with non-boolean:\n1");
    expect(evalErrorOf(() => valuesEqual(T(1), i(1)))).toBe("Attempted to check equality of the function <<1>> with the value:\n1");
    expect(evalErrorOf(() => valuesEqual(R({ a: 1 }), T(1)))).toBe("Attempted to check equality of record:\n[a |-> 1]\nwith non-record\n<<1>>");
    expect(evalErrorOf(() => valuesEqual(EMPTY_SET, EMPTY_TUPLE))).toBe("Attempted to check equality of the set {} with the value:\n<<>>");
    expect(evalErrorOf(() => valuesEqual(S(1), S(s("a"))))).toBe('Attempted to check equality of integer 1 with non-integer:\n"a"');
    expect(evalErrorOf(() => valuesEqual(T(1), colonGreater(s("x"), i(1))))).toMatch(/record/);
  });

  it("treats an untyped model value as unequal to everything else, and typed ones strictly", () => {
    const m1 = modelValue("m1", 0);
    const ax = modelValue("a_x", 1);
    expect(valuesEqual(m1, i(1))).toBe(false);
    expect(valuesEqual(i(1), m1)).toBe(false);
    expect(valuesEqual(m1, s("m1"))).toBe(false);
    expect(valuesEqual(m1, modelValue("m1", 0))).toBe(true);
    expect(valuesEqual(ax, m1)).toBe(false);
    expect(evalErrorOf(() => valuesEqual(ax, i(1)))).toMatch(/typed model value a_x and the non-model value\n1/);
    expect(evalErrorOf(() => valuesEqual(ax, modelValue("b_y", 2)))).toBe("Attempted to check equality of the differently-typed model values a_x and b_y");
  });

  it("decides infinite symbolic sets by kind", () => {
    expect(valuesEqual(NAT, NAT)).toBe(true);
    expect(valuesEqual(NAT, INT)).toBe(false);
    expect(valuesEqual(NAT, S(1))).toBe(false);
    expect(valuesEqual(seqOf(S(1)), seqOf(interval(1, 1)))).toBe(true);
    expect(valuesEqual(STRING, STRING)).toBe(true);
  });

  it("fails for a set that cannot be normalised", () => {
    evalErrorOf(() => valuesEqual(S(1, s("a")), S(1, s("a"))));
  });
});
