/**
 * `npm run bench:validate`: the trace checker's throughput and memory. Traces are random
 * behaviours of the specs (src/validate/spec-walk.ts), written to a scratch folder and then
 * checked by `validateFile`, as `harness validate` does, in this thread:
 *
 *   1. Paxos, every event carrying the full state (target: >= 100,000 events/s);
 *   2. Paxos, events reporting only the acting node's variables (maxBal, maxVBal, maxVal: the
 *      spec reconstructs msgs and chosen; target: >= 20,000 events/s);
 *   3. QuorumRegister, 100,000 events of changes, streamed: heap sampled along the way, which
 *      must not grow with the number of events checked;
 *   4. batches of 2,000 runs per protocol of the reference implementation (`harness simulate`
 *      with every fault; all must be accepted: the long sweep the simulator tests shorten),
 *      Paxos with full states in this thread and then on one worker per core (each worker
 *      starts by loading the sources and compiling the spec, about a second, which a batch this
 *      small does not repay: `harness validate` uses workers by default only for big batches).
 *
 * Each is timed after an untimed shorter trace of the same kind, so the figures are the steady
 * state of a long trace or a batch (a single short trace also pays for parsing the spec and for
 * the JIT compiler warming up).
 *
 * Prints events/s (wall and CPU), peak RSS and the heap after a full collection at every
 * quarter of each trace (run with --expose-gc, as the npm script does; without it the samples
 * are taken as they come). CPU seconds matter on a shared machine, where wall time also
 * measures the other processes.
 *
 *   npm run bench:validate                 # all three
 *   npm run bench:validate -- --quick      # a tenth of the events
 *   node --cpu-prof --import tsx/esm scripts/bench-validate.ts --quick   # a CPU profile
 */
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderTable } from "../src/cli/table.ts";
import { TRACE_FORMAT, TRACE_VERSION, type TraceEvent, type TraceHeader } from "../src/trace/schema.ts";
import { tModel, tRecord, tSet, type TValue } from "../src/trace/value.ts";
import { formatEventLine, formatHeaderLine, formatTrace } from "../src/trace/writer.ts";
import { simulateTrace } from "../src/trace/simulate.ts";
import { defaultPaxosConfig } from "../src/protocol/paxos/config.ts";
import { defaultRegisterConfig } from "../src/protocol/register/config.ts";
import { DEFAULT_CHECK_OPTIONS, Session, validateBatch, validateFile, walkSpec } from "../src/validate/index.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const quick = process.argv.includes("--quick");
const scale = quick ? 0.1 : 1;
const scratch = mkdtempSync(join(tmpdir(), "bench-validate-"));

const models = (names: string[]) => tSet(names.map(tModel));
const majority = (names: string[]) => {
  const out: TValue[] = [];
  const n = names.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const q = names.filter((_, i) => mask & (1 << i));
    if (q.length * 2 > n) out.push(models(q));
  }
  return tSet(out);
};

const acceptors = ["a1", "a2", "a3"];
const paxosConstants: Record<string, TValue> = {
  Acceptors: models(acceptors),
  Values: models(["v1", "v2"]),
  Ballots: tSet([0, 1, 2, 3]),
  Phase1Quorums: majority(acceptors),
  Phase2Quorums: majority(acceptors),
  None: tModel("None"),
};
const replicas = ["r1", "r2", "r3"];
const registerConstants: Record<string, TValue> = {
  Replicas: models(replicas),
  Clients: tSet([1, 2]),
  Values: models(["v1", "v2"]),
  ReadQuorums: majority(replicas),
  WriteQuorums: majority(replicas),
  WriteBack: true,
  MaxWrites: 20,
  MaxReads: 20,
  None: tModel("None"),
};

function header(module: string, constants: Record<string, TValue>, variables: string[]): TraceHeader {
  return {
    format: TRACE_FORMAT,
    version: TRACE_VERSION,
    spec: { module, path: join(root, `spec/${module}.tla`) },
    constants,
    variables,
    implementation: { name: "bench-validate/spec-walk", version: "1" },
  };
}

