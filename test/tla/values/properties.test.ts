import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareValues, fingerprintState, fingerprintValue, printValue, setOf, valuesEqual } from "../../../src/tla/values/index.ts";
import { rebuild, typedTriple, tyArb, valueArb } from "./arbitrary.ts";

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);
const runs = { numRuns: 400 };

describe("compare is a total order consistent with equality", () => {
  it("is reflexive and antisymmetric, and agrees with valuesEqual", () => {
    fc.assert(
      fc.property(typedTriple, ([a, b]) => {
        expect(compareValues(a, a)).toBe(0);
        expect(sign(compareValues(a, b)) + sign(compareValues(b, a))).toBe(0);
        expect(compareValues(a, b) === 0).toBe(valuesEqual(a, b));
      }),
      runs,
    );
  });

  it("is transitive", () => {
    fc.assert(
      fc.property(typedTriple, ([a, b, c]) => {
        const [x, y, z] = [a, b, c].sort(compareValues);
        expect(compareValues(x!, y!)).toBeLessThanOrEqual(0);
        expect(compareValues(y!, z!)).toBeLessThanOrEqual(0);
        expect(compareValues(x!, z!)).toBeLessThanOrEqual(0);
      }),
      runs,
    );
  });

  it("ignores how a value was built", () => {
    fc.assert(
      fc.property(
        tyArb.chain((ty) => valueArb(ty)),
        fc.integer(),
        (v, seed) => {
          const w = rebuild(v, seed);
          expect(valuesEqual(v, w)).toBe(true);
          expect(compareValues(v, w)).toBe(0);
          // Intervals keep printing as a..b inside other values, as in TLC.
          expect(printValue(rebuild(v, seed, { intervals: false }))).toBe(printValue(v));
        },
      ),
      runs,
    );
  });
});

describe("fingerprints", () => {
  it("are equal for equal values however they were built", () => {
    fc.assert(
      fc.property(
        tyArb.chain((ty) => valueArb(ty)),
        fc.integer(),
        (v, seed) => {
          expect(fingerprintValue(rebuild(v, seed))).toEqual(fingerprintValue(v));
        },
      ),
      runs,
    );
  });

  it("differ for the distinct values generated", () => {
    fc.assert(
      fc.property(typedTriple, ([a, b]) => {
        const same = valuesEqual(a, b);
        const fa = fingerprintValue(a);
        const fb = fingerprintValue(b);
        expect(fa.hi === fb.hi && fa.lo === fb.lo).toBe(same);
      }),
      runs,
    );
  });

  it("of states depend on the order of the variables' values", () => {
    fc.assert(
      fc.property(typedTriple, ([a, b]) => {
        fc.pre(!valuesEqual(a, b));
        expect(fingerprintState([a, b])).not.toEqual(fingerprintState([b, a]));
        expect(fingerprintState([a, b])).toEqual(fingerprintState([rebuild(a, 1), rebuild(b, 2)]));
      }),
      runs,
    );
  });
});

describe("setOf", () => {
  it("is idempotent and independent of element order and duplicates", () => {
    fc.assert(
      fc.property(
        tyArb.chain((ty) => fc.array(valueArb(ty), { maxLength: 6 })),
        (xs) => {
          const once = setOf(xs);
          const twice = setOf(once.elems);
          expect(twice.elems).toEqual(once.elems);
          const again = setOf([...xs].reverse().concat(xs));
          expect(valuesEqual(again, once)).toBe(true);
          for (let i = 1; i < once.elems.length; i++) expect(compareValues(once.elems[i - 1]!, once.elems[i]!)).toBeLessThan(0);
        },
      ),
      runs,
    );
  });
});
