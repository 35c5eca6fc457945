import { describe, expect, it } from "vitest";
import { fmt, parseExpr } from "./parse-helpers.ts";

describe("expression constructs", () => {
  it("parses set enumeration, filter (also with a tuple pattern) and map", () => {
    expect(fmt("{1, 2, {}}")).toBe("{1, 2, {}}");
    expect(fmt("{x \\in S : x > 1}")).toBe("{x \\in S : (x > 1)}");
    expect(fmt("{<<x, y>> \\in S \\X T : x < y}")).toBe("{<<x, y>> \\in (S \\X T) : (x < y)}");
    expect(fmt("{x + y : x \\in S, y, z \\in T}")).toBe("{(x + y) : x \\in S, y, z \\in T}");
    const filter = parseExpr("{<<x, y>> \\in S : TRUE}");
    expect(filter.kind === "setFilter" && filter.bound.pattern).toMatchObject({ kind: "tuple", names: [{ name: "x" }, { name: "y" }] });
    const map = parseExpr("{x : x, y \\in S}");
    expect(map.kind === "setMap" && map.bounds[0]!.pattern).toMatchObject({ kind: "names", names: [{ name: "x" }, { name: "y" }] });
  });

  it("parses bounded quantifiers with several bounds and tuple patterns, and unbounded ones", () => {
    expect(fmt("\\A x \\in S, <<a, b>> \\in T : P")).toBe("(\\A x \\in S, <<a, b>> \\in T : P)");
    expect(fmt("\\E x, y \\in S : x = y")).toBe("(\\E x, y \\in S : (x = y))");
    expect(fmt("\\E x, y : x = y")).toBe("(\\E x, y : (x = y))");
    expect(parseExpr("\\A x : TRUE").kind).toBe("quantUnbounded");
  });

  it("parses CHOOSE bounded, with a tuple pattern, and unbounded", () => {
    expect(fmt("CHOOSE x \\in S : x > 0")).toBe("(CHOOSE x \\in S : (x > 0))");
    expect(fmt("CHOOSE <<a, b>> \\in S : a = b")).toBe("(CHOOSE <<a, b>> \\in S : (a = b))");
    const e = parseExpr("CHOOSE x : TRUE");
    expect(e.kind === "choose" && e.set).toBeNull();
  });

  it("parses function constructors, application with a tuple argument, and function sets", () => {
    expect(fmt("[x \\in S, y \\in T |-> x + y]")).toBe("[x \\in S, y \\in T |-> (x + y)]");
    const app = parseExpr("f[a, b]");
    expect(app.kind === "fcnApp" && app.args.length).toBe(2);
    expect(fmt("[S -> T]")).toBe("[S -> T]");
  });

  it("parses records, record sets and field access", () => {
    expect(fmt("[a |-> 1, b |-> \"x\"]")).toBe('[a |-> 1, b |-> "x"]');
    expect(fmt("[a : S, b : {1}]")).toBe("[a : S, b : {1}]");
    const f = parseExpr("r.a");
    expect(f.kind === "field" && f.field.name).toBe("a");
  });

  it("parses EXCEPT with several updates, nested paths and @", () => {
    const e = parseExpr("[f EXCEPT ![1].a[2, 3] = @ + 1, !.b = 2]");
    expect(fmt("[f EXCEPT ![1].a[2, 3] = @ + 1, !.b = 2]")).toBe("[f EXCEPT ![1].a[2, 3] = (@ + 1), !.b = 2]");
    expect(e.kind).toBe("except");
    if (e.kind !== "except") return;
    expect(e.updates).toHaveLength(2);
    expect(e.updates[0]!.path.map((s) => s.kind)).toEqual(["index", "field", "index"]);
    const last = e.updates[0]!.path[2]!;
    expect(last.kind === "index" && last.args.length).toBe(2);
  });

  it("parses tuples, IF, CASE with and without OTHER", () => {
    expect(fmt("<<>>")).toBe("<<>>");
    expect(fmt("<<1, <<2>>>>")).toBe("<<1, <<2>>>>");
    expect(fmt("IF a THEN 1 ELSE 2")).toBe("(IF a THEN 1 ELSE 2)");
    expect(fmt("CASE a -> 1 [] b -> 2 [] OTHER -> 3")).toBe("(CASE a -> 1 [] b -> 2 [] OTHER -> 3)");
    const noOther = parseExpr("CASE a -> 1 [] b -> 2");
    expect(noOther.kind === "case" && noOther.other).toBeNull();
  });

  it("parses LET with operators, functions and RECURSIVE definitions", () => {
    const e = parseExpr("LET RECURSIVE G(_)\n    G(n) == IF n = 0 THEN 0 ELSE G(n - 1)\n    f[n \\in Nat] == n\n    A == 1\nIN G(A) + f[2]");
    expect(e.kind).toBe("let");
    if (e.kind !== "let") return;
    expect(e.defs.map((d) => d.kind)).toEqual(["recursive", "operator", "function", "operator"]);
    expect(e.defs[1]!.kind === "operator" && e.defs[1]!.recursive).toBe(true);
    expect(e.defs[3]!.kind === "operator" && e.defs[3]!.recursive).toBe(false);
  });

  it("parses operator arguments: names, operator symbols, LAMBDA", () => {
    expect(fmt("Op(LAMBDA x, y : x + y, +, F)")).toBe("Op((LAMBDA x, y : (x + y)), +, F)");
    const e = parseExpr("Op(\\leq)");
    expect(e.kind === "apply" && e.args[0]).toMatchObject({ kind: "name", name: "<=" });
  });

  it("parses instance-qualified names and applications", () => {
    const e = parseExpr("I!J!Op(1, 2)");
    expect(e).toMatchObject({ kind: "apply", name: "Op", path: [{ name: "I", args: [] }, { name: "J", args: [] }] });
    expect(e.kind === "apply" && e.args.length).toBe(2);
    const p = parseExpr("I(3)!x");
    expect(p).toMatchObject({ kind: "name", name: "x", path: [{ name: "I", args: [{ kind: "number", value: 3n }] }] });
    expect(parseExpr("Abstract!Spec")).toMatchObject({ kind: "name", name: "Spec", path: [{ name: "Abstract" }] });
  });

  it("parses action and temporal operators", () => {
    expect(fmt("x' = x")).toBe("((x') = x)");
    expect(fmt("UNCHANGED <<x, y>>")).toBe("(UNCHANGED <<x, y>>)");
    expect(fmt("[][Next]_vars")).toBe("([] [Next]_vars)");
    expect(fmt("<<A>>_<<v, w>>")).toBe("<<A>>_<<v, w>>");
    expect(fmt("ENABLED A")).toBe("(ENABLED A)");
    expect(fmt("<>P ~> Q")).toBe("((<> P) ~> Q)");
    expect(fmt("WF_vars(Next) /\\ SF_<<v>>(A)")).toBe("(WF_vars(Next) /\\ SF_<<v>>(A))");
  });

  it("parses DOMAIN, SUBSET, UNION, @@, :>, .. and labels", () => {
    expect(fmt("DOMAIN f")).toBe("(DOMAIN f)");
    expect(fmt("1..N")).toBe("(1 .. N)");
    expect(fmt("f @@ 1 :> 2")).toBe("(f @@ (1 :> 2))");
    const l = parseExpr("lbl:: x' = 1");
    expect(l.kind === "label" && l.name).toBe("lbl");
  });

  it("gives every node a 1-based location with an inclusive end", () => {
    const e = parseExpr("1 + foo");
    expect(e.loc).toMatchObject({ file: "expr.tla", line: 1, column: 1, endLine: 1, endColumn: 7 });
    expect(e.kind === "op" && e.args[1]!.loc).toMatchObject({ line: 1, column: 5, endColumn: 7 });
    expect(e.kind === "op" && e.opLoc).toMatchObject({ line: 1, column: 3, endColumn: 3 });
  });
});
