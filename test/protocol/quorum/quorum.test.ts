import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseClosedForm, analyseExhaustively, analyseQuorumSystem, intersectionProblem } from "../../../src/protocol/quorum/analysis.ts";
import { buildQuorumSystem, type QuorumSpec } from "../../../src/protocol/quorum/build.ts";
import { minimalQuorums } from "../../../src/protocol/quorum/enumerate.ts";
import { quorumSpecFromOptions } from "../../../src/protocol/quorum/from-options.ts";
import { defaultNodeNames, isQuorum, minimalQuorumWithin, type QuorumPhase, type QuorumSystem } from "../../../src/protocol/quorum/quorum-system.ts";

function build(spec: QuorumSpec): QuorumSystem {
  const r = buildQuorumSystem(spec);
  if (!r.ok) throw new Error(r.problem.message);
  return r.system;
}

const subsets = (nodes: readonly string[]) => Array.from({ length: 1 << nodes.length }, (_, m) => nodes.filter((_, i) => (m & (1 << i)) !== 0));

/** The definitions, applied naively to every pair of subsets: the reference the analysis must match. */
function bruteForce(system: QuorumSystem) {
  const all = subsets(system.nodes);
  const q = (phase: QuorumPhase) => all.filter((s) => isQuorum(system, phase, s));
  const q1 = q("q1");
  const q2 = q("q2");
  let best: [string[], string[]] | undefined;
  for (const a of q1) for (const b of q2) if (!a.some((x) => b.includes(x)) && (!best || a.length + b.length < best[0].length + best[1].length)) best = [a, b];
  const tolerance = (phase: QuorumPhase) => {
    let f = -1;
    for (let k = 0; k <= system.nodes.length; k++) {
      const everyCrashLeavesQuorum = all.filter((c) => c.length === k).every((c) => isQuorum(system, phase, system.nodes.filter((n) => !c.includes(n))));
      if (!everyCrashLeavesQuorum) break;
      f = k;
    }
    return f;
  };
  return { intersects: best === undefined, pairSize: best ? best[0].length + best[1].length : 0, tolerance: { q1: tolerance("q1"), q2: tolerance("q2") } };
}

const nodes = (n: number) => defaultNodeNames("n", n);

const smallSystems = fc.oneof(
  fc.integer({ min: 1, max: 7 }).map((n): QuorumSpec => ({ kind: "majority", nodes: nodes(n) })),
  fc.integer({ min: 1, max: 7 }).chain((n) => fc.tuple(fc.integer({ min: 1, max: n }), fc.integer({ min: 1, max: n })).map(([r, w]): QuorumSpec => ({ kind: "threshold", nodes: nodes(n), read: r, write: w }))),
  fc.integer({ min: 1, max: 7 }).chain((n) => fc.tuple(fc.integer({ min: 1, max: n }), fc.integer({ min: 1, max: n })).map(([a, b]): QuorumSpec => ({ kind: "flexible", nodes: nodes(n), q1: a, q2: b }))),
  fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 6 }).filter((ws) => ws.some((w) => w > 0)).map((ws): QuorumSpec => ({ kind: "weighted", nodes: nodes(ws.length), weights: ws })),
  fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom("rows", "cols"), fc.constantFrom("rows", "cols"))
    .map(([r, c, q1, q2]): QuorumSpec => ({ kind: "grid", nodes: nodes(r * c), rows: r, cols: c, q1: q1 as "rows", q2: q2 as "rows" })),
);

