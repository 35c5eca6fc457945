import { describe, expect, it } from "vitest";
import type { Unit } from "../../../src/tla/syntax/ast.ts";
import { mod, parseModule } from "./parse-helpers.ts";

function kinds(units: readonly Unit[]): string[] {
  return units.map((u) => u.kind);
}

describe("module structure", () => {
  it("reads the name, EXTENDS and declarations with their arities", () => {
    const m = parseModule(mod("EXTENDS Naturals, Sequences\nCONSTANTS A, F(_, _)\nCONSTANT B\nVARIABLES x, y\nVARIABLE z"));
    expect(m.name).toBe("M");
    expect(m.extends.map((e) => e.name)).toEqual(["Naturals", "Sequences"]);
    expect(m.units).toMatchObject([
      { kind: "constant", name: "A", arity: 0 },
      { kind: "constant", name: "F", arity: 2 },
      { kind: "constant", name: "B", arity: 0 },
      { kind: "variable", name: "x" },
      { kind: "variable", name: "y" },
      { kind: "variable", name: "z" },
    ]);
    expect(m.units[1]!.loc).toMatchObject({ line: 3, column: 14 });
  });

  it("reads operator definitions with ordinary and operator parameters, LOCAL and RECURSIVE", () => {
    const m = parseModule(
      mod("RECURSIVE Sum(_)\nSum(S) == IF S = {} THEN 0 ELSE 1\nApply(F(_), x) == F(x)\nLOCAL Hidden == 1\nPlain == 2"),
    );
    expect(kinds(m.units)).toEqual(["recursive", "operator", "operator", "operator", "operator"]);
    expect(m.units[1]).toMatchObject({ name: "Sum", recursive: true, local: false, params: [{ name: "S", arity: 0 }] });
    expect(m.units[2]).toMatchObject({ name: "Apply", params: [{ name: "F", arity: 1 }, { name: "x", arity: 0 }] });
    expect(m.units[3]).toMatchObject({ name: "Hidden", local: true });
    expect(m.units[4]).toMatchObject({ name: "Plain", recursive: false, params: [] });
  });

  it("names infix, prefix and postfix operator definitions canonically", () => {
    const m = parseModule(mod("a \\leq b == TRUE\n-. a == a\na ^+ == a\na (+) b == a"));
    expect(m.units.map((u) => (u.kind === "operator" ? [u.name, u.params.length] : null))).toEqual([
      ["<=", 2],
      ["-.", 1],
      ["^+", 1],
      ["\\oplus", 2],
    ]);
  });

  it("reads recursive function definitions", () => {
    const m = parseModule(mod("fact[n \\in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]"));
    expect(m.units[0]).toMatchObject({ kind: "function", name: "fact", bounds: [{ pattern: { kind: "names", names: [{ name: "n" }] } }] });
  });

  it("reads named and unnamed ASSUME", () => {
    const m = parseModule(mod("ASSUME Enough == 3 > 2\nASSUME TRUE\nASSUMPTION FALSE"));
    expect(m.units).toMatchObject([
      { kind: "assume", name: "Enough", body: { kind: "op", op: ">" } },
      { kind: "assume", name: null, body: { kind: "bool", value: true } },
      { kind: "assume", name: null, body: { kind: "bool", value: false } },
    ]);
    expect(m.units[0]!.loc).toMatchObject({ line: 2, column: 1 });
  });

  it("reads every form of INSTANCE", () => {
    const m = parseModule(
      mod("I == INSTANCE Foo WITH x <- 1, + <- Plus\nJ(y) == INSTANCE Foo\nINSTANCE Bar\nLOCAL K == INSTANCE Baz WITH a <- b"),
    );
    expect(m.units).toMatchObject([
      {
        kind: "instance",
        name: "I",
        params: [],
        module: { name: "Foo" },
        substitutions: [
          { name: "x", value: { kind: "number", value: 1n } },
          { name: "+", value: { kind: "name", name: "Plus" } },
        ],
        local: false,
      },
      { kind: "instance", name: "J", params: [{ name: "y", arity: 0 }], module: { name: "Foo" }, substitutions: [] },
      { kind: "instance", name: null, module: { name: "Bar" } },
      { kind: "instance", name: "K", local: true, module: { name: "Baz" } },
    ]);
  });

  it("keeps theorems as ignored units and drops proofs, USE and separators", () => {
    const m = parseModule(
      mod("A == 1\n----\nTHEOREM T == \\A x : x = x\n  PROOF OBVIOUS\nLEMMA TRUE\n <1>1. TRUE\n   BY DEF A\n <1> QED\nUSE DEF A\nB == 2"),
    );
    expect(kinds(m.units)).toEqual(["operator", "theorem", "theorem", "operator"]);
    expect(m.units[1]).toMatchObject({ name: "T" });
  });

  it("reads submodules", () => {
    const m = parseModule(mod("---- MODULE Inner ----\nX == 1\n====\nY == Inner!X"));
    expect(m.units[0]).toMatchObject({ kind: "submodule", module: { name: "Inner", units: [{ kind: "operator", name: "X" }] } });
  });

  it("ignores text around the module", () => {
    const m = parseModule(`Some notes\n${mod("A == 1")}trailing text\n`);
    expect(m.units).toHaveLength(1);
    expect(m.units[0]!.loc.line).toBe(3);
  });
});
