import { describe, expect, it } from "vitest";
import { EMPTY_SET, EMPTY_TUPLE, FALSE, TRUE, colonGreater, compareValues, modelValue } from "../../../src/tla/values/index.ts";
import { R, S, T, evalErrorOf, i, s } from "./helpers.ts";

const lt = (a: Parameters<typeof compareValues>[0], b: Parameters<typeof compareValues>[1]): boolean => compareValues(a, b) < 0;

describe("compareValues: TLC's canonical order", () => {
  it("orders integers ascending and FALSE before TRUE", () => {
    expect(lt(i(-3), i(2))).toBe(true);
    expect(lt(FALSE, TRUE)).toBe(true);
    expect(compareValues(i(7), i(7))).toBe(0);
  });

  it("orders strings by UTF-16 code units (not TLC's interning order)", () => {
    expect(lt(s("B"), s("a"))).toBe(true);
    expect(lt(s("a"), s("ab"))).toBe(true);
    expect(lt(s("z"), s("é"))).toBe(true);
    expect(lt(s(""), s("a"))).toBe(true);
  });

  it("orders sets by cardinality first, then element-wise", () => {
    expect(lt(S(9), S(1, 2))).toBe(true);
    expect(lt(S(1, 3), S(2, 3))).toBe(true);
    expect(lt(EMPTY_SET, S(0))).toBe(true);
  });

  it("orders tuples by length first", () => {
    expect(lt(T(2), T(1, 1))).toBe(true);
    expect(lt(T(1, 1), T(1, 2))).toBe(true);
    expect(lt(EMPTY_TUPLE, T(0))).toBe(true);
  });

  it("orders records by size, then field names, then values", () => {
    expect(lt(R({ z: 1 }), R({ a: 1, b: 1 }))).toBe(true);
    expect(lt(R({ a: 5 }), R({ b: 1 }))).toBe(true);
    expect(lt(R({ n: 1 }), R({ n: 2 }))).toBe(true);
  });

  it("orders functions by domain size, domain, then values; tuples among them", () => {
    expect(lt(colonGreater(i(0), i(9)), colonGreater(i(2), i(0)))).toBe(true);
    expect(lt(T(5), colonGreater(i(2), i(0)))).toBe(true);
    expect(lt(colonGreater(i(0), i(9)), T(5))).toBe(true);
  });

  it("orders model values by their interning order; untyped ones before any other value", () => {
    const m1 = modelValue("m1", 1);
    const m0 = modelValue("zz", 0);
    expect(lt(m0, m1)).toBe(true);
    expect(lt(m1, i(-100))).toBe(true);
    expect(lt(m1, S())).toBe(true);
    expect(compareValues(i(0), m1)).toBeGreaterThan(0);
  });

  it("fails as TLC does for values it cannot compare", () => {
    expect(evalErrorOf(() => compareValues(i(1), s("a")))).toBe('Attempted to compare integer 1 with non-integer:\n"a"');
    expect(evalErrorOf(() => compareValues(s("a"), i(1)))).toBe('Attempted to compare string "a" with non-string:\n1');
    expect(evalErrorOf(() => compareValues(R({ a: 1 }), T(1)))).toBe("Attempted to compare record:\n[a |-> 1]\nwith non-record\n<<1>>");
    expect(evalErrorOf(() => compareValues(S(1), T(1)))).toMatch(/^Attempted to compare the set \{1\}/);
    expect(evalErrorOf(() => compareValues(modelValue("a_x", 0), i(1)))).toMatch(/typed model value a_x/);
    expect(evalErrorOf(() => compareValues(modelValue("a_x", 0), modelValue("b_y", 1)))).toBe(
      "Attempted to compare the differently-typed model values a_x and b_y",
    );
  });

  it("compares a typed model value with an untyped one or one of its type", () => {
    expect(lt(modelValue("m1", 0), modelValue("a_x", 1))).toBe(true);
    expect(lt(modelValue("a_x", 1), modelValue("a_y", 2))).toBe(true);
  });
});
