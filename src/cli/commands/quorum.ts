import type { Command } from "commander";
import { ExitCode } from "../../diagnostics/exit-codes.ts";
import { fail, ProblemError } from "../../diagnostics/problem.ts";
import { analyseQuorumSystem, type QuorumAnalysis } from "../../protocol/quorum/analysis.ts";
import { buildQuorumSystem, type QuorumSpec } from "../../protocol/quorum/build.ts";
import { quorumSpecFromOptions, type QuorumOptions } from "../../protocol/quorum/from-options.ts";
import { defaultNodeNames, quorumPhases, type QuorumSystem } from "../../protocol/quorum/quorum-system.ts";
import { writeJson, writeLine } from "../output.ts";
import { renderTable } from "../table.ts";

/** Flags of a quorum system, shared by `harness quorum` and `harness simulate`. */
export interface QuorumFlags {
  kind?: string;
  read?: string;
  write?: string;
  q1?: string;
  q2?: string;
  weights?: string;
  rows?: string;
  cols?: string;
  gridQ1?: string;
  gridQ2?: string;
}

export function addQuorumFlags(cmd: Command, defaultKind: string): Command {
  return cmd
    .option("--kind <kind>", "quorum system: majority, threshold, weighted, grid, flexible", defaultKind)
    .option("--read <n>", "threshold: read quorum size R")
    .option("--write <n>", "threshold: write quorum size W")
    .option("--q1 <n>", "flexible: phase-1 quorum size")
    .option("--q2 <n>", "flexible: phase-2 quorum size")
    .option("--weights <list>", "weighted: one whole-number weight per node, e.g. 3,1,1")
    .option("--rows <n>", "grid: rows (nodes are laid out row by row)")
    .option("--cols <n>", "grid: columns")
    .option("--grid-q1 <line>", "grid: phase-1 quorums are full rows or cols (default rows)")
    .option("--grid-q2 <line>", "grid: phase-2 quorums are full rows or cols (default cols)");
}

/** A whole number from a flag, or a usage error naming the flag. */
export function wholeNumber(flag: string, text: string, min = 0): number {
  if (!/^\d+$/.test(text.trim())) fail("usage", `${flag} must be a whole number, got "${text}"`);
  const n = Number(text.trim());
  if (!Number.isSafeInteger(n)) fail("usage", `${flag} is too large: ${text}`);
  if (n < min) fail("usage", `${flag} must be at least ${min}, got ${n}`);
  return n;
}

/** `--nodes 5` (named prefix1..prefix5) or `--nodes a,b,c`. */
export function nodeList(text: string, prefix: string): string[] {
  if (/^\s*\d+\s*$/.test(text)) return defaultNodeNames(prefix, wholeNumber("--nodes", text, 1));
  const names = text.split(",").map((s) => s.trim());
  if (names.some((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n))) fail("usage", `--nodes must be a count or a comma-separated list of names (letters, digits, _), got "${text}"`);
  return names;
}

/** The quorum system the flags describe, as data (for configs and trace headers) and built. */
export function quorumFromFlags(flags: QuorumFlags, nodes: readonly string[]): { spec: QuorumSpec; system: QuorumSystem } {
  const num = (flag: string, v: string | undefined) => (v === undefined ? undefined : wholeNumber(flag, v));
  const weights = flags.weights === undefined ? undefined : flags.weights.split(",").map((w) => wholeNumber("--weights", w));
  const opts: QuorumOptions = {
    kind: flags.kind ?? "majority",
    nodes,
    ...(flags.read !== undefined ? { read: num("--read", flags.read)! } : {}),
    ...(flags.write !== undefined ? { write: num("--write", flags.write)! } : {}),
    ...(flags.q1 !== undefined ? { q1: num("--q1", flags.q1)! } : {}),
    ...(flags.q2 !== undefined ? { q2: num("--q2", flags.q2)! } : {}),
    ...(weights !== undefined ? { weights } : {}),
    ...(flags.rows !== undefined ? { rows: num("--rows", flags.rows)! } : {}),
    ...(flags.cols !== undefined ? { cols: num("--cols", flags.cols)! } : {}),
    ...(flags.gridQ1 !== undefined ? { gridQ1: flags.gridQ1 } : {}),
    ...(flags.gridQ2 !== undefined ? { gridQ2: flags.gridQ2 } : {}),
  };
  const spec = quorumSpecFromOptions(opts);
  if (!spec.ok) throw new ProblemError(spec.problem);
  const built = buildQuorumSystem(spec.spec);
  if (!built.ok) throw new ProblemError(built.problem);
  return { spec: spec.spec, system: built.system };
}

const crashes = (n: number) => (n === 1 ? "1 crash" : `${n} crashes`);
const braces = (names: readonly string[]) => `{${names.join(", ")}}`;

export function quorumReportJson(system: QuorumSystem, a: QuorumAnalysis): Record<string, unknown> {
  return {
    kind: system.kind,
    nodes: system.nodes,
    description: system.description,
    params: system.params,
    method: a.method,
    intersects: a.intersects,
    failure: a.failure ?? null,
    smallestDisjointPair: a.smallestDisjointPair ? { q1: a.smallestDisjointPair[0], q2: a.smallestDisjointPair[1] } : null,
    phases: quorumPhases.map((p) => ({
      phase: p,
      name: system.phaseNames[p],
      tolerates: a.tolerance[p],
      blockingSet: a.blockingSet?.[p] ?? null,
      minimalQuorums: a.minimalQuorums?.[p] ?? null,
    })),
  };
}

export function renderQuorumReport(system: QuorumSystem, a: QuorumAnalysis): string {
  const lines = [system.description, ""];
  if (a.intersects) {
    lines.push(`quorums intersect: every ${system.phaseNames.q1} quorum meets every ${system.phaseNames.q2} quorum (${a.method === "exhaustive" ? "checked over every subset" : "closed form"})`);
  } else {
    lines.push(`quorums DO NOT intersect: ${a.failure}`);
    if (a.smallestDisjointPair) {
      lines.push(`  smallest disjoint pair: ${braces(a.smallestDisjointPair[0])} (${system.phaseNames.q1}) and ${braces(a.smallestDisjointPair[1])} (${system.phaseNames.q2})`);
    }
  }
  lines.push("");
  const rows = quorumPhases.map((p) => [
    system.phaseNames[p],
    a.tolerance[p] < 0 ? "none (no quorum even with every node up)" : crashes(a.tolerance[p]),
    a.blockingSet ? braces(a.blockingSet[p]) : "-",
  ]);
  lines.push(renderTable(["phase", "tolerates", "a smallest crash set that blocks it"], rows));
  return lines.join("\n");
}

export function registerQuorum(program: Command): void {
  const cmd = program
    .command("quorum")
    .description("check a quorum system: do its quorums intersect, and how many crashes each phase tolerates (exit 12 if they do not intersect)")
    .option("--nodes <n|list>", "how many nodes (named n1, n2, ...) or their names, comma-separated", "3")
    .option("--json", "print the analysis as JSON");
  addQuorumFlags(cmd, "majority").action((opts: QuorumFlags & { nodes: string; json?: boolean }) => {
    const { system } = quorumFromFlags(opts, nodeList(opts.nodes, "n"));
    const analysis = analyseQuorumSystem(system);
    if (opts.json === true) writeJson(quorumReportJson(system, analysis));
    else writeLine(renderQuorumReport(system, analysis));
    process.exitCode = analysis.intersects ? ExitCode.ok : ExitCode.safety;
  });
}
