import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanArray, scanObject } from "../../../src/validate/input/json-scan.ts";

/** The scanner finds exactly the members and elements JSON.parse sees, or gives up (null). */
describe("json-scan", () => {
  it("delimits the members of any object as JSON.parse reads them", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.constantFrom("", " ", "\n  "), (obj, ws) => {
        const text = ws + JSON.stringify(obj, null, ws.length > 1 ? 2 : 0) + ws;
        const parsed = JSON.parse(text) as Record<string, unknown>;
        const members = scanObject(text);
        expect(members).not.toBeNull();
        expect(members!.map((m) => m.key)).toEqual(Object.keys(parsed));
        for (const m of members!) expect(JSON.parse(text.slice(m.valueStart, m.valueEnd))).toEqual(parsed[m.key]);
      }),
    );
  });

  it("delimits the elements of any array", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), (arr) => {
        const text = JSON.stringify(arr);
        const elems = scanArray(text);
        expect(elems!.map((e) => JSON.parse(e))).toEqual(JSON.parse(text));
      }),
    );
  });

  it("gives up on what is not one plain object", () => {
    for (const bad of ['{"a":1 "b":2}', '{"a":1,"a":2}', '{"a":1', '[1,2]', '{"a":1} x', '{"a" 1}', '{"a":"x}']) expect(scanObject(bad), bad).toBeNull();
    expect(scanObject('{"a\\u0062":1}')!.map((m) => m.key)).toEqual(["ab"]);
  });
});
