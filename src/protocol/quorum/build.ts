import type { BuildResult, QuorumKind } from "./quorum-system.ts";
import { majorityQuorums } from "./majority.ts";
import { flexibleQuorums, thresholdQuorums } from "./threshold.ts";
import { weightedQuorums } from "./weighted.ts";
import { gridQuorums, type GridLine } from "./grid.ts";
import { unreachable } from "../never.ts";

/**
 * A quorum system as plain data: what a CLI flag set, a simulator configuration or a trace
 * header records, and what `buildQuorumSystem` turns into predicates.
 */
export type QuorumSpec =
  | { readonly kind: "majority"; readonly nodes: readonly string[] }
  | { readonly kind: "threshold"; readonly nodes: readonly string[]; readonly read: number; readonly write: number }
  | { readonly kind: "weighted"; readonly nodes: readonly string[]; readonly weights: readonly number[] }
  | {
      readonly kind: "grid";
      readonly nodes: readonly string[];
      readonly rows: number;
      readonly cols: number;
      readonly q1?: GridLine;
      readonly q2?: GridLine;
    }
  | { readonly kind: "flexible"; readonly nodes: readonly string[]; readonly q1: number; readonly q2: number };

export function buildQuorumSystem(spec: QuorumSpec): BuildResult {
  switch (spec.kind) {
    case "majority":
      return majorityQuorums(spec.nodes);
    case "threshold":
      return thresholdQuorums(spec.nodes, spec.read, spec.write);
    case "weighted":
      return weightedQuorums(spec.nodes, spec.weights);
    case "grid":
      return gridQuorums(spec.nodes, spec.rows, spec.cols, { q1: spec.q1 ?? "rows", q2: spec.q2 ?? "cols" });
    case "flexible":
      return flexibleQuorums(spec.nodes, spec.q1, spec.q2);
    default:
      return unreachable(spec);
  }
}

export function isQuorumKind(s: string): s is QuorumKind {
  return s === "majority" || s === "threshold" || s === "weighted" || s === "grid" || s === "flexible";
}
