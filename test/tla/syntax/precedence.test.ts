import { describe, expect, it } from "vitest";
import { fmt } from "./parse-helpers.ts";

describe("operator precedence and associativity", () => {
  it("binds prefix minus looser than \\div and tighter than % (TLC quirk 4)", () => {
    expect(fmt("-17 \\div 5")).toBe("(-. (17 \\div 5))");
    expect(fmt("-17 % 5")).toBe("((-. 17) % 5)");
  });

  it("binds * over + and - and keeps subtraction left-associative", () => {
    expect(fmt("1 - 2 * 3 + 4")).toBe("((1 - (2 * 3)) + 4)");
    expect(fmt("10 - 3 - 2")).toBe("((10 - 3) - 2)");
    expect(fmt("8 \\div 2 \\div 2")).toBe("((8 \\div 2) \\div 2)");
  });

  it("binds set operators over membership and membership over the connectives", () => {
    expect(fmt("x \\in S \\cup T")).toBe("(x \\in (S \\cup T))");
    expect(fmt("x \\in S /\\ y \\notin T")).toBe("((x \\in S) /\\ (y \\notin T))");
    expect(fmt("S \\subseteq T \\cup U")).toBe("(S \\subseteq (T \\cup U))");
  });

  it("binds = over /\\ and /\\ over =>", () => {
    expect(fmt("x = 1 /\\ y = 2 => z")).toBe("(((x = 1) /\\ (y = 2)) => z)");
    expect(fmt("~ x = y")).toBe("(~ (x = y))");
  });

  it("binds prefix SUBSET, UNION, DOMAIN tighter than infix set operators", () => {
    expect(fmt("SUBSET S \\ UNION T")).toBe("((SUBSET S) \\ (UNION T))");
    expect(fmt("DOMAIN f \\cup {1}")).toBe("((DOMAIN f) \\cup {1})");
  });

  it("binds prime tighter than anything infix", () => {
    expect(fmt("x' = x + 1")).toBe("((x') = (x + 1))");
  });

  it("binds :> over @@", () => {
    expect(fmt("a :> b @@ c :> d")).toBe("((a :> b) @@ (c :> d))");
  });

  it("applies functions and selects fields left to right", () => {
    expect(fmt("f[1, 2].x[3]")).toBe("f[1, 2].x[3]");
    expect(fmt("a.b.c")).toBe("a.b.c");
  });

  it("binds ^ tighter than prefix minus", () => {
    expect(fmt("-x^2")).toBe("(-. (x ^ 2))");
  });
});
