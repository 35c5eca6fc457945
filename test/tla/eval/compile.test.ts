import { describe, expect, it } from "vitest";
import { ProblemError } from "../../../src/diagnostics/problem.ts";
import { int, printValue } from "../../../src/tla/values/index.ts";
import { compileText, compileTextResult } from "./spec-fixture.ts";

function problemOf(f: () => unknown): ProblemError {
  try {
    f();
  } catch (e) {
    if (e instanceof ProblemError) return e;
    throw e;
  }
  throw new Error("expected a ProblemError");
}

describe("compile-time name resolution", () => {
  it("reports every unknown identifier with its location as spec-semantic", () => {
    const r = compileTextResult(`---- MODULE Bad ----
EXTENDS Naturals
A == y + 1
B == Len(<<1>>)
====
`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.location?.line, p.location?.column])).toEqual([
      ["spec-semantic", 3, 6],
      ["spec-semantic", 4, 6],
    ]);
    expect(r.problems[0]!.message).toContain("y");
  });

  it("reports a wrong number of arguments", () => {
    const r = compileTextResult(`---- MODULE Arity ----
F(a, b) == a
G == F(1)
====
`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/F requires 2 argument/);
  });

  it("reports a constant the model does not bind", () => {
    const r = compileTextResult(`---- MODULE C ----
CONSTANT N
A == N
====
`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/constant N/);
  });

  it("reports a symbol defined twice (SANY's multiply-defined symbol)", () => {
    const r = compileTextResult(`---- MODULE Twice ----
EXTENDS Naturals, Integers
A == 1
A == 2
====
`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.problems[0]!.message, r.problems[0]!.location?.line]).toEqual([expect.stringContaining("Multiply-defined symbol 'A'"), 4]);
  });

  it("refuses a standard module it does not implement, at the EXTENDS", () => {
    const r = compileTextResult(`---- MODULE R ----
EXTENDS Reals
====
`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.code).toBe("unsupported");
  });
});

describe("evaluation", () => {
  const spec = compileText(
    `---- MODULE Ev ----
EXTENDS Naturals, Sequences, TLC
CONSTANT Limit
f[n \\in Nat] == IF n = 0 THEN 0 ELSE n + f[n - 1]
Lazy == LET boom == 1 \\div 0 IN 7
Deep == <<1, 2>>[1 + (3 \\div 0)]
Printed == PrintT(<<"a", 1>>)
Twice(F(_), x) == F(F(x))
UsesLimit == Twice(LAMBDA v : v + Limit, 1)
====
`,
    { Limit: int(5) },
  );

  it("applies a recursive function over Nat without building it", () => {
    expect(printValue(compileText(`---- MODULE Rf ----
EXTENDS Naturals
f[n \\in Nat] == IF n = 0 THEN 0 ELSE n + f[n - 1]
X == f[10]
====
`).constant("X"))).toBe("55");
  });

  it("never evaluates an unused LET definition", () => {
    expect(spec.constant("Lazy")).toEqual(int(7));
  });

  it("locates an error at the innermost expression", () => {
    const e = problemOf(() => spec.constant("Deep"));
    expect(e.problem.code).toBe("evaluation");
    expect(e.problem.message).toContain("\\div");
    expect([e.problem.location?.line, e.problem.location?.column]).toEqual([6, 23]);
  });

  it("prints to the injected sink and returns TRUE", () => {
    const lines: string[] = [];
    const s = compileText(`---- MODULE P ----
EXTENDS TLC
X == PrintT(<<"a", 1>>)
====
`, {}, { print: (l) => lines.push(l) });
    expect(printValue(s.constant("X"))).toBe("TRUE");
    expect(lines).toEqual(['<<"a", 1>>']);
  });

  it("passes LAMBDA and operators as arguments, with constants of the model", () => {
    expect(spec.constant("UsesLimit")).toEqual(int(11));
  });

  it("provides the Bags module", () => {
    const s = compileText(`---- MODULE B ----
EXTENDS Bags
Two == SetToBag({2}) (+) SetToBag({2, 3})
X == <<CopiesIn(2, Two), BagToSet(Two), BagCardinality(Two), BagOfAll(LAMBDA e : 0, Two)>>
====
`);
    expect(printValue(s.constant("X"))).toBe("<<2, {2, 3}, 3, (0 :> 3)>>");
  });

  it("reports unsupported TLC operators instead of guessing", () => {
    const s = compileText(`---- MODULE G ----
EXTENDS TLC
X == TLCGet("level")
====
`);
    expect(problemOf(() => s.constant("X")).problem.code).toBe("unsupported");
  });

  it("refuses a state-level definition where a constant is needed", () => {
    const s = compileText(`---- MODULE St ----
EXTENDS Naturals
VARIABLE x
X == x + 1
====
`);
    expect(() => s.constant("X")).toThrow(/depends on the state/);
  });
});

