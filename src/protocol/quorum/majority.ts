import type { BuildResult } from "./quorum-system.ts";
import { checkNodes, countMembers } from "./nodes.ts";

/** Strict majority, floor(N/2) + 1 of N, for both phases: classic Paxos and ABD. */
export function majorityQuorums(nodes: readonly string[]): BuildResult {
  const bad = checkNodes(nodes);
  if (bad) return { ok: false, problem: bad };
  const n = nodes.length;
  const size = Math.floor(n / 2) + 1;
  return {
    ok: true,
    system: {
      kind: "majority",
      nodes: [...nodes],
      phaseNames: { q1: "phase 1 / read", q2: "phase 2 / write" },
      description: `majority over ${n} nodes: any ${size} of ${n}`,
      params: { size },
      isQuorumBy: (_phase, has) => countMembers(n, has) >= size,
      closedForm: { intersects: true, tolerance: { q1: n - size, q2: n - size } },
    },
  };
}
