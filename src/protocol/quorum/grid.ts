import { problem } from "../../diagnostics/problem.ts";
import type { BuildResult, QuorumPhase } from "./quorum-system.ts";
import { checkNodes, range } from "./nodes.ts";

/** Which lines of the grid a phase's quorums are made of. */
export type GridLine = "rows" | "cols";

/**
 * Nodes laid out row by row in a rows x cols grid; a quorum of a phase contains a full row (or a
 * full column). A row and a column always share their crossing node, so rows for one phase and
 * columns for the other is safe with quorums of only sqrt(N) nodes; rows for both phases is not,
 * since two different rows are disjoint.
 */
export function gridQuorums(
  nodes: readonly string[],
  rows: number,
  cols: number,
  lines: Readonly<Record<QuorumPhase, GridLine>> = { q1: "rows", q2: "cols" },
): BuildResult {
  const bad = checkNodes(nodes);
  if (bad) return { ok: false, problem: bad };
  for (const [label, v] of [["rows", rows], ["cols", cols]] as const) {
    if (!Number.isInteger(v) || v < 1) return { ok: false, problem: problem("usage", `${label}=${v} must be a whole number >= 1`) };
  }
  if (rows * cols !== nodes.length) {
    return { ok: false, problem: problem("usage", `a ${rows}x${cols} grid has ${rows * cols} cells but there are ${nodes.length} nodes`) };
  }
  const lineMembers = (line: GridLine): number[][] =>
    line === "rows" ? range(0, rows).map((r) => range(0, cols).map((c) => r * cols + c)) : range(0, cols).map((c) => range(0, rows).map((r) => r * cols + c));
  const members: Record<QuorumPhase, number[][]> = { q1: lineMembers(lines.q1), q2: lineMembers(lines.q2) };
  const same = lines.q1 === lines.q2;
  const lineCount = (line: GridLine) => (line === "rows" ? rows : cols);
  const intersects = !same || lineCount(lines.q1) === 1;
  const lineName = (l: GridLine) => (l === "rows" ? "a full row" : "a full column");
  return {
    ok: true,
    system: {
      kind: "grid",
      nodes: [...nodes],
      phaseNames: { q1: `phase 1 / read (${lineName(lines.q1)})`, q2: `phase 2 / write (${lineName(lines.q2)})` },
      description: `grid ${rows}x${cols}: phase 1 needs ${lineName(lines.q1)}, phase 2 needs ${lineName(lines.q2)}`,
      params: { rows, cols, q1: lines.q1, q2: lines.q2 },
      isQuorumBy: (phase, has) => members[phase].some((line) => line.every(has)),
      closedForm: {
        intersects,
        tolerance: { q1: lineCount(lines.q1) - 1, q2: lineCount(lines.q2) - 1 },
        ...(intersects
          ? {}
          : {
              disjointPair: [members.q1[0]!, members.q2[1]!] as const,
              failure: `grid ${rows}x${cols} uses ${lines.q1} for both phases: two different ${lines.q1} are disjoint, so phase 2 can miss what phase 1 saw`,
            }),
      },
    },
  };
}
