import { describe, expect, it } from "vitest";
import {
  EMPTY_SET,
  FALSE,
  NAT,
  TRUE,
  assertTlc,
  cardinality,
  interval,
  modelValue,
  permutations,
  powerset,
  printValue,
  sortSeq,
  toStringValue,
  type TupleValue,
  type Value,
} from "../../../src/tla/values/index.ts";
import { S, T, evalErrorOf, i, s } from "./helpers.ts";

const n = (v: Value): number => (v as { value: number }).value;

describe("TLC module", () => {
  it("enumerates Permutations as functions in canonical order", () => {
    expect(printValue(permutations(S(1, 2, 3)))).toBe("{<<1, 2, 3>>, <<1, 3, 2>>, <<2, 1, 3>>, <<2, 3, 1>>, <<3, 1, 2>>, <<3, 2, 1>>}");
    expect(printValue(permutations(EMPTY_SET))).toBe("{<<>>}");
    expect(cardinality(permutations(interval(1, 5)))).toBe(120);
    expect(printValue(permutations(S(modelValue("m1", 0), modelValue("m2", 1))))).toBe("{(m1 :> m1 @@ m2 :> m2), (m1 :> m2 @@ m2 :> m1)}");
    evalErrorOf(() => permutations(NAT));
  });

  it("sorts stably with SortSeq", () => {
    expect(printValue(sortSeq(T(3, 1, 2), (a, b) => n(a) < n(b)))).toBe("<<1, 2, 3>>");
    const pairs = T(T(2, 1), T(1, 2), T(2, 3), T(1, 4));
    const byFirst = sortSeq(pairs, (a, b) => n((a as TupleValue).elems[0]!) < n((b as TupleValue).elems[0]!));
    expect(printValue(byFirst)).toBe("<<<<1, 2>>, <<1, 4>>, <<2, 1>>, <<2, 3>>>>");
    evalErrorOf(() => sortSeq(S(1), () => true));
  });

  it("prints with ToString as TLC does", () => {
    expect(printValue(toStringValue(S(2, 1)))).toBe('"{1, 2}"');
    expect(printValue(toStringValue(s("x")))).toBe('"\\"x\\""');
    expect(printValue(toStringValue(T(1, s("a"))))).toBe('"<<1, \\"a\\">>"');
    expect(printValue(toStringValue(interval(1, 3)))).toBe('"1..3"');
    expect(printValue(toStringValue(powerset(NAT)))).toBe('"SUBSET Nat"');
  });

  it("checks Assert", () => {
    expect(assertTlc(TRUE, s("ok"))).toBe(TRUE);
    expect(evalErrorOf(() => assertTlc(FALSE, s("boom")))).toBe('The first argument of Assert evaluated to FALSE; the second argument was:\n"boom"');
    evalErrorOf(() => assertTlc(i(1), s("x")));
  });
});
