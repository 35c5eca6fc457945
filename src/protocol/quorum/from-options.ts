import { problem, type Problem } from "../../diagnostics/problem.ts";
import { isQuorumKind, type QuorumSpec } from "./build.ts";
import type { GridLine } from "./grid.ts";

/**
 * Quorum parameters as a user gives them (CLI flags, a config file) -> a QuorumSpec. Each kind
 * says which parameters it needs, and a parameter given to the wrong kind is an error rather
 * than silently ignored ("--read applies to --kind threshold").
 */
export interface QuorumOptions {
  readonly kind: string;
  readonly nodes: readonly string[];
  readonly read?: number;
  readonly write?: number;
  readonly q1?: number;
  readonly q2?: number;
  readonly weights?: readonly number[];
  readonly rows?: number;
  readonly cols?: number;
  readonly gridQ1?: string;
  readonly gridQ2?: string;
}

const owner: Record<Exclude<keyof QuorumOptions, "kind" | "nodes">, { kind: string; flag: string }> = {
  read: { kind: "threshold", flag: "--read" },
  write: { kind: "threshold", flag: "--write" },
  q1: { kind: "flexible", flag: "--q1" },
  q2: { kind: "flexible", flag: "--q2" },
  weights: { kind: "weighted", flag: "--weights" },
  rows: { kind: "grid", flag: "--rows" },
  cols: { kind: "grid", flag: "--cols" },
  gridQ1: { kind: "grid", flag: "--grid-q1" },
  gridQ2: { kind: "grid", flag: "--grid-q2" },
};

function usage(message: string): { ok: false; problem: Problem } {
  return { ok: false, problem: problem("usage", message) };
}

function gridLine(flag: string, v: string | undefined, fallback: GridLine): GridLine | Problem {
  if (v === undefined) return fallback;
  if (v === "rows" || v === "cols") return v;
  return problem("usage", `${flag} must be "rows" or "cols", got "${v}"`);
}

export function quorumSpecFromOptions(o: QuorumOptions): { ok: true; spec: QuorumSpec } | { ok: false; problem: Problem } {
  if (!isQuorumKind(o.kind)) return usage(`unknown quorum kind "${o.kind}": use majority, threshold, weighted, grid or flexible`);
  for (const [key, { kind, flag }] of Object.entries(owner)) {
    if (o[key as keyof typeof owner] !== undefined && kind !== o.kind) return usage(`${flag} applies to --kind ${kind}, not ${o.kind}`);
  }
  const missing = (flags: string[]) => usage(`--kind ${o.kind} needs ${flags.join(" and ")}`);
  switch (o.kind) {
    case "majority":
      return { ok: true, spec: { kind: "majority", nodes: o.nodes } };
    case "threshold":
      if (o.read === undefined || o.write === undefined) return missing(["--read", "--write"]);
      return { ok: true, spec: { kind: "threshold", nodes: o.nodes, read: o.read, write: o.write } };
    case "flexible":
      if (o.q1 === undefined || o.q2 === undefined) return missing(["--q1", "--q2"]);
      return { ok: true, spec: { kind: "flexible", nodes: o.nodes, q1: o.q1, q2: o.q2 } };
    case "weighted":
      if (o.weights === undefined) return missing(["--weights"]);
      return { ok: true, spec: { kind: "weighted", nodes: o.nodes, weights: o.weights } };
    case "grid": {
      if (o.rows === undefined || o.cols === undefined) return missing(["--rows", "--cols"]);
      const q1 = gridLine("--grid-q1", o.gridQ1, "rows");
      if (typeof q1 !== "string") return { ok: false, problem: q1 };
      const q2 = gridLine("--grid-q2", o.gridQ2, "cols");
      if (typeof q2 !== "string") return { ok: false, problem: q2 };
      return { ok: true, spec: { kind: "grid", nodes: o.nodes, rows: o.rows, cols: o.cols, q1, q2 } };
    }
  }
  return usage(`unknown quorum kind "${o.kind}"`);
}
