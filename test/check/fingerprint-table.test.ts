import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FingerprintTable, NO_PARENT } from "../../src/check/fingerprint-table.ts";

describe("FingerprintTable", () => {
  it("hands out dense ids in discovery order and refuses a fingerprint it already holds", () => {
    const t = new FingerprintTable();
    expect(t.add(1, 2, NO_PARENT)).toBe(0);
    expect(t.add(1, 3, 0)).toBe(1);
    expect(t.add(1, 2, 1)).toBe(-1);
    expect(t.size).toBe(2);
    expect(t.parent(0)).toBe(NO_PARENT);
    expect(t.parent(1)).toBe(0);
    expect(t.find(1, 3)).toBe(1);
    expect(t.find(3, 1)).toBe(-1);
  });

  it("tells apart fingerprints that share one half", () => {
    const t = new FingerprintTable();
    expect(t.add(0, 7, NO_PARENT)).toBe(0);
    expect(t.add(1, 7, NO_PARENT)).toBe(1);
    expect(t.add(7, 0, NO_PARENT)).toBe(2);
    expect(t.add(0xffffffff, 0xffffffff, NO_PARENT)).toBe(3);
    expect(t.add(0, 0, NO_PARENT)).toBe(4);
    expect(t.size).toBe(5);
  });

  it("keeps every fingerprint and parent while growing far past its initial capacity", () => {
    const t = new FingerprintTable();
    const n = 50_000;
    let misnumbered = 0;
    for (let i = 0; i < n; i++) if (t.add(i * 7919, i, i === 0 ? NO_PARENT : i - 1) !== i) misnumbered++;
    expect(misnumbered).toBe(0);
    for (let i = 0; i < n; i += 997) {
      expect(t.find(i * 7919, i)).toBe(i);
      expect(t.fingerprintHi(i)).toBe((i * 7919) >>> 0);
      expect(t.fingerprintLo(i)).toBe(i);
    }
    expect(t.pathTo(4)).toEqual([0, 1, 2, 3, 4]);
    expect(t.bytes).toBeLessThan(n * 40);
  });

  it("behaves like a set of 64-bit integers (property)", () => {
    const half = fc.integer({ min: 0, max: 0xffffffff });
    // Few distinct values so that duplicates are frequent.
    const fps = fc.array(fc.tuple(fc.oneof(half, fc.constantFrom(0, 1, 2)), fc.oneof(half, fc.constantFrom(0, 1, 2))), { maxLength: 400 });
    fc.assert(
      fc.property(fps, (list) => {
        const t = new FingerprintTable(1);
        const model = new Map<bigint, number>();
        for (const [hi, lo] of list) {
          const key = (BigInt(hi) << 32n) | BigInt(lo);
          const id = t.add(hi, lo, NO_PARENT);
          if (model.has(key)) expect(id).toBe(-1);
          else {
            expect(id).toBe(model.size);
            model.set(key, id);
          }
        }
        expect(t.size).toBe(model.size);
        for (const [key, id] of model) expect(t.find(Number(key >> 32n), Number(key & 0xffffffffn))).toBe(id);
      }),
    );
  });

  it("rejects ids it never handed out", () => {
    const t = new FingerprintTable();
    t.add(1, 1, NO_PARENT);
    expect(() => t.parent(1)).toThrow(RangeError);
    expect(() => t.parent(-1)).toThrow(RangeError);
  });
});