/** Writes a random behaviour of the spec with `events` events (its session compiles the spec for the check too). */
async function writeTrace(session: Session, file: string, h: TraceHeader, events: number, full: boolean, seed = 1): Promise<number> {
  const prepared = session.prepare(h.spec.path, null, h.constants, { file, line: 1, column: 1 });
  if (!prepared.ok) throw new Error(prepared.problem.message);
  const model = prepared.prepared.model;
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(line + "\n")) await once(out, "drain");
  };
  await write(formatHeaderLine(h));
  // One long walk: once the protocol has nothing left to do, its specs still allow steps that
  // change nothing (a re-sent 1a, a repeated Learn, a late reply), so walks go on as long as asked.
  let seq = 0;
  for (const e of walkSpec(model, { seed, steps: events, variables: h.variables, full })) {
    seq = e.seq;
    await write(formatEventLine(e as TraceEvent));
  }
  out.end();
  await once(out, "finish");
  return seq;
}

interface Figure {
  readonly name: string;
  readonly events: number;
  readonly wall: number;
  readonly cpu: number;
  readonly rssMb: number;
  readonly verdict: string;
  readonly heap: readonly string[];
  readonly target: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

async function measure(session: Session, name: string, file: string, events: number, target: number, h: TraceHeader): Promise<Figure> {
  const heap: string[] = [];
  let rss = process.memoryUsage().rss;
  // Heap samples at each quarter of the trace; collections are not timed.
  const quarter = Math.max(1024, Math.floor(events / 4 / 1024) * 1024);
  let paused = 0;
  let pausedCpu = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await validateFile(file, session, {
    spec: h.spec.path,
    onProgress: (n) => {
      rss = Math.max(rss, process.memoryUsage().rss);
      if (n % quarter !== 0) return;
      const p0 = performance.now();
      const q0 = process.cpuUsage();
      gc?.();
      heap.push(`${n}: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)} MB`);
      const q = process.cpuUsage(q0);
      paused += performance.now() - p0;
      pausedCpu += (q.user + q.system) / 1e6;
    },
  });
  const wall = (performance.now() - t0 - paused) / 1000;
  const c = process.cpuUsage(cpu0);
  rss = Math.max(rss, process.memoryUsage().rss);
  return { name, events: report.events, wall, cpu: (c.user + c.system) / 1e6 - pausedCpu, rssMb: rss / 2 ** 20, verdict: report.verdict.kind, heap, target };
}

const figures: Figure[] = [];
try {
  const cases: { name: string; file: string; header: TraceHeader; events: number; full: boolean; target: number }[] = [
    { name: "Paxos, full state", file: "paxos-full.ndjson", header: header("Paxos", paxosConstants, ["maxBal", "maxVBal", "maxVal", "msgs", "chosen"]), events: 200_000, full: true, target: 100_000 },
    { name: "Paxos, acting node only", file: "paxos-local.ndjson", header: header("Paxos", paxosConstants, ["maxBal", "maxVBal", "maxVal"]), events: 200_000, full: false, target: 20_000 },
    { name: "QuorumRegister, changes, streamed", file: "register.ndjson", header: header("QuorumRegister", registerConstants, ["store", "storeMsgs", "op", "begun"]), events: 100_000, full: false, target: 0 },
  ];
  for (const c of cases) {
    const session = new Session();
    const file = join(scratch, c.file);
    // A shorter trace first, untimed: the figures are the steady state of a long run or a
    // batch, not the compiler warming up (the session has compiled the spec while writing).
    const warmup = join(scratch, `warmup-${c.file}`);
    await writeTrace(session, warmup, c.header, Math.round(20_000 * scale), c.full, 2);
    await validateFile(warmup, session, { spec: c.header.spec.path });
    const events = await writeTrace(session, file, c.header, Math.round(c.events * scale), c.full);
    figures.push(await measure(session, c.name, file, events, c.target, c.header));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

interface BatchFigure {
  readonly name: string;
  readonly traces: number;
  readonly events: number;
  readonly wall: number;
  readonly cpu: number;
  readonly workers: number;
  readonly accepted: number;
}

/**
 * Simulated runs with every fault, one file each, checked as `harness validate 'dir/*.ndjson'`
 * does: full-state Paxos runs in this thread and on one worker per core, and register runs
 * (changes only). Every one must be accepted: this is the long sweep of the simulator tests.
 */
async function batchFigures(): Promise<BatchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-validate-batch-"));
  try {
    const runs = Math.round(2000 * scale);
    const faults = ["drop", "dup", "crash", "partition"] as const;
    const write = (protocol: "paxos" | "register"): string[] =>
      Array.from({ length: runs }, (_, seed) => {
        const r =
          protocol === "paxos"
            ? simulateTrace({ protocol, config: { ...defaultPaxosConfig(), ballots: [0, 1, 2] }, common: { seed, maxSteps: 200, faults: [...faults], fullStateEvery: 1 } })
            : simulateTrace({ protocol, config: defaultRegisterConfig({ maxOps: 6 }), common: { seed, maxSteps: 400, faults: [...faults] } });
        if (!r.ok) throw new Error(r.problem.message);
        const file = join(dir, `${protocol}-${seed}.ndjson`);
        writeFileSync(file, formatTrace(r.trace.header, r.trace.events));
        return file;
      });
    const paxos = write("paxos");
    const register = write("register");
    const out: BatchFigure[] = [];
    const measureBatch = async (name: string, files: string[], spec: string, workers: number) => {
      const cpu0 = process.cpuUsage();
      const b = await validateBatch(files, { flags: { spec: join(root, spec) }, check: DEFAULT_CHECK_OPTIONS, workers });
      const c = process.cpuUsage(cpu0);
      out.push({
        name: workers === 1 ? `${name}, in this thread` : `${name}, ${b.workers} worker threads`,
        traces: files.length,
        events: b.reports.reduce((n, r) => n + r.events, 0),
        wall: b.seconds,
        cpu: (c.user + c.system) / 1e6,
        workers: b.workers,
        accepted: b.reports.filter((r) => r.verdict.kind === "accepted").length,
      });
    };
    await measureBatch("Paxos runs, full state", paxos, "spec/Paxos.tla", 1);
    await measureBatch("Paxos runs, full state", paxos, "spec/Paxos.tla", availableParallelism());
    await measureBatch("QuorumRegister runs, changes", register, "spec/QuorumRegister.tla", 1);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const batches = await batchFigures();

const rows = figures.map((f) => [
  f.name,
  f.verdict,
  f.events,
  Math.round(f.events / f.wall),
  Math.round(f.events / f.cpu),
  f.target > 0 ? (f.events / f.cpu >= f.target ? `>= ${f.target}: met` : `>= ${f.target}: NOT met`) : "-",
  f.rssMb.toFixed(0),
]);
process.stdout.write(renderTable(["trace", "verdict", "events", "events/s (wall)", "events/s (CPU)", "target", "peak RSS MB"], rows) + "\n\n");
process.stdout.write(
  renderTable(
    ["batch", "traces", "accepted", "events", "events/s (wall)", "CPU s (all threads)"],
    batches.map((b) => [b.name, b.traces, b.accepted, b.events, Math.round(b.events / b.wall), Number(b.cpu.toFixed(1))]),
  ) + "\n\n",
);
const how = gc ? "after a full collection" : "as found (run with --expose-gc for collected samples)";
for (const f of figures) process.stdout.write(`${f.name}: heap ${how}, by events checked: ${f.heap.join(", ") || "(too short to sample)"}\n`);
