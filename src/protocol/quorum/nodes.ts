import { problem, type Problem } from "../../diagnostics/problem.ts";

/** Node lists are the quorum system's universe: non-empty, distinct, non-empty names. */
export function checkNodes(nodes: readonly string[]): Problem | undefined {
  if (nodes.length === 0) return problem("usage", "a quorum system needs at least one node");
  const seen = new Set<string>();
  for (const n of nodes) {
    if (n.length === 0) return problem("usage", "node names must not be empty");
    if (seen.has(n)) return problem("usage", `node ${n} is listed twice`);
    seen.add(n);
  }
  return undefined;
}

/** A size parameter such as R or Q1 must lie in 1..N, or no quorum (or every set) qualifies. */
export function checkSize(label: string, value: number, n: number): Problem | undefined {
  if (!Number.isInteger(value)) return problem("usage", `${label}=${value} must be a whole number`);
  if (value < 1) return problem("usage", `${label}=${value} must be at least 1: an empty set would be a quorum`);
  if (value > n) return problem("usage", `${label}=${value} is larger than N=${n}: no set of nodes is a quorum`);
  return undefined;
}

export function countMembers(n: number, has: (i: number) => boolean): number {
  let c = 0;
  for (let i = 0; i < n; i++) if (has(i)) c++;
  return c;
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
