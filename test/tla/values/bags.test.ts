import { describe, expect, it } from "vitest";
import {
  EMPTY_BAG,
  bagAdd,
  bagCardinality,
  bagIn,
  bagOfAll,
  bagSubtract,
  bagToSet,
  bagUnion,
  cardinality,
  colonGreater,
  copiesIn,
  isABag,
  printValue,
  setToBag,
  subBagEq,
  subBags,
  atAt,
  type Value,
} from "../../../src/tla/values/index.ts";
import { S, T, evalErrorOf, i, s } from "./helpers.ts";

const bag = (...pairs: [Value, number][]): Value => pairs.reduce<Value>((acc, [e, k]) => atAt(acc, colonGreater(e, i(k))), EMPTY_BAG);

describe("Bags", () => {
  it("converts between sets and bags", () => {
    expect(printValue(setToBag(S(s("a"), s("b"))))).toBe("[a |-> 1, b |-> 1]");
    expect(printValue(bagToSet(bag([i(5), 2], [i(7), 1])))).toBe("{5, 7}");
    expect(isABag(bag([i(5), 2])).value).toBe(true);
    expect(isABag(T(0)).value).toBe(false);
    expect(isABag(i(3)).value).toBe(false);
  });

  it("adds, subtracts and compares bags", () => {
    const a = bag([s("x"), 2], [s("y"), 1]);
    const b = bag([s("y"), 3], [s("z"), 1]);
    expect(printValue(bagAdd(a, b))).toBe("[x |-> 2, y |-> 4, z |-> 1]");
    expect(printValue(bagSubtract(a, b))).toBe("[x |-> 2]");
    expect(printValue(bagSubtract(b, a))).toBe("[y |-> 2, z |-> 1]");
    expect(printValue(bagUnion(S(a, b)))).toBe("[x |-> 2, y |-> 4, z |-> 1]");
    expect(subBagEq(bag([s("y"), 1]), a).value).toBe(true);
    expect(subBagEq(bag([s("y"), 2]), a).value).toBe(false);
    expect(printValue(copiesIn(s("x"), a))).toBe("2");
    expect(printValue(copiesIn(s("q"), a))).toBe("0");
    expect(bagIn(s("y"), a).value).toBe(true);
    expect(printValue(bagCardinality(a))).toBe("3");
  });

  it("maps and enumerates sub-bags", () => {
    const a = bag([i(1), 2], [i(2), 1]);
    expect(printValue(bagOfAll(() => s("k"), a))).toBe("[k |-> 3]");
    expect(cardinality(subBags(a))).toBe(6);
    evalErrorOf(() => bagCardinality(S(1)));
  });
});
