import { describe, expect, it } from "vitest";
import type { Expr } from "../../../src/tla/syntax/ast.ts";
import { builtinOps } from "../../../src/tla/syntax/builtin-ops.ts";
import { fmt, parseExpr } from "./parse-helpers.ts";

function opName(e: Expr): string {
  if (e.kind !== "op") throw new Error(`expected an op node, got ${e.kind}`);
  return e.op;
}

describe("canonical operator names", () => {
  it.each([
    ["a \\leq b", "<="],
    ["a =< b", "<="],
    ["a <= b", "<="],
    ["a \\geq b", ">="],
    ["a \\union b", "\\cup"],
    ["a \\cup b", "\\cup"],
    ["a \\intersect b", "\\cap"],
    ["a # b", "/="],
    ["a /= b", "/="],
    ["\\lnot a", "~"],
    ["\\neg a", "~"],
    ["~a", "~"],
    ["-a", "-."],
    ["a \\circ b", "\\o"],
    ["a \\o b", "\\o"],
    ["a (+) b", "\\oplus"],
    ["a \\times b", "\\X"],
    ["a ≤ b", "<="],
  ])("%s is %s", (src, op) => {
    expect(opName(parseExpr(src))).toBe(op);
  });

  it("has one entry per canonical name and per grammar node", () => {
    const names = builtinOps.map((o) => o.name);
    const nodes = builtinOps.map((o) => o.node);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(nodes).size).toBe(nodes.length);
  });
});

describe("junctions", () => {
  it("turns an infix chain of /\\ into one n-ary and, whatever the spelling", () => {
    const e = parseExpr("a /\\ b \\land c ∧ d");
    expect(e.kind).toBe("and");
    if (e.kind !== "and") return;
    expect(e.conjuncts.map((c) => (c.kind === "name" ? c.name : "?"))).toEqual(["a", "b", "c", "d"]);
    expect(e.bulleted).toBe(false);
  });

  it("does not flatten through parentheses", () => {
    expect(fmt("a /\\ (b /\\ c)")).toBe("(a /\\ (b /\\ c))");
  });

  it("turns a bulleted list into an n-ary node keeping each item's location", () => {
    const e = parseExpr("/\\ x = 1\n/\\ \\/ y = 2\n   \\/ y = 3\n/\\ z");
    expect(e.kind).toBe("and");
    if (e.kind !== "and") return;
    expect(e.bulleted).toBe(true);
    expect(e.conjuncts).toHaveLength(3);
    expect(e.conjuncts.map((c) => [c.loc.line, c.loc.column])).toEqual([
      [1, 4],
      [2, 4],
      [4, 4],
    ]);
    const second = e.conjuncts[1]!;
    expect(second.kind === "or" && second.bulleted && second.disjuncts.length).toBe(2);
    // The list ends on its last character, not at the start of the next line.
    expect([e.loc.endLine, e.loc.endColumn]).toEqual([4, 4]);
  });
});

describe("Cartesian products", () => {
  it("makes A \\X B \\X C one ternary product", () => {
    const e = parseExpr("A \\X B \\X C");
    expect(e.kind === "op" && e.op === "\\X" && e.args.length).toBe(3);
  });

  it("keeps (A \\X B) \\X C a product of pairs", () => {
    expect(fmt("(A \\X B) \\X C")).toBe("((A \\X B) \\X C)");
    const e = parseExpr("(A \\X B) \\X C");
    expect(e.kind === "op" && e.args.length).toBe(2);
  });
});

describe("literals", () => {
  it("decodes numbers in every base", () => {
    expect(fmt("\\hFF + \\b11 + \\o17 + \\B101 + \\O7 + \\HA")).toBe("(((((255 + 3) + 15) + 5) + 7) + 10)");
  });

  it("keeps integers beyond 2^53 exact", () => {
    const e = parseExpr("123456789012345678901234567890");
    expect(e.kind === "number" && e.value).toBe(123456789012345678901234567890n);
  });

  it("decodes string escapes", () => {
    const e = parseExpr('"a\\"b\\\\c\\nd\\te"');
    expect(e.kind === "string" && e.value).toBe('a"b\\c\nd\te');
  });

  it("reads TRUE, FALSE and the built-in sets", () => {
    expect(fmt("<<TRUE, FALSE, BOOLEAN, STRING, Nat, Int>>")).toBe("<<TRUE, FALSE, BOOLEAN, STRING, Nat, Int>>");
    expect(parseExpr("Nat").kind).toBe("name");
  });
});
