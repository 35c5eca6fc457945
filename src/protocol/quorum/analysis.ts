import { problem, type Problem } from "../../diagnostics/problem.ts";
import { quorumPhases, type QuorumPhase, type QuorumSystem } from "./quorum-system.ts";

/** Above this many nodes the 2^N enumeration is too slow for a CLI answer; closed forms take over. */
export const EXHAUSTIVE_LIMIT = 20;

export interface QuorumAnalysis {
  /** "exhaustive": every subset of the nodes was examined; "closed-form": the family's formulas. */
  readonly method: "exhaustive" | "closed-form";
  readonly intersects: boolean;
  /** A disjoint (q1, q2) pair of minimum total size, when the phases do not intersect. */
  readonly smallestDisjointPair?: readonly [readonly string[], readonly string[]];
  /** Per phase: crashed nodes tolerated (any choice of that many crashes leaves a quorum alive). */
  readonly tolerance: Readonly<Record<QuorumPhase, number>>;
  /** Per phase: a smallest set of nodes whose crash leaves no quorum (exhaustive method only). */
  readonly blockingSet?: Readonly<Record<QuorumPhase, readonly string[]>>;
  /** Per phase: how many minimal quorums there are (exhaustive method only). */
  readonly minimalQuorums?: Readonly<Record<QuorumPhase, number>>;
  /** Why the phases do not intersect, in the user's terms. */
  readonly failure?: string;
}

function popcount(x: number): number {
  let c = 0;
  while (x !== 0) {
    x &= x - 1;
    c++;
  }
  return c;
}

function namesOf(system: QuorumSystem, mask: number): string[] {
  return system.nodes.filter((_, i) => (mask & (1 << i)) !== 0);
}

/** Quorum bit per subset mask, for one phase. */
function quorumTable(system: QuorumSystem, phase: QuorumPhase): Uint8Array {
  const size = 1 << system.nodes.length;
  const table = new Uint8Array(size);
  for (let m = 0; m < size; m++) table[m] = system.isQuorumBy(phase, (i) => (m & (1 << i)) !== 0) ? 1 : 0;
  return table;
}

/**
 * For every mask M, a smallest q-quorum contained in M (-1 if none), ties broken by the lower
 * mask: a dynamic programme over subsets, 2^N x N steps.
 */
function smallestWithin(table: Uint8Array, n: number): Int32Array {
  const size = 1 << n;
  const best = new Int32Array(size).fill(-1);
  const better = (a: number, b: number) => b === -1 || popcount(a) < popcount(b) || (popcount(a) === popcount(b) && a < b);
  for (let m = 0; m < size; m++) {
    let b = table[m] ? m : -1;
    for (let i = 0; i < n; i++) {
      if ((m & (1 << i)) === 0) continue;
      const sub = best[m ^ (1 << i)]!;
      if (sub !== -1 && better(sub, b)) b = sub;
    }
    best[m] = b;
  }
  return best;
}

/** Exhaustive analysis over all 2^N subsets; N must not exceed EXHAUSTIVE_LIMIT. */
export function analyseExhaustively(system: QuorumSystem): QuorumAnalysis {
  const n = system.nodes.length;
  if (n > EXHAUSTIVE_LIMIT) throw new RangeError(`exhaustive analysis is limited to ${EXHAUSTIVE_LIMIT} nodes`);
  const size = 1 << n;
  const full = size - 1;
  const tables = { q1: quorumTable(system, "q1"), q2: quorumTable(system, "q2") };
  const tolerance = { q1: 0, q2: 0 };
  const blockingSet = { q1: [] as string[], q2: [] as string[] };
  const minimalQuorums = { q1: 0, q2: 0 };
  const minimalMasks: Record<QuorumPhase, number[]> = { q1: [], q2: [] };
  for (const phase of quorumPhases) {
    const t = tables[phase];
    // Monotone: the live set holds a quorum iff it is one, so the largest non-quorum decides.
    // Ties go to the last such mask, whose complement lists the first nodes.
    let largestNon = -1;
    let largestNonSize = -1;
    for (let m = 0; m < size; m++) {
      if (t[m]) {
        let minimal = true;
        for (let i = 0; i < n && minimal; i++) if ((m & (1 << i)) !== 0 && t[m ^ (1 << i)]) minimal = false;
        if (minimal) minimalMasks[phase].push(m);
      } else if (popcount(m) >= largestNonSize) {
        largestNonSize = popcount(m);
        largestNon = m;
      }
    }
    minimalQuorums[phase] = minimalMasks[phase].length;
    tolerance[phase] = largestNon === -1 ? n : n - largestNonSize - 1;
    blockingSet[phase] = largestNon === -1 ? [] : namesOf(system, full & ~largestNon);
  }
  const within2 = smallestWithin(tables.q2, n);
  let pair: [number, number] | undefined;
  for (const a of minimalMasks.q1) {
    const b = within2[full & ~a]!;
    if (b === -1) continue;
    if (!pair) {
      pair = [a, b];
      continue;
    }
    const cur = popcount(a) + popcount(b);
    const old = popcount(pair[0]) + popcount(pair[1]);
    if (cur < old || (cur === old && (a < pair[0] || (a === pair[0] && b < pair[1])))) pair = [a, b];
  }
  const base = { method: "exhaustive" as const, tolerance, blockingSet, minimalQuorums };
  if (!pair) return { ...base, intersects: true };
  return {
    ...base,
    intersects: false,
    smallestDisjointPair: [namesOf(system, pair[0]), namesOf(system, pair[1])],
    failure: system.closedForm.failure ?? `${system.description}: a ${system.phaseNames.q1} quorum and a ${system.phaseNames.q2} quorum can be disjoint`,
  };
}

/** The family's formulas, for systems too large to enumerate. */
export function analyseClosedForm(system: QuorumSystem): QuorumAnalysis {
  const cf = system.closedForm;
  const pick = (idx: readonly number[]) => idx.map((i) => system.nodes[i]!);
  return {
    method: "closed-form",
    intersects: cf.intersects,
    tolerance: cf.tolerance,
    ...(cf.disjointPair ? { smallestDisjointPair: [pick(cf.disjointPair[0]), pick(cf.disjointPair[1])] as const } : {}),
    ...(cf.failure ? { failure: cf.failure } : {}),
  };
}

/** Exhaustive when the node set is small enough, closed form otherwise. */
export function analyseQuorumSystem(system: QuorumSystem): QuorumAnalysis {
  return system.nodes.length <= EXHAUSTIVE_LIMIT ? analyseExhaustively(system) : analyseClosedForm(system);
}

/**
 * The configuration error a protocol raises when built on quorums that do not intersect,
 * e.g. "R=1 + W=2 is not greater than N=3: a read can miss the latest write".
 */
export function intersectionProblem(system: QuorumSystem): Problem | undefined {
  const a = analyseQuorumSystem(system);
  if (a.intersects) return undefined;
  const details = a.smallestDisjointPair
    ? [`disjoint quorums: {${a.smallestDisjointPair[0].join(", ")}} (${system.phaseNames.q1}) and {${a.smallestDisjointPair[1].join(", ")}} (${system.phaseNames.q2})`]
    : undefined;
  return problem("usage", a.failure ?? `${system.description}: quorums do not intersect`, undefined, details);
}
