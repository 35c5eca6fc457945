/**
 * `npm run bench:fuzz`: how fast and how well `harness fuzz` works.
 *
 * 1. Throughput: fully checked schedules per second (every event judged by the spec), cold
 *    (a fresh judge: the first runs pay for evaluating the spec) and warm (the judge has seen
 *    the common steps), in CPU seconds of this one process, so load on the machine matters less.
 * 2. Every mutant, over several campaign seeds: runs and seconds until the first failing run,
 *    seconds including shrinking and minimising, and the counterexample's length as fast-check
 *    shrank it and as minimised.
 *
 * Options: --seeds N (campaign seeds per mutant, default 5), --runs N (throughput runs per
 * protocol, default 5000), --steps N (default 50).
 */
import { prepareFuzzing } from "../src/fuzz/campaign/prepare.ts";
import { runSeed } from "../src/fuzz/campaign/shard.ts";
import { failureOf } from "../src/fuzz/failure/record-failure.ts";
import { runOnce } from "../src/fuzz/run/run-once.ts";
import { protocols, type Protocol } from "../src/fuzz/targets/target.ts";
import { mutantCatalog, mutantNames } from "../src/protocol/mutants.ts";

const root = new URL("../", import.meta.url).pathname;
const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const SEEDS = arg("seeds", 5);
const RUNS = arg("runs", 5000);
const STEPS = arg("steps", 50);
const MAX_RUNS_PER_MUTANT = 50_000;

const cpuNow = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

function prepared(protocol: Protocol, mutants: readonly string[]) {
  const p = prepareFuzzing(protocol, mutants, root);
  if (!p.ok) throw new Error(p.problem.message);
  return p.prepared;
}

interface Phase {
  runs: number;
  steps: number;
  events: number;
  cpu: number;
  wall: number;
}

function throughput(protocol: Protocol): { cold: Phase; warm: Phase; hitRate: number } {
  const p = prepared(protocol, []);
  const phase = (from: number, to: number): Phase => {
    const c0 = cpuNow();
    const w0 = performance.now();
    let steps = 0;
    let events = 0;
    for (let r = from; r < to; r++) {
      const o = runOnce({ target: p.target, judge: p.judge, steps: STEPS, seed: runSeed(1, r) });
      if (o.kind === "failed") throw new Error(`${protocol}: the unmutated implementation failed run ${r}`);
      steps += o.steps;
      events += o.events;
    }
    return { runs: to - from, steps, events, cpu: cpuNow() - c0, wall: (performance.now() - w0) / 1000 };
  };
  const cold = phase(0, Math.min(1000, RUNS));
  const warm = phase(Math.min(1000, RUNS), RUNS + Math.min(1000, RUNS));
  const s = p.judge.stats();
  return { cold, warm, hitRate: s.hits / Math.max(1, s.hits + s.misses) };
}

interface Detection {
  seed: number;
  runs: number;
  detectCpu: number;
  detectWall: number;
  totalWall: number;
  shrunk: number;
  minimised: number;
}

function detect(protocol: Protocol, mutant: string, seed: number): Detection | null {
  const w0 = performance.now();
  const c0 = cpuNow();
  // Preparing (loading and compiling the spec) is part of the time a user waits.
  const p = prepared(protocol, [mutant]);
  for (let r = 0; r < MAX_RUNS_PER_MUTANT; r++) {
    const o = runOnce({ target: p.target, judge: p.judge, steps: STEPS, seed: runSeed(seed, r) });
    if (o.kind !== "failed") continue;
    const detectWall = (performance.now() - w0) / 1000;
    const detectCpu = cpuNow() - c0;
    const origin = { steps: STEPS, campaignSeed: seed, run: r, seed: o.seed, path: o.path, replayPath: o.replayPath };
    const f = failureOf(p, { failureDir: null }, origin, o.intents, o.shrinks, o.steps);
    const totalWall = (performance.now() - w0) / 1000;
    return { seed, runs: r + 1, detectCpu, detectWall, totalWall, shrunk: o.intents.length, minimised: f.explained?.steps.length ?? -1 };
  }
  return null;
}

const fmt = (x: number, d = 2) => x.toFixed(d);
const rate = (n: number, s: number) => (s > 0 ? Math.round(n / s) : 0);

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const w = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r, k) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join("  ") + (k === 0 ? "\n" + w.map((x) => "-".repeat(x)).join("  ") : "")).join("\n");
}

console.log(`bench:fuzz  (schedules of up to ${STEPS} steps; CPU seconds of one core)\n`);
const tRows: (string | number)[][] = [];
for (const protocol of protocols) {
  const t = throughput(protocol);
  for (const [name, ph] of [
    ["cold", t.cold],
    ["warm", t.warm],
  ] as const) {
    tRows.push([
      `${protocol} ${name}`,
      ph.runs,
      fmt(ph.steps / ph.runs, 1),
      fmt(ph.events / ph.runs, 1),
      fmt(ph.cpu),
      rate(ph.runs, ph.cpu),
      rate(ph.steps, ph.cpu),
      rate(ph.events, ph.cpu),
      // Schedules perform fewer steps than their bound (fast-check draws lengths up to it, and a
      // step with nothing to act on is skipped): performed steps / 50 is the 50-step equivalent.
      rate(ph.steps / 50, ph.cpu),
      rate(ph.runs, ph.wall),
    ]);
  }
  tRows.push([`${protocol} judge`, "", "", "", "", "", "", "", "", `${fmt(100 * t.hitRate, 1)}% looked up`]);
}
console.log("Throughput");
console.log(table(["campaign", "runs", "steps/run", "events/run", "cpu s", "sched/s", "steps/s", "events/s", "50-step eq/s", "sched/s wall"], tRows));

console.log(`\nMutants (campaign seeds 0..${SEEDS - 1}; worst case over the seeds, median in brackets)`);
const mRows: (string | number)[][] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const m of mutantNames) {
  const protocol = mutantCatalog[m].protocol;
  const ds: Detection[] = [];
  let missed = 0;
  for (let seed = 0; seed < SEEDS; seed++) {
    const d = detect(protocol, m, seed);
    if (d === null) missed++;
    else ds.push(d);
  }
  if (ds.length === 0) {
    mRows.push([m, protocol, `not found in ${MAX_RUNS_PER_MUTANT} runs`, "", "", "", "", ""]);
    continue;
  }
  const col = (f: (d: Detection) => number, digits = 0) => `${fmt(Math.max(...ds.map(f)), digits)} (${fmt(median(ds.map(f)), digits)})`;
  mRows.push([m, protocol, col((d) => d.runs), col((d) => d.detectWall, 2), col((d) => d.detectCpu, 2), col((d) => d.totalWall, 2), col((d) => d.shrunk), col((d) => d.minimised) + (missed > 0 ? `  MISSED x${missed}` : "")]);
}
console.log(table(["mutant", "protocol", "runs to find", "s to find", "cpu s", "s incl. shrink", "shrunk steps", "minimised steps"], mRows));
