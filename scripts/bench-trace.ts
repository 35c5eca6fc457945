/**
 * Throughput of the simulator and the trace reader, for the closing notes and to catch
 * regressions: `npx tsx scripts/bench-trace.ts [runs]`. Prints steps/s of seeded random runs and
 * of schedule replay (the fuzzer's path), and events/s of writing and reading NDJSON traces,
 * with changes only and with full states. Timings are wall-clock on whatever else the machine
 * is doing; run it twice and take the better figure.
 */
import { defaultPaxosConfig, setupPaxos } from "../src/protocol/paxos/config.ts";
import { paxosProtocol } from "../src/protocol/paxos/protocol.ts";
import { defaultRegisterConfig } from "../src/protocol/register/config.ts";
import { allFaults } from "../src/sim/actions.ts";
import { randomRun } from "../src/sim/random-run.ts";
import { simulator } from "../src/sim/simulator.ts";
import { parseTraceText } from "../src/trace/reader.ts";
import { simulateTrace, type SimulateOptions } from "../src/trace/simulate.ts";
import { formatTrace } from "../src/trace/writer.ts";

const runs = Number(process.argv[2] ?? 500);
const faults = new Set(allFaults);

function rate(n: number, ms: number): string {
  return `${Math.round((n / ms) * 1000).toLocaleString("en-US")}/s`;
}

const setup = setupPaxos(defaultPaxosConfig());
if (!setup.ok) throw new Error(setup.problem.message);
const sim = simulator(paxosProtocol(setup.setup));
let t = performance.now();
let steps = 0;
const schedules = [];
for (let seed = 0; seed < runs; seed++) {
  const r = randomRun(sim, { seed, maxSteps: 200, faults });
  steps += r.actions.length;
  schedules.push(r.actions);
}
const randomMs = performance.now() - t;
t = performance.now();
for (const s of schedules) sim.runSchedule(s);
const replayMs = performance.now() - t;
process.stdout.write(`paxos simulator: ${runs} seeded runs, ${steps} steps: random ${rate(steps, randomMs)}, replay ${rate(steps, replayMs)}\n`);

for (const protocol of ["paxos", "register"] as const) {
  for (const fullStateEvery of [0, 1]) {
    const texts: string[] = [];
    let events = 0;
    t = performance.now();
    for (let seed = 0; seed < runs; seed++) {
      const common = { seed, maxSteps: 200, faults: [...allFaults], fullStateEvery };
      const o: SimulateOptions = protocol === "paxos" ? { protocol, config: defaultPaxosConfig(), common } : { protocol, config: defaultRegisterConfig(), common };
      const r = simulateTrace(o);
      if (!r.ok) throw new Error(r.problem.message);
      texts.push(formatTrace(r.trace.header, r.trace.events));
      events += r.trace.events.length;
    }
    const writeMs = performance.now() - t;
    const bytes = texts.reduce((a, x) => a + x.length, 0);
    t = performance.now();
    for (const x of texts) {
      const r = await parseTraceText(x, "bench.ndjson");
      if (!r.ok) throw new Error(r.problems[0]!.message);
    }
    const readMs = performance.now() - t;
    const kind = fullStateEvery === 1 ? "full states" : "changes only";
    process.stdout.write(
      `${protocol} traces, ${kind}: ${events} events, ${Math.round(bytes / events)} bytes/event: simulate+write ${rate(events, writeMs)}, read+validate ${rate(events, readMs)}\n`,
    );
  }
}
