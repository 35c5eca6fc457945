/**
 * `npm run bench:check`: the native model checker on Lamport's single-decree Paxos (3 acceptors,
 * 2 values, majority quorums) against TLC's figures with one worker, then on the project's Paxos
 * models of spec/models.json (every model with --all). Prints counts, wall and CPU time,
 * states/s and peak memory (RSS). CPU seconds matter on a shared machine, where wall time also
 * measures the other processes.
 *
 *   npm run bench:check                 # Lamport Paxos ballots 0..1 and 0..2, then spec/ Paxos models
 *   npm run bench:check -- --quick      # ballots 0..1 only
 *   npm run bench:check -- --all        # ... and every model of spec/models.json
 *   node --cpu-prof --import tsx/esm scripts/bench-check.ts --quick   # a CPU profile
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkNative } from "../src/check/native.ts";
import type { CheckResult } from "../src/check/result.ts";
import { renderTable } from "../src/cli/table.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const quick = process.argv.includes("--quick");
const all = process.argv.includes("--all");

interface Case {
  readonly name: string;
  readonly spec: string;
  readonly config: string;
  /** TLC 2026.11 with -workers 1 on a 2-core machine, when known. */
  readonly tlc?: { readonly distinct: number; readonly generated: number; readonly depth: number; readonly seconds: number };
  /** The verdict spec/models.json expects. */
  readonly expect?: { readonly result: string; readonly violated: string | null };
}

const paxos = join(root, "bench/specs/LamportPaxos.tla");
const cases: Case[] = [
  { name: "LamportPaxos ballots 0..1", spec: paxos, config: join(root, "bench/specs/LamportPaxos_b1.cfg"), tlc: { distinct: 3921, generated: 23563, depth: 17, seconds: 1.5 } },
  ...(quick
    ? []
    : [{ name: "LamportPaxos ballots 0..2", spec: paxos, config: join(root, "bench/specs/LamportPaxos_b2.cfg"), tlc: { distinct: 185369, generated: 1361380, depth: 25, seconds: 41 } }]),
  ...projectModels(),
];

const rows: (string | number)[][] = [];
let mismatches = 0;
for (const c of cases) {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const r = await checkNative(c.spec, { config: c.config, print: () => {} });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rssMiB = process.resourceUsage().maxRSS / 1024;
  const counts = c.tlc ? sameCounts(r, c.tlc) : c.expect ? (r.result === c.expect.result && r.violated === c.expect.violated ? "verdict as expected" : "UNEXPECTED VERDICT") : "-";
  if (counts === "DIFFERENT" || counts === "UNEXPECTED VERDICT") mismatches++;
  rows.push([
    c.name,
    r.result + (r.violated ? ` ${r.violated}` : "") + (r.error ? `: ${r.error.message}` : ""),
    r.distinct,
    r.generated,
    r.depth,
    seconds.toFixed(2),
    cpuSeconds.toFixed(2),
    Math.round(r.distinct / seconds),
    Math.round(r.generated / seconds),
    Math.round(rssMiB),
    c.tlc ? `${c.tlc.seconds} s` : "-",
    counts,
  ]);
  process.stderr.write(`${c.name}: ${r.result}, ${r.distinct} distinct in ${seconds.toFixed(1)} s\n`);
}

process.stdout.write(
  renderTable(
    ["model", "verdict", "distinct", "generated", "depth", "seconds", "CPU s", "distinct/s", "generated/s", "peak RSS MiB", "TLC (1 worker)", "counts vs TLC"],
    rows,
  ) + "\n",
);
process.stdout.write(`node ${process.version}; peak RSS is the process's maximum so far, so it grows down the table.\n`);
if (mismatches > 0) process.exitCode = 1;

function sameCounts(r: CheckResult, tlc: NonNullable<Case["tlc"]>): string {
  return r.distinct === tlc.distinct && r.generated === tlc.generated && r.depth === tlc.depth ? "same" : "DIFFERENT";
}

/** spec/models.json rows (format owned by the specs engineer): the Paxos models, or all with --all. */
function projectModels(): Case[] {
  const manifest = join(root, "spec/models.json");
  if (quick || !existsSync(manifest)) return [];
  const parsed = JSON.parse(readFileSync(manifest, "utf8")) as {
    models?: { name: string; spec: string; config: string; expect?: { result: string; violated: string | null } }[];
  };
  return (parsed.models ?? [])
    .filter((m) => all || m.name.startsWith("Paxos"))
    .map((m) => ({ name: `spec: ${m.name}`, spec: join(root, m.spec), config: join(root, m.config), ...(m.expect ? { expect: m.expect } : {}) }));
}
