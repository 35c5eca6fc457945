import { describe, expect, it } from "vitest";
import { ProblemError } from "../../../src/diagnostics/problem.ts";
import type { ActionInfo, State } from "../../../src/tla/eval/index.ts";
import { int, modelValue, printValue, setOf, str } from "../../../src/tla/values/index.ts";
import { bfs, compileText, key } from "./spec-fixture.ts";

function successors(spec: ReturnType<typeof compileText>, s: State, next = "Next"): { state: string; action: ActionInfo }[] {
  const out: { state: string; action: ActionInfo }[] = [];
  spec.next(next).successors(s, (t, action) => out.push({ state: key(t), action }));
  return out;
}

const counter = `---- MODULE Counter ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\\ y \\in {0, 1}
Inc == x < 2 /\\ x' = x + 1 /\\ UNCHANGED y
Flip == y' \\in {0, 1} /\\ x' = x
Both == \\E d \\in {1, 2} : x' = x /\\ y' = y
Next == Inc \\/ Flip \\/ Both
====
`;

describe("successor enumeration (TLC's rules)", () => {
  it("branches on \\/, x' \\in S and \\E, and counts duplicates and self-loops", () => {
    const spec = compileText(counter);
    expect(spec.variables).toEqual(["x", "y"]);
    const succ = successors(spec, [int(0), int(0)]);
    // Inc: 1; Flip: 2 (one a self-loop); Both: 2 identical self-loops.
    expect(succ.map((s) => s.state)).toEqual(["1 | 0", "0 | 0", "0 | 1", "0 | 0", "0 | 0"]);
    expect(succ.map((s) => s.action.name)).toEqual(["Inc", "Flip", "Flip", "Both", "Both"]);
  });

  it("counts a whole state space as TLC does", () => {
    // 6 states; every state has 1 (Inc, if x < 2) + 2 (Flip) + 2 (Both) successors.
    expect(bfs(compileText(counter))).toEqual({ distinct: 6, generated: 2 + 4 * 5 + 2 * 4, depth: 3 });
  });

  it("enumerates the initial states of x \\in S conjuncts", () => {
    const spec = compileText(counter);
    expect(spec.initialStates("Init").map(key)).toEqual(["0 | 0", "0 | 1"]);
  });

  it("treats a later x' = e as a test once x' is assigned", () => {
    const spec = compileText(`---- MODULE T ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' \\in {1, 2, 3} /\\ x' = 2
====
`);
    expect(successors(spec, [int(0)]).map((s) => s.state)).toEqual(["2"]);
  });

  it("fails when an action leaves a variable unassigned, naming it", () => {
    const spec = compileText(`---- MODULE U ----
VARIABLES x, y
Init == x = 0 /\\ y = 0
Next == x' = 1
====
`);
    try {
      successors(spec, [int(0), int(0)]);
      throw new Error("expected an error");
    } catch (e) {
      expect(e).toBeInstanceOf(ProblemError);
      const p = (e as ProblemError).problem;
      expect(p.code).toBe("evaluation");
      expect(p.message).toContain("not completely specified");
      expect(p.message).toContain("y");
      expect(p.location?.line).toBe(4);
    }
  });

  it("fails when the initial predicate leaves a variable unassigned", () => {
    const spec = compileText(`---- MODULE V ----
VARIABLES x, y
Init == x = 0
Next == UNCHANGED <<x, y>>
====
`);
    expect(() => spec.initialStates("Init")).toThrow(/not completely specified.*y/);
  });

  it("follows IF, CASE and LET inside actions and UNCHANGED through definitions", () => {
    const spec = compileText(`---- MODULE W ----
EXTENDS Naturals
VARIABLES n, log
vars == <<n, log>>
Init == n = 0 /\\ log = 0
Step == LET m == n + 1 IN
          /\\ IF m < 3 THEN n' = m ELSE n' = 0
          /\\ log' = CASE n = 0 -> 10 [] OTHER -> log + 1
Idle == UNCHANGED vars
Next == Step \\/ Idle
====
`);
    expect(successors(spec, [int(2), int(5)]).map((s) => s.state)).toEqual(["0 | 6", "2 | 5"]);
    // (0,0) -> (1,10) -> (2,11) -> (0,12) -> (1,10); each state also stutters by Idle.
    expect(bfs(spec)).toEqual({ distinct: 4, generated: 1 + 4 * 2, depth: 4 });
  });

  it("enumerates \\A in an action as the conjunction of its instances", () => {
    const spec = compileText(`---- MODULE A ----
VARIABLE f
Init == f = [i \\in {1, 2} |-> 0]
Next == \\A i \\in {1, 2} : f' = f /\\ f[i] = 0
====
`);
    expect(successors(spec, spec.initialStates("Init")[0]!).map((s) => s.state)).toEqual(["<<0, 0>>"]);
  });
});

