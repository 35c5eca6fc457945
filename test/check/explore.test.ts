import { describe, expect, it } from "vitest";
import { rebuildTrace } from "../../src/check/counterexample.ts";
import { explore } from "../../src/check/explore.ts";
import { fail } from "../../src/diagnostics/problem.ts";
import { toyModel } from "./toy-model.ts";

const upTo = (n: number) => (s: number) => (s < n ? [s + 1] : []);

describe("explore: counting as TLC counts", () => {
  it("counts every initial state and every successor as generated, duplicates and self-loops included", () => {
    // Two copies of the initial state 0; Step goes up to 4, Stay loops on every state.
    const model = toyModel<number>({ init: [0, 0], actions: { Step: upTo(4), Stay: (s) => [s] } });
    const { verdict, stats } = explore(model);
    expect(verdict.kind).toBe("ok");
    // generated = 2 initial + 4 Step successors + 5 self-loops
    expect(stats).toEqual({ distinct: 5, generated: 11, depth: 5, queued: 0, initialStates: 1 });
  });

  it("reports depth as the deepest BFS level stored, an initial state being level 1", () => {
    // A diamond 0 -> {1, 2} -> 3 and a long arm 0 -> 10 -> 11 -> 12.
    const edges: Record<number, number[]> = { 0: [1, 2, 10], 1: [3], 2: [3], 3: [], 10: [11], 11: [12], 12: [] };
    const model = toyModel<number>({ init: [0], actions: { Go: (s) => edges[s]! }, checkDeadlock: false });
    const { stats } = explore(model);
    expect(stats).toMatchObject({ distinct: 7, generated: 8, depth: 4 });
  });

  it("reports no initial state as depth 0", () => {
    const { verdict, stats } = explore(toyModel<number>({ init: [], actions: {} }));
    expect(verdict.kind).toBe("ok");
    expect(stats).toMatchObject({ distinct: 0, generated: 0, depth: 0 });
  });
});

describe("explore: verdicts and shortest counterexamples", () => {
  it("reports a deadlock with the path to the stuck state, and ignores it when deadlock checking is off", () => {
    const model = toyModel<number>({ init: [0], actions: { Step: upTo(3) } });
    const run = explore(model);
    expect(run.verdict.kind).toBe("deadlock");
    if (run.verdict.kind !== "deadlock") return;
    expect(rebuildTrace(model, run.table, run.verdict.at)).toEqual([
      { state: 0, action: null },
      { state: 1, action: "Step" },
      { state: 2, action: "Step" },
      { state: 3, action: "Step" },
    ]);
    expect(explore(toyModel<number>({ init: [0], actions: { Step: upTo(3) }, checkDeadlock: false })).verdict.kind).toBe("ok");
  });

  it("finds a shortest path to an invariant violation and names the actions taken", () => {
    // Slow adds 1, Fast adds 5 but only from even states: 0 -Fast-> 5 -Slow-> 6 is shortest to 6.
    const model = toyModel<number>({
      init: [0],
      actions: { Slow: (s) => (s < 20 ? [s + 1] : []), Fast: (s) => (s % 2 === 0 && s < 20 ? [s + 5] : []) },
      invariants: { Small: (s) => s < 6 },
    });
    const run = explore(model);
    expect(run.verdict).toMatchObject({ kind: "invariant", name: "Small" });
    if (run.verdict.kind !== "invariant") return;
    const trace = rebuildTrace(model, run.table, run.verdict.at);
    expect(trace.map((t) => t.state)).toHaveLength(3);
    expect(trace[trace.length - 1]!.state).toBe(6);
  });

  it("checks invariants on initial states", () => {
    const model = toyModel<number>({ init: [1, 7], actions: {}, invariants: { Small: (s) => s < 5 } });
    const run = explore(model);
    expect(run.verdict).toMatchObject({ kind: "invariant", name: "Small", at: { last: { state: 7, action: null } } });
    expect(run.stats.generated).toBe(2);
  });

  it("checks a refined spec's Init on initial states only", () => {
    const model = toyModel<number>({ init: [0, 3], actions: { Step: upTo(5) }, initProperties: { Refines: (s) => s !== 3 } });
    expect(explore(model).verdict).toMatchObject({ kind: "property", name: "Refines", initial: true });
    const later = toyModel<number>({ init: [0], actions: { Step: upTo(5) }, initProperties: { Refines: (s) => s !== 3 }, checkDeadlock: false });
    expect(explore(later).verdict.kind).toBe("ok");
  });

  it("checks action properties on every transition, even into a state already seen", () => {
    // 0 -> 1 -> 2 -> 0: the last step goes back to a seen state and breaks "never decreases".
    const model = toyModel<number>({ init: [0], actions: { Tick: (s) => [(s + 1) % 3] }, actionProperties: { NeverDrops: (s, t) => t >= s } });
    const run = explore(model);
    expect(run.verdict).toMatchObject({ kind: "property", name: "NeverDrops", initial: false });
    if (run.verdict.kind !== "property") return;
    expect(rebuildTrace(model, run.table, run.verdict.at).map((t) => t.state)).toEqual([0, 1, 2, 0]);
    expect(run.stats).toMatchObject({ distinct: 3, generated: 4, depth: 3 });
  });

  it("neither stores nor explores states a CONSTRAINT excludes, but checks invariants on them (TLC quirk 14)", () => {
    const within = toyModel<number>({ init: [0], actions: { Step: (s) => [s + 1] }, constraints: { Bound: (s) => s <= 3 }, checkDeadlock: false });
    expect(explore(within).stats).toMatchObject({ distinct: 4, generated: 5, depth: 4 });
    const edge = toyModel<number>({
      init: [0],
      actions: { Step: (s) => [s + 1] },
      constraints: { Bound: (s) => s <= 3 },
      invariants: { BoundAsInvariant: (s) => s <= 3 },
    });
    const run = explore(edge);
    expect(run.verdict).toMatchObject({ kind: "invariant", name: "BoundAsInvariant" });
    if (run.verdict.kind !== "invariant") return;
    expect(rebuildTrace(edge, run.table, run.verdict.at).map((t) => t.state)).toEqual([0, 1, 2, 3, 4]);
    // The excluded state 4 is not distinct and does not deepen the search.
    expect(run.stats).toMatchObject({ distinct: 4, depth: 4 });
  });

  it("does not store a state reached only through a transition an ACTION_CONSTRAINT excludes", () => {
    // Up and Down between 0..3; the action constraint forbids going down.
    const model = toyModel<number>({
      init: [2],
      actions: { Up: (s) => (s < 3 ? [s + 1] : []), Down: (s) => (s > 0 ? [s - 1] : []) },
      actionConstraints: { NoDown: (s, t) => t >= s },
      checkDeadlock: false,
    });
    expect(explore(model).stats).toMatchObject({ distinct: 2, generated: 4 });
  });

  it("counts a state whose only successors a constraint excludes as not deadlocked", () => {
    const model = toyModel<number>({ init: [0], actions: { Step: (s) => [s + 1] }, constraints: { Bound: (s) => s <= 2 } });
    expect(explore(model).verdict.kind).toBe("ok");
  });
});

