import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { skipString, skipValue } from "../../../src/validate/input/json-scan.ts";

/** The scanner finds where any JSON value ends exactly as JSON.parse reads it, or gives up (-1). */
describe("json-scan", () => {
  it("finds the end of any JSON value, however it is laid out", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), fc.constantFrom("", " ", "\n"), (v, indent, ws) => {
        const inner = JSON.stringify(v, null, indent);
        const text = `[${inner}${ws},1]`;
        const end = skipValue(text, 1, text.length);
        expect(end).toBe(1 + inner.length);
        expect(JSON.parse(text.slice(1, end))).toEqual(JSON.parse(inner));
      }),
    );
  });

  it("finds the end of strings with escapes", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const q = JSON.stringify(s);
        expect(skipString(`${q}:`, 0, q.length + 1)).toBe(q.length);
      }),
    );
  });

  it("gives up on values that do not end", () => {
    for (const bad of ['"abc', '{"a":1', "[1,2", '{"a":"}"', ""]) expect(skipValue(bad, 0, bad.length), bad).toBe(-1);
  });
});
