/**
 * `npm run bench:validate`: the trace checker's throughput and memory. Traces are random
 * behaviours of the specs (src/validate/spec-walk.ts), written to a scratch folder and then
 * checked by `validateFile`, as `harness validate` does, in this thread:
 *
 *   1. Paxos, every event carrying the full state (target: >= 100,000 events/s);
 *   2. Paxos, events reporting only the acting node's variables (maxBal, maxVBal, maxVal: the
 *      spec reconstructs msgs and chosen; target: >= 20,000 events/s);
 *   3. QuorumRegister, 100,000 events of changes, streamed: heap sampled along the way, which
 *      must not grow with the number of events checked.
 *
 * Prints events/s (wall and CPU), peak RSS and the heap samples. CPU seconds matter on a shared
 * machine, where wall time also measures the other processes.
 *
 *   npm run bench:validate                 # all three
 *   npm run bench:validate -- --quick      # a tenth of the events
 *   node --cpu-prof --import tsx/esm scripts/bench-validate.ts --quick   # a CPU profile
 */
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderTable } from "../src/cli/table.ts";
import { TRACE_FORMAT, TRACE_VERSION, type TraceEvent, type TraceHeader } from "../src/trace/schema.ts";
import { tModel, tRecord, tSet, type TValue } from "../src/trace/value.ts";
import { formatEventLine, formatHeaderLine } from "../src/trace/writer.ts";
import { Session, validateFile, walkSpec } from "../src/validate/index.ts";

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

/** Writes random behaviours of the spec, walk after walk, until `events` events. */
async function writeTrace(file: string, h: TraceHeader, events: number, full: boolean): Promise<number> {
  const session = new Session();
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
  for (const e of walkSpec(model, { seed: 1, steps: events, variables: h.variables, full })) {
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

async function measure(name: string, file: string, target: number, h: TraceHeader): Promise<Figure> {
  const session = new Session();
  const heap: string[] = [];
  let rss = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await validateFile(file, session, {
    spec: h.spec.path,
    onProgress: (n) => {
      const m = process.memoryUsage();
      rss = Math.max(rss, m.rss);
      if (n % 16384 === 0) heap.push(`${n}: ${(m.heapUsed / 2 ** 20).toFixed(1)} MB`);
    },
  });
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(cpu0);
  rss = Math.max(rss, process.memoryUsage().rss);
  return { name, events: report.events, wall, cpu: (c.user + c.system) / 1e6, rssMb: rss / 2 ** 20, verdict: report.verdict.kind, heap, target };
}

const figures: Figure[] = [];
try {
  const paxosFull = header("Paxos", paxosConstants, ["maxBal", "maxVBal", "maxVal", "msgs", "chosen"]);
  const paxosFile = join(scratch, "paxos-full.ndjson");
  await writeTrace(paxosFile, paxosFull, Math.round(200_000 * scale), true);
  figures.push(await measure("Paxos, full state", paxosFile, 100_000, paxosFull));

  const paxosLocal = header("Paxos", paxosConstants, ["maxBal", "maxVBal", "maxVal"]);
  const localFile = join(scratch, "paxos-local.ndjson");
  await writeTrace(localFile, paxosLocal, Math.round(200_000 * scale), false);
  figures.push(await measure("Paxos, acting node only", localFile, 20_000, paxosLocal));

  const register = header("QuorumRegister", registerConstants, ["store", "storeMsgs", "op", "begun"]);
  const registerFile = join(scratch, "register.ndjson");
  await writeTrace(registerFile, register, Math.round(100_000 * scale), false);
  figures.push(await measure("QuorumRegister, changes, streamed", registerFile, 0, register));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

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
for (const f of figures) process.stdout.write(`${f.name}: heap after ${f.heap.join(", ") || "(too short to sample)"}\n`);
