import { describe, expect, it } from "vitest";
import {
  BOOLEAN,
  EMPTY_SET,
  EMPTY_TUPLE,
  FALSE,
  INT,
  NAT,
  STRING,
  TRUE,
  atAt,
  colonGreater,
  fcnOf,
  filterOf,
  functionSpace,
  interval,
  modelValue,
  powerset,
  printValue,
  seqOf,
  showValue,
  toStringText,
} from "../../../src/tla/values/index.ts";
import { R, S, T, evalErrorOf, i, s } from "./helpers.ts";

describe("printValue prints as TLC's PrintT", () => {
  it("prints scalars", () => {
    expect(printValue(TRUE)).toBe("TRUE");
    expect(printValue(FALSE)).toBe("FALSE");
    expect(printValue(i(-5))).toBe("-5");
    expect(printValue(s(""))).toBe('""');
    expect(printValue(modelValue("w1", 0))).toBe("w1");
  });

  it("escapes strings as TLC does", () => {
    expect(printValue(s('quote"inside'))).toBe('"quote\\"inside"');
    expect(printValue(s("a\\b\tc\nd\fe\rf"))).toBe('"a\\\\b\\tc\\nd\\fe\\rf"');
    expect(printValue(s("héllo"))).toBe('"héllo"');
  });

  it("prints sets in canonical order, intervals and infinite sets symbolically", () => {
    expect(printValue(EMPTY_SET)).toBe("{}");
    expect(printValue(S(3, 1, 2, 1))).toBe("{1, 2, 3}");
    expect(printValue(BOOLEAN)).toBe("{FALSE, TRUE}");
    expect(printValue(interval(1, 5))).toBe("1..5");
    expect(printValue(interval(-5, -1))).toBe("-5..-1");
    expect(printValue(interval(3, 1))).toBe("{}");
    expect(printValue(NAT)).toBe("Nat");
    expect(printValue(INT)).toBe("Int");
    expect(printValue(STRING)).toBe("STRING");
    expect(printValue(seqOf(S(2, 1)))).toBe("Seq({1, 2})");
    expect(printValue(powerset(S(1, 2)))).toBe("{{}, {1}, {2}, {1, 2}}");
    expect(printValue(S(interval(1, 2)))).toBe("{1..2}");
  });

  it("prints functions as tuples, records or :> @@ chains", () => {
    expect(printValue(EMPTY_TUPLE)).toBe("<<>>");
    expect(printValue(T(1, s("a"), S(2)))).toBe('<<1, "a", {2}>>');
    expect(printValue(R({ b: 1, a: 2 }))).toBe("[a |-> 2, b |-> 1]");
    expect(printValue(colonGreater(i(1), s("a")))).toBe('<<"a">>');
    expect(printValue(colonGreater(s("a"), i(1)))).toBe("[a |-> 1]");
    expect(printValue(atAt(colonGreater(i(3), i(1)), colonGreater(i(5), i(2))))).toBe("(3 :> 1 @@ 5 :> 2)");
    expect(printValue(fcnOf([modelValue("w2", 1), modelValue("w1", 0)], [s("home"), s("home")]))).toBe('(w1 :> "home" @@ w2 :> "home")');
    expect(printValue(fcnOf([T(2, 3), T(1, 3)], [i(2), i(1)]))).toBe("(<<1, 3>> :> 1 @@ <<2, 3>> :> 2)");
  });

  it("prints string-keyed functions whose keys are not identifiers with :>", () => {
    expect(printValue(colonGreater(s("a b"), i(1)))).toBe('("a b" :> 1)');
    expect(printValue(colonGreater(s("WF_x"), i(1)))).toBe('("WF_x" :> 1)');
    expect(printValue(colonGreater(s("_1"), i(1)))).toBe('("_1" :> 1)');
    expect(printValue(colonGreater(s("x_1"), i(1)))).toBe("[x_1 |-> 1]");
  });

  it("orders strings lexicographically where TLC uses its interning order (order_sensitive cases)", () => {
    // str-015: TLC printed {"zeta", "alpha", "mid"}; the same elements, in code-unit order.
    expect(printValue(S(s("zeta"), s("alpha"), s("mid")))).toBe('{"alpha", "mid", "zeta"}');
    // rec-022: TLC printed [zz |-> 1, aa |-> 2].
    expect(printValue(R({ zz: 1, aa: 2 }))).toBe("[aa |-> 2, zz |-> 1]");
  });

  it("fails where PrintT's normalisation fails", () => {
    expect(evalErrorOf(() => printValue(S(1, s("a"))))).toMatch(/^Attempted to compare/);
    expect(evalErrorOf(() => printValue(T(S(T(1), T(s("a"))))))).toMatch(/^Attempted to compare/);
    evalErrorOf(() => printValue(powerset(NAT)));
    evalErrorOf(() => printValue(filterOf(NAT, () => true)));
  });
});

describe("showValue and toStringText never fail", () => {
  it("show unnormalisable and infinite sets as built", () => {
    expect(showValue(S(1, s("a")))).toBe('{1, "a"}');
    expect(showValue(powerset(NAT))).toBe("SUBSET Nat");
    expect(showValue(powerset(interval(1, 40)))).toBe("SUBSET 1..40");
    expect(showValue(functionSpace(S(1), NAT))).toBe("[{1} -> Nat]");
    expect(toStringText(powerset(S(1)))).toBe("{{}, {1}}");
    expect(toStringText(powerset(NAT))).toBe("SUBSET Nat");
    expect(toStringText(T(S(2, 1), s("x")))).toBe('<<{1, 2}, "x">>');
  });
});
