import type { Problem } from "../../diagnostics/problem.ts";

/**
 * A quorum system over a fixed list of nodes with two phases: `q1` (Paxos phase 1, a register's
 * read quorum) and `q2` (Paxos phase 2, a register's write quorum). Safety of every protocol
 * here rests on one property: every q1 quorum meets every q2 quorum. Families where the two
 * phases coincide (majority, weighted) use the same predicate for both.
 *
 * All families are monotone (a superset of a quorum is a quorum); the analyses in this folder
 * rely on it.
 */
export type QuorumPhase = "q1" | "q2";

export const quorumPhases: readonly QuorumPhase[] = ["q1", "q2"];

export type QuorumKind = "majority" | "threshold" | "weighted" | "grid" | "flexible";

export const quorumKinds: readonly QuorumKind[] = ["majority", "threshold", "weighted", "grid", "flexible"];

/** Membership of node i (an index into `nodes`) in the set being tested. */
export type Membership = (index: number) => boolean;

/** What the family knows in closed form; tests check it against the exhaustive analysis. */
export interface ClosedForm {
  readonly intersects: boolean;
  /** When they do not intersect: a smallest disjoint (q1, q2) pair, as node indices. */
  readonly disjointPair?: readonly [readonly number[], readonly number[]];
  /** Per phase: how many crashed nodes, chosen adversarially, still leave a quorum alive. */
  readonly tolerance: Readonly<Record<QuorumPhase, number>>;
  /** Why they do not intersect, in the user's terms (e.g. "R=1 + W=2 is not greater than N=3: ..."). */
  readonly failure?: string;
}

export interface QuorumSystem {
  readonly kind: QuorumKind;
  readonly nodes: readonly string[];
  /** Phase names for people: "read"/"write", "phase 1"/"phase 2", "rows"/"columns". */
  readonly phaseNames: Readonly<Record<QuorumPhase, string>>;
  /** One line, e.g. "threshold over 5 nodes: read 2, write 4". */
  readonly description: string;
  /** The parameters as data, so that a trace header or a spec constant can be derived from them. */
  readonly params: Readonly<Record<string, number | string | readonly number[]>>;
  /** The predicate on a membership function over node indices. */
  readonly isQuorumBy: (phase: QuorumPhase, has: Membership) => boolean;
  readonly closedForm: ClosedForm;
}

export type BuildResult = { readonly ok: true; readonly system: QuorumSystem } | { readonly ok: false; readonly problem: Problem };

/** Whether `members` (node names; unknown names do not count) form a quorum of `phase`. */
export function isQuorum(system: QuorumSystem, phase: QuorumPhase, members: Iterable<string>): boolean {
  const inSet = new Array<boolean>(system.nodes.length).fill(false);
  const index = nodeIndex(system);
  for (const m of members) {
    const i = index.get(m);
    if (i !== undefined) inSet[i] = true;
  }
  return system.isQuorumBy(phase, (i) => inSet[i] === true);
}

/**
 * A minimal quorum inside `members`, or undefined when they hold none. Deterministic: drops
 * members from the last (in node order) to the first while what remains is still a quorum.
 * Paxos proposers use it to pick the exact phase-1 quorum whose reports decide their value, so
 * that the value is justified by a quorum the spec accepts, whatever its quorum constant lists.
 */
export function minimalQuorumWithin(system: QuorumSystem, phase: QuorumPhase, members: Iterable<string>): string[] | undefined {
  const index = nodeIndex(system);
  const inSet = new Array<boolean>(system.nodes.length).fill(false);
  for (const m of members) {
    const i = index.get(m);
    if (i !== undefined) inSet[i] = true;
  }
  const has: Membership = (i) => inSet[i] === true;
  if (!system.isQuorumBy(phase, has)) return undefined;
  for (let i = system.nodes.length - 1; i >= 0; i--) {
    if (!inSet[i]) continue;
    inSet[i] = false;
    if (!system.isQuorumBy(phase, has)) inSet[i] = true;
  }
  return system.nodes.filter((_, i) => inSet[i]);
}

const indexCache = new WeakMap<QuorumSystem, Map<string, number>>();

function nodeIndex(system: QuorumSystem): Map<string, number> {
  let m = indexCache.get(system);
  if (!m) {
    m = new Map(system.nodes.map((n, i) => [n, i]));
    indexCache.set(system, m);
  }
  return m;
}

/** Default node names: a prefix and 1..n ("a1", "a2", ...), as the specs' model values are named. */
export function defaultNodeNames(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
}
