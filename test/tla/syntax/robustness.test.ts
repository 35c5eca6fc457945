import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseExpressionText, parseModuleText } from "../../../src/tla/syntax/parse.ts";

/**
 * Whatever the text, the parser answers with a module or with located problems; it never
 * throws and never reports an internal error.
 */
const fragments = [
  "---- MODULE M ----\n", "====\n", "EXTENDS Naturals\n", "VARIABLE x\n", "CONSTANTS A, B\n", "Op(a) == ", "x' = x + 1",
  "/\\ ", "\\/ ", "\n  ", "(", ")", "[", "]", "{", "}", "<<", ">>", "\\A y \\in S : ", "CHOOSE z : ", "LET D == 1 IN ",
  "IF TRUE THEN 1 ELSE 2", "[f EXCEPT ![1] = @]", "CASE a -> 1 [] OTHER -> 2", "\"str\"", "(* c *)", "\\* c\n",
  "I == INSTANCE M WITH a <- 1\n", "RECURSIVE F(_)\n", "f[n \\in Nat] == n\n", "ASSUME TRUE\n", ",", ":", "==", "1.5", "!", "@",
];

describe("parser robustness", () => {
  it("answers every module text with a module or located problems, never a crash", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 25 }), fc.string({ maxLength: 8 }), (parts, noise) => {
        const text = `---- MODULE M ----\n${parts.join("")}${noise}\n====\n`;
        const r = parseModuleText(text, "M.tla");
        if ("problems" in r) {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) {
            expect(p.code).not.toBe("internal");
            expect(p.location?.line).toBeGreaterThanOrEqual(1);
            expect(p.location?.column).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it("answers arbitrary expression text the same way", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const r = parseExpressionText(text, "e.tla");
        if ("problems" in r) for (const p of r.problems) expect(p.code).not.toBe("internal");
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
