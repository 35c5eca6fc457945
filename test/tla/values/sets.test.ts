import { describe, expect, it } from "vitest";
import {
  EMPTY_SET,
  INT,
  NAT,
  cartesian,
  difference,
  intersect,
  interval,
  isMember,
  powerset,
  printValue,
  union,
  unionAll,
} from "../../../src/tla/values/index.ts";
import { S, T, evalErrorOf, i, s } from "./helpers.ts";

describe("set algebra", () => {
  it("computes enumerated results at once for enumerated operands", () => {
    const u = union(interval(1, 3), interval(5, 6));
    expect(u.kind).toBe("set");
    expect(printValue(u)).toBe("{1, 2, 3, 5, 6}");
    expect(printValue(intersect(S(1, 2), S(3)))).toBe("{}");
    expect(printValue(difference(interval(1, 5), interval(2, 4)))).toBe("{1, 5}");
    expect(printValue(intersect(S(-1, 0, 1), NAT))).toBe("{0, 1}");
    expect(printValue(intersect(NAT, S(-1, 0, 1)))).toBe("{0, 1}");
    expect(printValue(union(EMPTY_SET, EMPTY_SET))).toBe("{}");
    expect(printValue(unionAll(S(S(1, 2), S(2, 3), EMPTY_SET)))).toBe("{1, 2, 3}");
  });

  it("stays symbolic for infinite operands", () => {
    const d = difference(INT, S(0));
    expect(d.kind).toBe("diff");
    expect(isMember(i(-7), d)).toBe(true);
    expect(isMember(i(0), d)).toBe(false);
    expect(union(S(1), NAT).kind).toBe("cup");
    expect(unionAll(S(NAT)).kind).toBe("union-all");
    expect(isMember(i(7), unionAll(S(NAT)))).toBe(true);
    expect(unionAll(S(interval(1, 2), S(5))).kind).toBe("set");
    expect(powerset(NAT).kind).toBe("subset");
    expect(printValue(cartesian([S(1), S(2), S(3)]))).toBe("{<<1, 2, 3>>}");
    expect(printValue(cartesian([S(1, 2), EMPTY_SET]))).toBe("{}");
  });

  it("fails for incomparable elements and non-set operands, as TLC does", () => {
    expect(evalErrorOf(() => union(S(1), S(s("a"))))).toMatch(/^Attempted to compare/);
    expect(evalErrorOf(() => union(S(1), T(1)))).toBe("The second argument of \\cup should be a set, but instead it is:\n<<1>>");
    evalErrorOf(() => intersect(i(1), S(1)));
    evalErrorOf(() => difference(S(1), i(1)));
    evalErrorOf(() => powerset(i(3)));
    evalErrorOf(() => unionAll(S(i(1))));
    evalErrorOf(() => cartesian([S(1), i(2)]));
  });
});
