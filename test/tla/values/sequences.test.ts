import { describe, expect, it } from "vitest";
import { EMPTY_SET, EMPTY_TUPLE, NAT, append, concat, head, isMember, len, printValue, selectSeq, seqOf, subSeq, tail, type Value } from "../../../src/tla/values/index.ts";
import { S, T, evalErrorOf, i, s } from "./helpers.ts";

const n = (v: Value): number => (v as { value: number }).value;

describe("Sequences", () => {
  it("implements Len, Append, Head, Tail, \\o and SubSeq", () => {
    expect(n(len(EMPTY_TUPLE))).toBe(0);
    expect(printValue(append(T(1), i(2)))).toBe("<<1, 2>>");
    expect(printValue(append(EMPTY_TUPLE, EMPTY_TUPLE))).toBe("<<<<>>>>");
    expect(printValue(head(tail(append(T(1, 2), i(3)))))).toBe("2");
    expect(printValue(tail(T(4)))).toBe("<<>>");
    expect(printValue(concat(T(1, 2), T(3)))).toBe("<<1, 2, 3>>");
    expect(printValue(concat(EMPTY_TUPLE, EMPTY_TUPLE))).toBe("<<>>");
    expect(printValue(subSeq(T(1, 2, 3, 4), i(2), i(3)))).toBe("<<2, 3>>");
    expect(n(len(subSeq(T(1, 2, 3), i(1), i(0))))).toBe(0);
    expect(printValue(subSeq(T(1, 2, 3), i(5), i(2)))).toBe("<<>>");
  });

  it("treats strings as sequences for Len, \\o and SubSeq only (TLC quirk 9)", () => {
    expect(n(len(s("abc")))).toBe(3);
    expect(printValue(concat(s("ab"), s("cd")))).toBe('"abcd"');
    expect(printValue(subSeq(s("abcd"), i(2), i(3)))).toBe('"bc"');
    expect(evalErrorOf(() => head(s("abc")))).toBe('The argument of Head should be a sequence, but instead it is:\n"abc"');
    expect(evalErrorOf(() => append(s("ab"), s("c")))).toBe('Evaluating an expression of the form Append(s, v) when s is not a sequence:\n"ab"');
    evalErrorOf(() => concat(s("ab"), T(1)));
  });

  it("raises TLC's errors", () => {
    expect(evalErrorOf(() => head(EMPTY_TUPLE))).toBe("Attempted to apply Head to the empty sequence.");
    evalErrorOf(() => tail(EMPTY_TUPLE));
    expect(evalErrorOf(() => subSeq(T(1, 2, 3), i(0), i(2)))).toBe(
      "The second argument of SubSeq must be in the domain of its first argument:\n<<1, 2, 3>>\n, but instead it is\n0",
    );
    expect(evalErrorOf(() => subSeq(T(1, 2, 3), i(2), i(5)))).toBe(
      "The third argument of SubSeq must be in the domain of its first argument:\n<<1, 2, 3>>\n, but instead it is\n5",
    );
    evalErrorOf(() => len(S(1)));
    evalErrorOf(() => append(i(1), i(1)));
  });

  it("filters with SelectSeq and keeps Seq(S) symbolic", () => {
    expect(printValue(selectSeq(T(1, 2, 3, 4), (x) => n(x) % 2 === 0))).toBe("<<2, 4>>");
    expect(printValue(seqOf(NAT))).toBe("Seq(Nat)");
    expect(isMember(T(1, 2), seqOf(NAT))).toBe(true);
    expect(isMember(EMPTY_TUPLE, seqOf(EMPTY_SET))).toBe(true);
    evalErrorOf(() => seqOf(i(1)));
  });
});
