import { describe, expect, it } from "vitest";
import {
  div,
  greaterOrEqual,
  greaterThan,
  lessOrEqual,
  lessThan,
  minus,
  mod,
  negate,
  plus,
  pow,
  printValue,
  range,
  times,
  type Value,
} from "../../../src/tla/values/index.ts";
import { S, T, evalErrorOf, i, s } from "./helpers.ts";

const n = (v: Value): number => (v as { value: number }).value;

describe("Naturals and Integers", () => {
  it("\\div rounds toward negative infinity and % lies in 0..b-1", () => {
    for (const [a, b] of [
      [17, 5],
      [-17, 5],
      [17, -5],
      [-17, -5],
      [-1, 2],
      [0, 3],
      [2 ** 52 + 1, 3],
      [-(2 ** 52) - 1, 7],
    ] as const) {
      const q = n(div(i(a), i(b)));
      expect(q).toBe(Math.floor(a / b));
      if (b > 0) {
        const r = n(mod(i(a), i(b)));
        expect(r >= 0 && r < b).toBe(true);
        expect(BigInt(a)).toBe(BigInt(q) * BigInt(b) + BigInt(r));
      }
    }
    expect(n(div(i(-17), i(5)))).toBe(-4);
    expect(n(div(i(17), i(-5)))).toBe(-4);
    expect(n(mod(i(-17), i(5)))).toBe(3);
    expect(Object.is(n(div(i(-1), i(5))), -1)).toBe(true);
    expect(Object.is(n(div(i(0), i(-5))), 0)).toBe(true);
  });

  it("raises TLC's errors for \\div, % and ^", () => {
    expect(evalErrorOf(() => div(i(10), i(0)))).toBe("The second argument of \\div is 0.");
    expect(evalErrorOf(() => mod(i(17), i(-5)))).toBe("The second argument of % should be a positive number, but instead it is:\n-5");
    expect(evalErrorOf(() => mod(i(10), i(0)))).toBe("The second argument of % should be a positive number, but instead it is:\n0");
    expect(evalErrorOf(() => pow(i(0), i(0)))).toBe("0^0 is undefined.");
    expect(evalErrorOf(() => pow(i(2), i(-1)))).toBe("The second argument of ^ should be a natural number, but instead it is:\n-1");
  });

  it("computes powers exactly", () => {
    expect(n(pow(i(2), i(0)))).toBe(1);
    expect(n(pow(i(-2), i(3)))).toBe(-8);
    expect(n(pow(i(2), i(52)))).toBe(2 ** 52);
    expect(n(pow(i(1), i(10 ** 12)))).toBe(1);
    expect(n(pow(i(-1), i(10 ** 12 + 1)))).toBe(-1);
    expect(n(pow(i(0), i(5)))).toBe(0);
  });

  it("is exact beyond 32 bits and fails with Overflow beyond the safe-integer range", () => {
    // TLC fails at 2^31 (int32_overflow cases); the conformance README allows the exact result.
    expect(printValue(plus(i(2147483647), i(1)))).toBe("2147483648");
    expect(printValue(pow(i(2), i(31)))).toBe("2147483648");
    expect(printValue(times(i(100000), i(100000)))).toBe("10000000000");
    expect(evalErrorOf(() => pow(i(2), i(53)))).toBe("Overflow when computing 2^53");
    expect(evalErrorOf(() => plus(i(2 ** 53 - 1), i(1)))).toBe(`Overflow when computing ${2 ** 53 - 1}+1`);
    expect(evalErrorOf(() => times(i(2 ** 30), i(2 ** 30)))).toMatch(/^Overflow/);
    expect(evalErrorOf(() => minus(i(-(2 ** 53) + 1), i(1)))).toMatch(/^Overflow/);
  });

  it("compares integers only", () => {
    expect(lessThan(i(3), i(5)).value).toBe(true);
    expect(lessOrEqual(i(5), i(5)).value).toBe(true);
    expect(greaterThan(i(5), i(5)).value).toBe(false);
    expect(greaterOrEqual(i(3), i(4)).value).toBe(false);
    expect(evalErrorOf(() => lessThan(T(1, 2), T(1, 3)))).toBe("The first argument of < should be an integer, but instead it is:\n<<1, 2>>");
    expect(evalErrorOf(() => lessThan(i(1), S(2)))).toBe("The second argument of < should be an integer, but instead it is:\n{2}");
    expect(evalErrorOf(() => plus(s("a"), i(1)))).toBe('The first argument of + should be an integer, but instead it is:\n"a"');
  });

  it("negates and builds intervals", () => {
    expect(printValue(negate(i(-4)))).toBe("4");
    expect(Object.is(n(negate(i(0))), 0)).toBe(true);
    expect(printValue(range(i(-2), i(2)))).toBe("-2..2");
    evalErrorOf(() => range(s("a"), i(2)));
  });
});