describe("INSTANCE", () => {
  const inner = `---- MODULE Inner ----
EXTENDS Naturals
CONSTANT k
VARIABLE total
Double == 2 * k
Init == total = 0
Tick == total' = (total + 1) % k
Spec == Init /\\ [][Tick]_total
====
`;
  const outer = `---- MODULE Outer ----
EXTENDS Naturals
CONSTANT Limit
VARIABLE lo, hi
Sub == INSTANCE Inner WITH k <- Limit * 2, total <- lo + hi
FromInner == Sub!Double
Init == lo = 0 /\\ hi = 0
Next == lo' = (lo + 1) % 2 /\\ hi' = IF lo = 1 THEN (hi + 1) % 2 ELSE hi
Refines == Sub!Spec
====
`;
  const spec = compileText(outer, { Limit: int(2) }, {}, [inner]);

  it("evaluates an instance's definitions with its substitutions", () => {
    expect(spec.constant("FromInner")).toEqual(int(8));
  });

  it("takes I!Spec apart into an initial condition and an action property over the root's state", () => {
    const f = spec.temporal("Refines");
    expect(f.kind).toBe("and");
    if (f.kind !== "and") return;
    expect(f.parts.map((p) => p.kind)).toEqual(["init", "always-action"]);
    const [init, always] = f.parts;
    if (init!.kind !== "init" || always!.kind !== "always-action") return;
    expect(init.holds([int(0), int(0)])).toBe(true);
    expect(init.holds([int(1), int(0)])).toBe(false);
    // total = lo + hi counts modulo k = 4: a step from 1 to 2 is a Tick, 1 to 1 a stutter, 1 to 3 neither.
    expect(always.holds([int(1), int(0)], [int(1), int(2)])).toBe(false);
    expect(always.holds([int(1), int(0)], [int(1), int(1)])).toBe(true);
    expect(always.holds([int(1), int(0)], [int(0), int(1)])).toBe(true);
  });

  it("applies the model's C <-[M] Op to a constant of an instantiated module", () => {
    const inner2 = `---- MODULE Inner2 ----
EXTENDS Naturals
CONSTANT k
Five == 5
Double == 2 * k
====
`;
    const s = compileText(
      `---- MODULE Outer2 ----
S == INSTANCE Inner2
X == S!Double
====
`,
      { k: { operator: "Five", module: "Inner2" } },
      {},
      [inner2],
    );
    expect(s.constant("X")).toEqual(int(10));
  });

  it("reports fairness and liveness conjuncts as such", () => {
    const s = compileText(`---- MODULE L ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = 1 - x
Spec == Init /\\ [][Next]_x /\\ WF_x(Next)
Live == <>(x = 1)
====
`);
    const f = s.temporal("Spec");
    expect(f.kind === "and" && f.parts.map((p) => p.kind)).toEqual(["init", "always-action", "fairness"]);
    expect(s.temporal("Live").kind).toBe("liveness");
  });
});