describe("quorum systems", () => {
  it("exhaustive analysis agrees with brute force over every pair of subsets", () => {
    fc.assert(
      fc.property(smallSystems, (spec) => {
        const system = build(spec);
        const a = analyseExhaustively(system);
        const b = bruteForce(system);
        expect(a.intersects).toBe(b.intersects);
        expect(a.tolerance).toEqual(b.tolerance);
        if (!b.intersects) {
          const [x, y] = a.smallestDisjointPair!;
          expect(x.length + y.length).toBe(b.pairSize);
          expect(isQuorum(system, "q1", x)).toBe(true);
          expect(isQuorum(system, "q2", y)).toBe(true);
          expect(x.some((n) => y.includes(n))).toBe(false);
        }
      }),
      { numRuns: 80 },
    );
  });

  it("closed forms agree with the exhaustive analysis (they answer for systems too large to enumerate)", () => {
    fc.assert(
      fc.property(smallSystems, (spec) => {
        const system = build(spec);
        const ex = analyseExhaustively(system);
        const cf = analyseClosedForm(system);
        expect(cf.intersects).toBe(ex.intersects);
        expect(cf.tolerance).toEqual(ex.tolerance);
        if (!cf.intersects) {
          const [x, y] = cf.smallestDisjointPair!;
          expect(x.length + y.length).toBe(ex.smallestDisjointPair![0].length + ex.smallestDisjointPair![1].length);
          expect(isQuorum(system, "q1", x) && isQuorum(system, "q2", y) && !x.some((n) => y.includes(n))).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });

  it("explains a failing threshold system in the user's terms, with the disjoint quorums", () => {
    const system = build({ kind: "threshold", nodes: nodes(3), read: 1, write: 2 });
    const p = intersectionProblem(system)!;
    expect(p.message).toBe("R=1 + W=2 is not greater than N=3: a read can miss the latest write");
    expect(p.details).toEqual(["disjoint quorums: {n1} (read) and {n2, n3} (write)"]);
    expect(intersectionProblem(build({ kind: "threshold", nodes: nodes(3), read: 2, write: 2 }))).toBeUndefined();
  });

  it("shows the disjoint rows of a grid that uses rows for both phases", () => {
    const a = analyseQuorumSystem(build({ kind: "grid", nodes: nodes(6), rows: 2, cols: 3, q1: "rows", q2: "rows" }));
    expect(a.intersects).toBe(false);
    expect(a.smallestDisjointPair).toEqual([["n1", "n2", "n3"], ["n4", "n5", "n6"]]);
    expect(analyseQuorumSystem(build({ kind: "grid", nodes: nodes(6), rows: 2, cols: 3 })).intersects).toBe(true);
  });

  it("uses closed forms above the exhaustive limit", () => {
    const a = analyseQuorumSystem(build({ kind: "threshold", nodes: nodes(31), read: 10, write: 21 }));
    expect(a.method).toBe("closed-form");
    expect(a.intersects).toBe(false);
    expect(a.tolerance).toEqual({ q1: 21, q2: 10 });
    expect(analyseQuorumSystem(build({ kind: "majority", nodes: nodes(5) })).method).toBe("exhaustive");
  });

  it("weighted majority tolerates losing the light nodes but not the heavy one", () => {
    const system = build({ kind: "weighted", nodes: nodes(4), weights: [3, 1, 1, 1] });
    expect(isQuorum(system, "q1", ["n1", "n2"])).toBe(true);
    expect(isQuorum(system, "q1", ["n2", "n3", "n4"])).toBe(false);
    expect(analyseQuorumSystem(system).tolerance.q1).toBe(0);
    expect(analyseQuorumSystem(system).blockingSet!.q1).toEqual(["n1"]);
  });

  it("finds a minimal quorum inside a set, deterministically, and none when there is none", () => {
    const system = build({ kind: "majority", nodes: nodes(5) });
    expect(minimalQuorumWithin(system, "q1", ["n5", "n1", "n3", "n4"])).toEqual(["n1", "n3", "n4"]);
    expect(minimalQuorumWithin(system, "q1", ["n1", "n2"])).toBeUndefined();
    const grid = build({ kind: "grid", nodes: nodes(4), rows: 2, cols: 2 });
    expect(minimalQuorumWithin(grid, "q1", ["n1", "n2", "n3"])).toEqual(["n1", "n2"]);
    expect(isQuorum(system, "q1", ["n1", "n2", "zz", "zz2"])).toBe(false);
  });

  it("lists minimal quorums in a stable order, as trace headers give them", () => {
    const r = minimalQuorums(build({ kind: "majority", nodes: nodes(3) }), "q1");
    expect(r.ok && r.quorums).toEqual([["n1", "n2"], ["n1", "n3"], ["n2", "n3"]]);
    const big = minimalQuorums(build({ kind: "majority", nodes: nodes(17) }), "q1");
    expect(big.ok).toBe(false);
  });

  it("refuses malformed configurations with the reason", () => {
    const msg = (spec: QuorumSpec) => {
      const r = buildQuorumSystem(spec);
      return r.ok ? "built" : r.problem.message;
    };
    expect(msg({ kind: "threshold", nodes: nodes(3), read: 0, write: 3 })).toBe("R=0 must be at least 1: an empty set would be a quorum");
    expect(msg({ kind: "threshold", nodes: nodes(3), read: 4, write: 3 })).toBe("R=4 is larger than N=3: no set of nodes is a quorum");
    expect(msg({ kind: "flexible", nodes: nodes(3), q1: 2, q2: 1.5 })).toBe("Q2=1.5 must be a whole number");
    expect(msg({ kind: "weighted", nodes: nodes(3), weights: [1, 1] })).toBe("2 weights for 3 nodes: give one weight per node");
    expect(msg({ kind: "weighted", nodes: nodes(2), weights: [0, 0] })).toBe("all weights are 0: no set of nodes is a quorum");
    expect(msg({ kind: "grid", nodes: nodes(5), rows: 2, cols: 3 })).toBe("a 2x3 grid has 6 cells but there are 5 nodes");
    expect(msg({ kind: "majority", nodes: ["a", "a"] })).toBe("node a is listed twice");
    expect(msg({ kind: "majority", nodes: [] })).toBe("a quorum system needs at least one node");
  });

  it("maps user options to a spec and refuses a parameter given to the wrong kind", () => {
    expect(quorumSpecFromOptions({ kind: "threshold", nodes: nodes(3), read: 2, write: 2 })).toEqual({ ok: true, spec: { kind: "threshold", nodes: nodes(3), read: 2, write: 2 } });
    const wrong = quorumSpecFromOptions({ kind: "majority", nodes: nodes(3), read: 2 });
    expect(wrong.ok || wrong.problem.message).toBe("--read applies to --kind threshold, not majority");
    const missing = quorumSpecFromOptions({ kind: "grid", nodes: nodes(4), rows: 2 });
    expect(missing.ok || missing.problem.message).toBe("--kind grid needs --rows and --cols");
    const badLine = quorumSpecFromOptions({ kind: "grid", nodes: nodes(4), rows: 2, cols: 2, gridQ1: "diag" });
    expect(badLine.ok || badLine.problem.message).toBe('--grid-q1 must be "rows" or "cols", got "diag"');
    const kind = quorumSpecFromOptions({ kind: "ring", nodes: nodes(4) });
    expect(kind.ok || kind.problem.message).toMatch(/unknown quorum kind "ring"/);
  });
});
