import { problem, type Problem } from "../../diagnostics/problem.ts";
import type { QuorumPhase, QuorumSystem } from "./quorum-system.ts";

/** Above this, listing quorums (e.g. as a spec constant in a trace header) is unreasonable. */
export const ENUMERATION_LIMIT = 16;

/**
 * Every minimal quorum of a phase, each in node order, the list ordered by size then by the
 * nodes' positions. This is what a trace header gives as `Phase1Quorums` or `ReadQuorums`: the
 * implementation always acts on a minimal quorum, so the minimal ones are all a checker needs.
 */
export function minimalQuorums(system: QuorumSystem, phase: QuorumPhase): { ok: true; quorums: string[][] } | { ok: false; problem: Problem } {
  const n = system.nodes.length;
  if (n > ENUMERATION_LIMIT) {
    return { ok: false, problem: problem("usage", `${n} nodes: listing the quorums of more than ${ENUMERATION_LIMIT} nodes is not supported`) };
  }
  const has = (m: number) => (i: number) => (m & (1 << i)) !== 0;
  const masks: number[] = [];
  for (let m = 1; m < 1 << n; m++) {
    if (!system.isQuorumBy(phase, has(m))) continue;
    let minimal = true;
    for (let i = 0; i < n && minimal; i++) if (has(m)(i) && system.isQuorumBy(phase, has(m ^ (1 << i)))) minimal = false;
    if (minimal) masks.push(m);
  }
  const size = (m: number) => system.nodes.filter((_, i) => has(m)(i)).length;
  const key = (m: number) => system.nodes.map((_, i) => (has(m)(i) ? "1" : "0")).join("");
  masks.sort((a, b) => size(a) - size(b) || (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
  return { ok: true, quorums: masks.map((m) => system.nodes.filter((_, i) => has(m)(i))) };
}
