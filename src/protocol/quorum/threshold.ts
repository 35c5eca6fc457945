import type { BuildResult, QuorumSystem } from "./quorum-system.ts";
import { checkNodes, checkSize, countMembers, range } from "./nodes.ts";

/**
 * Size thresholds per phase. Two user-facing families share it: Dynamo-style read/write
 * quorums (R, W) and flexible Paxos (Q1, Q2). Both are safe exactly when the two sizes add up
 * to more than N, since then any two quorums of different phases share a node.
 */
function sizeThresholds(
  kind: "threshold" | "flexible",
  nodes: readonly string[],
  labels: readonly [string, string],
  sizes: readonly [number, number],
  phaseNames: QuorumSystem["phaseNames"],
  consequence: string,
): BuildResult {
  const bad = checkNodes(nodes) ?? checkSize(labels[0], sizes[0], nodes.length) ?? checkSize(labels[1], sizes[1], nodes.length);
  if (bad) return { ok: false, problem: bad };
  const n = nodes.length;
  const [s1, s2] = sizes;
  const intersects = s1 + s2 > n;
  const system: QuorumSystem = {
    kind,
    nodes: [...nodes],
    phaseNames,
    description: `${kind} over ${n} nodes: ${phaseNames.q1} ${s1}, ${phaseNames.q2} ${s2}`,
    params: kind === "threshold" ? { read: s1, write: s2 } : { q1: s1, q2: s2 },
    isQuorumBy: (phase, has) => countMembers(n, has) >= (phase === "q1" ? s1 : s2),
    closedForm: intersects
      ? { intersects, tolerance: { q1: n - s1, q2: n - s2 } }
      : {
          intersects,
          disjointPair: [range(0, s1), range(s1, s1 + s2)],
          tolerance: { q1: n - s1, q2: n - s2 },
          failure: `${labels[0]}=${s1} + ${labels[1]}=${s2} is not greater than N=${n}: ${consequence}`,
        },
  };
  return { ok: true, system };
}

/** Read quorums of R nodes and write quorums of W nodes out of N (Dynamo, Cassandra). */
export function thresholdQuorums(nodes: readonly string[], read: number, write: number): BuildResult {
  return sizeThresholds("threshold", nodes, ["R", "W"], [read, write], { q1: "read", q2: "write" }, "a read can miss the latest write");
}

/** Flexible Paxos (Howard et al.): phase-1 quorums of Q1 nodes, phase-2 quorums of Q2 nodes. */
export function flexibleQuorums(nodes: readonly string[], q1: number, q2: number): BuildResult {
  return sizeThresholds(
    "flexible",
    nodes,
    ["Q1", "Q2"],
    [q1, q2],
    { q1: "phase 1", q2: "phase 2" },
    "a new ballot's phase 1 can miss a value accepted in phase 2, so two values can be chosen",
  );
}