describe("action splitting (TLC's getActions)", () => {
  const lock = `---- MODULE Lock ----
CONSTANT Workers
VARIABLES stage
Init == stage = [w \\in Workers |-> "home"]
Want(w) ==
    /\\ stage[w] = "home"
    /\\ stage' = [stage EXCEPT ![w] = "peek"]
Leave(w) == stage[w] = "peek" /\\ stage' = [stage EXCEPT ![w] = "home"]
Next == \\E w \\in Workers : Want(w) \\/ Leave(w)
====
`;
  const workers = setOf([modelValue("w1", 0), modelValue("w2", 1)]);

  it("splits \\E over a constant set and operator calls into named actions with their arguments", () => {
    const spec = compileText(lock, { Workers: workers });
    const actions = spec.next("Next").actions.map((a) => `${a.info.name}(${a.info.args.map(printValue).join(", ")})`);
    expect(actions).toEqual(["Want(w1)", "Leave(w1)", "Want(w2)", "Leave(w2)"]);
    const want = spec.next("Next").actions[0]!.info;
    expect(want.parameters).toEqual(["w"]);
    expect(want.module).toBe("Lock");
    // The location of the operator's body, as TLC prints "<Want(w1) line 6, col 5 to line 7, col 44 ...>".
    expect([want.location.line, want.location.column, want.location.endLine]).toEqual([6, 5, 7]);
  });

  it("binds the first variable of a multi-variable \\E fastest, as TLC's ContextEnumerator", () => {
    const spec = compileText(`---- MODULE E ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
A(i, j) == x' = 10 * i + j
Next == \\E i \\in {1, 2}, j \\in {3, 4} : A(i, j)
====
`);
    expect(spec.next("Next").actions.map((a) => a.info.args.map(printValue).join(","))).toEqual(["1,3", "2,3", "1,4", "2,4"]);
  });

  it("enumerates one named action with given arguments (trace checking)", () => {
    const spec = compileText(lock, { Workers: workers });
    const s = spec.initialStates("Init")[0]!;
    const want = spec.action("Want", [modelValue("w2", 1)]);
    const out: string[] = [];
    want.successors(s, (t) => out.push(key(t)));
    expect(out).toEqual(['(w1 :> "home" @@ w2 :> "peek")']);
    expect(want.holds(s, s)).toBe(false);
  });

  it("finds the first false conjunct of a disabled action, with its location", () => {
    const spec = compileText(lock, { Workers: workers });
    const s = spec.initialStates("Init")[0]!;
    const leave = spec.action("Leave", [modelValue("w1", 0)]);
    const why = leave.firstFalseConjunct(s);
    expect(why).not.toBeNull();
    expect(why!.location.line).toBe(8);
    expect(why!.text).toContain("peek");
    expect(spec.action("Want", [modelValue("w1", 0)]).firstFalseConjunct(s)).toBeNull();
  });
});

describe("operators given a bare variable (TLC's AssignmentInit pattern)", () => {
  const spec = compileText(`---- MODULE VarArgs ----
EXTENDS Naturals
VARIABLES s, t
InitIn(var, S) == var \\in S /\\ var > 3
Bump(v, by) == v' = v + by
Init == InitIn(s, {3, 4, 5}) /\\ t = 0
Next == Bump(s, 2) /\\ Bump(t, 1)
====
`);
  it("assigns the variable through the parameter in Init and in actions", () => {
    expect(spec.initialStates("Init").map(key)).toEqual(["4 | 0", "5 | 0"]);
    expect(successors(spec, [int(4), int(0)]).map((x) => x.state)).toEqual(["6 | 1"]);
  });
});

describe("initial states", () => {
  it("stops enumerating once every variable is assigned, as TLC's getInitStates does", () => {
    const spec = compileText(`---- MODULE I ----
VARIABLES x
Init == x \\in {1, 2} /\\ (TRUE \\/ TRUE)
====
`);
    expect(spec.initialStates("Init").map(key)).toEqual(["1", "2"]);
  });

  it("enumerates \\E and \\/ in Init", () => {
    const spec = compileText(`---- MODULE J ----
VARIABLES x, y
Init == \\E v \\in {"a", "b"} : x = v /\\ (y = 1 \\/ y = 2)
====
`);
    expect(spec.initialStates("Init").map(key)).toEqual(['"a" | 1', '"a" | 2', '"b" | 1', '"b" | 2']);
  });
});

describe("ENABLED and action predicates", () => {
  const spec = compileText(`---- MODULE En ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Up == x < 2 /\\ x' = x + 1
CanGoUp == ENABLED Up
Grows == x' > x
====
`);
  it("ENABLED enumerates the action's successors", () => {
    expect(spec.statePredicate("CanGoUp")([int(1)])).toBe(true);
    expect(spec.statePredicate("CanGoUp")([int(2)])).toBe(false);
  });
  it("an action predicate reads both states", () => {
    expect(spec.actionPredicate("Grows")([int(1)], [int(2)])).toBe(true);
    expect(spec.actionPredicate("Grows")([int(1)], [int(1)])).toBe(false);
  });
});

describe("strings in states", () => {
  it("keeps string values intact through actions", () => {
    const spec = compileText(`---- MODULE S ----
VARIABLE m
Init == m = "idle"
Next == m' = IF m = "idle" THEN "busy" ELSE "idle"
====
`);
    expect(successors(spec, [str("idle")]).map((s) => s.state)).toEqual(['"busy"']);
  });
});