describe("explore: errors and limits", () => {
  const loc = { file: "/specs/Toy.tla", line: 9, column: 5 };

  it("reports an evaluation error while computing successors with the trace to the state being expanded", () => {
    const model = toyModel<number>({
      init: [0],
      actions: { Step: (s) => (s === 2 ? fail("evaluation", "Attempted to check equality of string with non-string", loc) : [s + 1]) },
    });
    const run = explore(model);
    expect(run.verdict).toMatchObject({ kind: "error", problem: { code: "evaluation", location: loc } });
    if (run.verdict.kind !== "error") return;
    expect(rebuildTrace(model, run.table, run.verdict.at).map((t) => t.state)).toEqual([0, 1, 2]);
    expect(run.stats).toMatchObject({ distinct: 3, generated: 3, depth: 3 });
  });

  it("reports an evaluation error in an invariant with the trace to the state it was evaluated in", () => {
    const model = toyModel<number>({
      init: [0],
      actions: { Step: upTo(5) },
      invariants: { Odd: (s) => (s === 3 ? fail("evaluation", "CASE with no conditions true", loc) : true) },
    });
    const run = explore(model);
    expect(run.verdict.kind).toBe("error");
    if (run.verdict.kind !== "error") return;
    expect(rebuildTrace(model, run.table, run.verdict.at).map((t) => t.state)).toEqual([0, 1, 2, 3]);
  });

  it("reports an error in the initial predicate with an empty trace", () => {
    const model = toyModel<number>({ init: [], actions: {} });
    const broken = { ...model, initialStates: () => fail("evaluation", "CHOOSE with no witness", loc) };
    const run = explore(broken);
    expect(run.verdict).toMatchObject({ kind: "error", at: { through: -1, last: null } });
  });

  it("turns a stray exception into an internal problem rather than crashing", () => {
    const model = toyModel<number>({ init: [0], actions: { Step: () => { throw new TypeError("boom"); } } });
    expect(explore(model).verdict).toMatchObject({ kind: "error", problem: { code: "internal" } });
  });

  it("stops with a limit verdict once more than maxStates distinct states are found", () => {
    const model = toyModel<number>({ init: [0], actions: { Step: (s) => [s + 1] } });
    const run = explore(model, { maxStates: 100 });
    expect(run.verdict).toEqual({ kind: "limit", maxStates: 100 });
    expect(run.stats.distinct).toBe(101);
  });

  it("reports progress while exploring", () => {
    const seen: number[] = [];
    explore(toyModel<number>({ init: [0], actions: { Step: upTo(50) }, checkDeadlock: false }), {
      progressEvery: 10,
      onProgress: (p) => seen.push(p.distinct),
    });
    expect(seen).toEqual([11, 21, 31, 41, 51]);
  });
});
