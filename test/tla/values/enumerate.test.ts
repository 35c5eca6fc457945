import { describe, expect, it } from "vitest";
import {
  EMPTY_SET,
  INT,
  NAT,
  STRING,
  cartesian,
  difference,
  enumerate,
  filterOf,
  functionSpace,
  intersect,
  interval,
  mapOf,
  normalizeSet,
  powerset,
  printValue,
  recordSpace,
  seqOf,
  subsetOf,
  unionOf,
  cupOf,
  capOf,
  diffOf,
  modelValue,
} from "../../../src/tla/values/index.ts";
import { S, T, evalErrorOf, i, s } from "./helpers.ts";

const show = (v: Parameters<typeof enumerate>[0]): string => enumerate(v).map(printValue).join(" ");

describe("enumerate gives the canonical order used by CHOOSE, \\E and \\A", () => {
  it("enumerates SUBSET by cardinality, then element-wise", () => {
    expect(show(powerset(S(1, 2)))).toBe("{} {1} {2} {1, 2}");
    expect(enumerate(powerset(interval(1, 10)))).toHaveLength(1024);
    const all = enumerate(powerset(S(3, 1, 2, 4)));
    expect(all.map(printValue).slice(5, 11)).toEqual(["{1, 2}", "{1, 3}", "{1, 4}", "{2, 3}", "{2, 4}", "{3, 4}"]);
  });

  it("enumerates [S -> T] with the first domain element varying slowest", () => {
    expect(show(functionSpace(interval(1, 2), S(0, 1)))).toBe("<<0, 0>> <<0, 1>> <<1, 0>> <<1, 1>>");
    expect(show(functionSpace(S(s("a"), s("b")), S(1)))).toBe("[a |-> 1, b |-> 1]");
    expect(show(functionSpace(S(0, 5), S(7)))).toBe("(0 :> 7 @@ 5 :> 7)");
    expect(show(functionSpace(EMPTY_SET, S(1)))).toBe("<<>>");
    expect(enumerate(functionSpace(S(1), EMPTY_SET))).toEqual([]);
  });

  it("enumerates records, products, unions and set algebra of symbolic sets", () => {
    expect(show(recordSpace(["b", "a"], [S(1, 2), S(s("x"))]))).toBe('[a |-> "x", b |-> 1] [a |-> "x", b |-> 2]');
    expect(show(cartesian([interval(1, 2), S(7, 8)]))).toBe("<<1, 7>> <<1, 8>> <<2, 7>> <<2, 8>>");
    expect(show(unionOf(S(S(1, 2), S(2, 3))))).toBe("1 2 3");
    expect(show(cupOf(interval(1, 2), S(2, 5)))).toBe("1 2 5");
    expect(show(capOf(NAT, S(-1, 0, 1)))).toBe("0 1");
    expect(show(capOf(NAT, filterOf(interval(-2, 2), () => true)))).toBe("0 1 2");
    expect(show(capOf(powerset(S(1, 2)), powerset(S(2, 3))))).toBe("{} {2}");
    expect(show(diffOf(interval(1, 5), NAT))).toBe("");
    expect(show(intersect(filterOf(NAT, () => true), S(3, -3)))).toBe("3");
    expect(show(difference(interval(1, 5), interval(2, 4)))).toBe("1 5");
  });

  it("enumerates filters and maps of finite sets, normalising the map's results", () => {
    expect(show(filterOf(interval(1, 10), (x) => (x as { value: number }).value % 3 === 0))).toBe("3 6 9");
    expect(show(mapOf(interval(-2, 2), (x) => i((x as { value: number }).value ** 2)))).toBe("0 1 4");
    expect(show(seqOf(EMPTY_SET))).toBe("<<>>");
  });

  it("orders model values by their interning order", () => {
    expect(show(S(modelValue("b", 1), modelValue("a", 2), modelValue("c", 0)))).toBe("c b a");
  });

  it("refuses infinite sets with TLC-like errors", () => {
    for (const inf of [NAT, INT, STRING, seqOf(S(1)), powerset(NAT), filterOf(NAT, () => true), cartesian([S(1), NAT]), functionSpace(S(1), NAT)]) {
      expect(evalErrorOf(() => enumerate(inf))).toMatch(/infinitely many elements/);
    }
  });

  it("refuses enumerations beyond the engine's limit instead of exhausting memory", () => {
    expect(evalErrorOf(() => enumerate(subsetOf(interval(1, 40))))).toMatch(/more than the/);
    expect(evalErrorOf(() => enumerate(functionSpace(interval(1, 30), S(0, 1))))).toMatch(/more than the/);
  });

  it("fails, as TLC does, for a set whose elements cannot be compared", () => {
    expect(evalErrorOf(() => normalizeSet(S(1, s("a"))))).toMatch(/Attempted to compare/);
    expect(evalErrorOf(() => enumerate(S(T(1), T(s("a")))))).toMatch(/Attempted to compare/);
  });
});
