import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeValue, encodeValue, formatValuePath } from "../../src/trace/json-value.ts";
import { compareValues, showValue, tFcn, tModel, tRecord, tSeq, tSet, valuesEqual, type TValue } from "../../src/trace/value.ts";

/** Arbitrary trace values, nested a few levels. */
const values: fc.Arbitrary<TValue> = fc.letrec<{ v: TValue }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.integer({ min: -1000, max: 1000 }),
    fc.string({ maxLength: 4 }),
    fc.boolean(),
    fc.constantFrom("a1", "a2", "None").map(tModel),
    fc.array(tie("v"), { maxLength: 3 }).map(tSet),
    fc.array(tie("v"), { maxLength: 3 }).map(tSeq),
    fc.array(fc.tuple(tie("v"), tie("v")), { maxLength: 3 }).map(tFcn),
    fc.dictionary(fc.constantFrom("type", "bal", "acc", "x"), tie("v"), { minKeys: 1, maxKeys: 3 }).map(tRecord),
  ),
})).v;

describe("trace value encoding", () => {
  it("round-trips every value through JSON text", () => {
    fc.assert(
      fc.property(values, (v) => {
        const back = decodeValue(JSON.parse(JSON.stringify(encodeValue(v))));
        expect(back.ok).toBe(true);
        if (back.ok) expect(valuesEqual(back.value, v)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps sets and functions canonical: equal values encode to the same bytes", () => {
    const a = tSet([tModel("a2"), tModel("a1"), tModel("a2")]);
    const b = tSet([tModel("a1"), tModel("a2")]);
    expect(JSON.stringify(encodeValue(a))).toBe(JSON.stringify(encodeValue(b)));
    expect(encodeValue(tFcn([[2, "y"], [1, "x"]]))).toEqual({ $fcn: [[1, "x"], [2, "y"]] });
    expect(compareValues(tRecord({ a: 1, b: 2 }), tRecord({ b: 2, a: 1 }))).toBe(0);
  });

  it("encodes each kind explicitly", () => {
    const msg = tRecord({ type: "1b", acc: tModel("a1"), bal: 0, mbal: -1, mval: tModel("None") });
    expect(encodeValue(msg)).toEqual({ type: "1b", acc: { $model: "a1" }, bal: 0, mbal: -1, mval: { $model: "None" } });
    expect(encodeValue(tSeq([1, true, "s"]))).toEqual([1, true, "s"]);
    expect(showValue(msg)).toBe('[type |-> "1b", acc |-> a1, bal |-> 0, mbal |-> -1, mval |-> None]');
  });

  it("says where and what is wrong in a bad encoding", () => {
    const bad = (json: unknown) => {
      const r = decodeValue(json);
      return r.ok ? "ok" : `${formatValuePath("v", r.path)}: ${r.message}`;
    };
    expect(bad(1.5)).toMatch(/^v: 1.5 is not an integer/);
    expect(bad(2 ** 60)).toMatch(/outside the safe integer range/);
    expect(bad(null)).toBe("v: null is not a TLA+ value");
    expect(bad({})).toMatch(/^v: an empty object is not a value/);
    expect(bad({ $set: 3 })).toBe("v.$set: expected an array of elements, got number 3");
    expect(bad({ $model: "" })).toMatch(/^v.\$model: a model value's name must be a non-empty string/);
    expect(bad({ $set: [], x: 1 })).toMatch(/must have no other key/);
    expect(bad({ $tuple: [] })).toMatch(/unknown tag "\$tuple"/);
    expect(bad({ $fcn: [[1, 2], [1, 3]] })).toBe("v.$fcn[1][0]: this key appears twice in the function");
    expect(bad({ $fcn: [[1]] })).toMatch(/^v.\$fcn\[0\]: expected a \[key, value\] pair/);
    expect(bad({ a: [{ b: null }] })).toBe("v.a[0].b: null is not a TLA+ value");
  });
});
