import { problem } from "../../diagnostics/problem.ts";
import type { BuildResult } from "./quorum-system.ts";
import { checkNodes } from "./nodes.ts";

/**
 * Weighted majority (Gifford's weighted voting with both thresholds at half): a set is a quorum
 * when its weight is more than half of the total. Two such sets cannot be disjoint, so both
 * phases share one predicate. Weights are whole numbers so that "more than half" is exact;
 * a weight of 0 makes a node a non-voting observer.
 */
export function weightedQuorums(nodes: readonly string[], weights: readonly number[]): BuildResult {
  const bad = checkNodes(nodes);
  if (bad) return { ok: false, problem: bad };
  if (weights.length !== nodes.length) {
    return { ok: false, problem: problem("usage", `${weights.length} weights for ${nodes.length} nodes: give one weight per node`) };
  }
  for (const [i, w] of weights.entries()) {
    if (!Number.isInteger(w) || w < 0) {
      return { ok: false, problem: problem("usage", `weight of ${nodes[i]} is ${w}: weights must be whole numbers >= 0`) };
    }
  }
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return { ok: false, problem: problem("usage", "all weights are 0: no set of nodes is a quorum") };
  const n = nodes.length;
  const isQuorumBy = (_phase: unknown, has: (i: number) => boolean) => {
    let sum = 0;
    for (let i = 0; i < n; i++) if (has(i)) sum += weights[i]!;
    return 2 * sum > total;
  };
  // The adversary crashes the heaviest nodes first.
  const heaviestFirst = [...weights].sort((a, b) => b - a);
  let remaining = total;
  let tolerance = 0;
  for (const w of heaviestFirst) {
    if (2 * (remaining - w) > total) {
      remaining -= w;
      tolerance++;
    } else break;
  }
  return {
    ok: true,
    system: {
      kind: "weighted",
      nodes: [...nodes],
      phaseNames: { q1: "phase 1 / read", q2: "phase 2 / write" },
      description: `weighted majority over ${n} nodes: weight > ${total / 2} of ${total} (${nodes.map((x, i) => `${x}=${weights[i]}`).join(", ")})`,
      params: { weights: [...weights], total },
      isQuorumBy,
      closedForm: { intersects: true, tolerance: { q1: tolerance, q2: tolerance } },
    },
  };
}
