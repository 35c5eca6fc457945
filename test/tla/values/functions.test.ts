import { describe, expect, it } from "vitest";
import {
  EMPTY_TUPLE,
  apply,
  atAt,
  colonGreater,
  domain,
  except,
  fcnFromSorted,
  fcnOf,
  field,
  functionSpace,
  interval,
  modelValue,
  plus,
  printValue,
  recordOf,
  recordSpace,
} from "../../../src/tla/values/index.ts";
import { R, S, T, evalErrorOf, i, s } from "./helpers.ts";

describe("normalised function construction", () => {
  it("turns a domain 1..n into a tuple and a string domain into a record, in any order", () => {
    expect(fcnOf([i(2), i(1)], [s("b"), s("a")]).kind).toBe("tuple");
    expect(printValue(fcnOf([i(2), i(1)], [s("b"), s("a")]))).toBe('<<"a", "b">>');
    expect(fcnOf([s("b"), s("a")], [i(1), i(2)]).kind).toBe("record");
    expect(fcnOf([i(0), i(1)], [i(1), i(2)]).kind).toBe("fcn");
    expect(fcnOf([], [])).toBe(EMPTY_TUPLE);
    expect(recordOf([], [])).toBe(EMPTY_TUPLE);
  });

  it("rejects repeated domain elements and fields", () => {
    evalErrorOf(() => fcnOf([i(3), i(3)], [i(1), i(2)]));
    expect(evalErrorOf(() => recordOf(["a", "a"], [i(1), i(2)]))).toBe("Field name a occurs multiple times in record.");
  });
});

describe("application", () => {
  it("applies tuples, records and functions", () => {
    expect(printValue(apply(T(1, 2), i(2)))).toBe("2");
    expect(printValue(apply(R({ a: 1, b: 2 }), s("b")))).toBe("2");
    expect(printValue(field(R({ a: 1 }), "a"))).toBe("1");
    const big = fcnOf(
      Array.from({ length: 50 }, (_, k) => i(k * 3)),
      Array.from({ length: 50 }, (_, k) => i(k)),
    );
    expect(printValue(apply(big, i(99)))).toBe("33");
    expect(printValue(apply(colonGreater(modelValue("w1", 0), s("x")), modelValue("w1", 0)))).toBe('"x"');
  });

  it("raises TLC's errors outside the domain", () => {
    expect(evalErrorOf(() => apply(T(1, 2, 3), i(4)))).toBe("Attempted to access index 4 of tuple\n<<1, 2, 3>>\nwhich is out of bounds.");
    expect(evalErrorOf(() => apply(atAt(colonGreater(i(1), i(2)), colonGreater(i(5), i(3))), i(4)))).toBe(
      "Attempted to apply function:\n(1 :> 2 @@ 5 :> 3)\nto argument 4, which is not in the domain of the function.",
    );
    expect(evalErrorOf(() => field(R({ a: 1 }), "c"))).toBe("Attempted to access nonexistent field 'c' of record\n[a |-> 1]");
    evalErrorOf(() => apply(i(1), i(1)));
    evalErrorOf(() => apply(T(1), s("a")));
  });
});

describe("DOMAIN", () => {
  it("gives intervals for tuples and for functions built over intervals", () => {
    expect(printValue(domain(T(7, 8, 9)))).toBe("1..3");
    expect(printValue(domain(EMPTY_TUPLE))).toBe("{}");
    expect(printValue(domain(fcnFromSorted([i(5), i(6)], [i(0), i(0)], true)))).toBe("5..6");
    expect(printValue(domain(fcnFromSorted([i(5), i(6)], [i(0), i(0)])))).toBe("{5, 6}");
    expect(printValue(domain(R({ b: 1, a: 2 })))).toBe('{"a", "b"}');
  });
});

describe("EXCEPT", () => {
  it("updates along a path, with @ as the old value", () => {
    const f = T(10, 20, 30);
    expect(printValue(except(f, [i(2)], (old) => plus(old, i(1))))).toBe("<<10, 21, 30>>");
    const g = T(T(1, 2), T(2, 4));
    expect(printValue(except(g, [i(2), i(1)], () => i(0)))).toBe("<<<<1, 2>>, <<0, 4>>>>");
    const h = T(R({ v: 1, w: 0 }), R({ v: 2, w: 0 }));
    expect(printValue(except(h, [i(2), s("v")], () => i(99)))).toBe("<<[v |-> 1, w |-> 0], [v |-> 99, w |-> 0]>>");
    const once = except(T(1, 2), [i(1)], () => i(7));
    expect(printValue(except(once, [i(1)], (old) => plus(old, i(1))))).toBe("<<8, 2>>");
  });

  it("changes nothing outside the domain (TLC quirk 8)", () => {
    expect(printValue(except(T(1, 2), [i(5)], () => i(0)))).toBe("<<1, 2>>");
    expect(printValue(except(R({ a: 1 }), [s("c")], () => i(1)))).toBe("[a |-> 1]");
    expect(printValue(except(colonGreater(i(3), i(1)), [i(4)], () => i(0)))).toBe("(3 :> 1)");
  });

  it("keeps a function's interval domain", () => {
    const f = fcnFromSorted([i(5), i(6)], [i(0), i(0)], true);
    expect(printValue(domain(except(f, [i(5)], () => i(1))))).toBe("5..6");
  });

  it("fails on a non-function with a path left", () => {
    evalErrorOf(() => except(T(1, 2), [i(1), i(1)], () => i(0)));
  });
});

describe(":> and @@", () => {
  it("merge with the left operand taking precedence", () => {
    expect(printValue(atAt(colonGreater(i(1), s("a")), colonGreater(i(1), s("b"))))).toBe('<<"a">>');
    expect(printValue(atAt(atAt(colonGreater(i(1), s("a")), colonGreater(i(2), s("b"))), colonGreater(i(3), s("c"))))).toBe('<<"a", "b", "c">>');
    expect(printValue(atAt(colonGreater(i(5), i(3)), colonGreater(i(1), i(2))))).toBe("(1 :> 2 @@ 5 :> 3)");
    expect(printValue(atAt(colonGreater(s("a"), i(1)), colonGreater(s("b"), i(2))))).toBe("[a |-> 1, b |-> 2]");
    evalErrorOf(() => atAt(i(1), colonGreater(i(1), i(1))));
  });
});

describe("function and record sets", () => {
  it("are symbolic and enumerate canonically", () => {
    expect(printValue(functionSpace(S(1, 2), S(s("x"))))).toBe('{<<"x", "x">>}');
    expect(printValue(functionSpace(interval(1, 2), S(0, 1)))).toBe("{<<0, 0>>, <<0, 1>>, <<1, 0>>, <<1, 1>>}");
    expect(printValue(recordSpace(["a", "b"], [S(1, 2), S(s("x"))]))).toBe('{[a |-> 1, b |-> "x"], [a |-> 2, b |-> "x"]}');
    evalErrorOf(() => functionSpace(i(1), S(1)));
    evalErrorOf(() => recordSpace(["a"], [i(1)]));
    evalErrorOf(() => recordSpace(["a", "a"], [S(1), S(2)]));
  });
});
