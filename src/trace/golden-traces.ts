import { defaultPaxosConfig, setupPaxos, type PaxosConfig } from "../protocol/paxos/config.ts";
import type { PaxosEvent } from "../protocol/paxos/events.ts";
import type { PaxosMsg } from "../protocol/paxos/messages.ts";
import { paxosProtocol, type PaxosCommand, type PaxosNode } from "../protocol/paxos/protocol.ts";
import { defaultRegisterConfig, type RegisterConfig } from "../protocol/register/config.ts";
import type { Fault, SimAction } from "../sim/actions.ts";
import { simulator, type Simulator } from "../sim/simulator.ts";
import type { Packet, SimRecord, World } from "../sim/world.ts";
import { formatItf, traceToItf } from "./itf.ts";
import type { Trace } from "./reader.ts";
import { paxosMapping } from "./paxos-mapping.ts";
import { recordTrace } from "./recorder.ts";
import { simulateTrace, type SimulateOptions } from "./simulate.ts";
import type { TraceEvent } from "./schema.ts";
import { formatTrace } from "./writer.ts";

/**
 * The golden traces under traces/: runs of the reference implementation that every version of
 * the harness must accept. Scripted scenarios drive the simulator step by step where the point
 * is one precise interleaving (a restart between accept and promise, duelling proposers);
 * seeded runs cover faults at random, each the first seed that shows what the file is named for.
 * scripts/gen-golden-traces.ts writes them; a test checks the files still match.
 */
export interface GoldenTrace {
  /** Path under traces/. */
  readonly file: string;
  readonly description: string;
  readonly trace: Trace;
  readonly text: string;
}

type PaxosSim = Simulator<PaxosNode, PaxosMsg, PaxosEvent, PaxosCommand>;
type PaxosWorld = World<PaxosNode, PaxosMsg>;

/** A step-by-step script over the simulator; every step must be possible. */
class Script {
  readonly records: SimRecord<PaxosEvent>[] = [];
  constructor(
    readonly sim: PaxosSim,
    public world: PaxosWorld,
  ) {}

  do(action: SimAction<PaxosCommand>): this {
    const r = this.sim.step(this.world, action);
    if (!r.ok) throw new Error(`golden scenario step ${JSON.stringify(action)} impossible: ${r.reason}`);
    this.world = r.world;
    this.records.push(...r.records);
    return this;
  }

  propose(node: string, ballot: number, value: string): this {
    return this.do({ kind: "command", node, command: { kind: "propose", ballot, value } });
  }

  /** Delivers every deliverable packet matching `pred`, oldest first (one pass). */
  deliver(pred: (p: Packet<PaxosMsg>) => boolean): this {
    for (const p of this.sim.deliverable(this.world).filter(pred)) this.do({ kind: "deliver", packet: p.id });
    return this;
  }

  /** Delivers oldest-first until nothing is deliverable. */
  drain(): this {
    for (let p = this.sim.deliverable(this.world)[0]; p; p = this.sim.deliverable(this.world)[0]) this.do({ kind: "deliver", packet: p.id });
    return this;
  }
}

const to = (node: string, type: PaxosMsg["type"], bal?: number) => (p: Packet<PaxosMsg>) => p.to === node && p.msg.type === type && (bal === undefined || p.msg.bal === bal);

function paxosScript(config: PaxosConfig, description: string, file: string, body: (s: Script) => void): GoldenTrace {
  const setup = setupPaxos(config);
  if (!setup.ok) throw new Error(setup.problem.message);
  const mapping = paxosMapping(setup.setup);
  if (!mapping.ok) throw new Error(mapping.problem.message);
  const sim = simulator(paxosProtocol(setup.setup));
  const s = new Script(sim, sim.start());
  body(s);
  const trace = recordTrace(mapping.mapping, s.records, { description });
  return { file, description, trace, text: formatTrace(trace.header, trace.events) };
}

function seeded(file: string, description: string, make: (seed: number) => SimulateOptions, wanted: (events: readonly TraceEvent[], steps: Readonly<Record<string, number | undefined>>) => boolean): GoldenTrace {
  for (let seed = 1; seed < 10_000; seed++) {
    const r = simulateTrace(make(seed));
    if (!r.ok) throw new Error(r.problem.message);
    if (wanted(r.trace.events, r.stats.steps_by_kind)) {
      const trace = { header: { ...r.trace.header, description }, events: r.trace.events };
      return { file, description, trace, text: formatTrace(trace.header, trace.events) };
    }
  }
  throw new Error(`no seed below 10000 gives ${file}`);
}

const count = (events: readonly TraceEvent[], action: string) => events.filter((e) => e.action === action).length;

function paxosOptions(seed: number, faults: Fault[], config: PaxosConfig = defaultPaxosConfig(), fullStateEvery = 0): SimulateOptions {
  return { protocol: "paxos", config, common: { seed, maxSteps: 400, faults, fullStateEvery } };
}

function registerOptions(seed: number, faults: Fault[], config: RegisterConfig = defaultRegisterConfig()): SimulateOptions {
  return { protocol: "register", config, common: { seed, maxSteps: 400, faults } };
}

export function goldenTraces(): GoldenTrace[] {
  const one = { ...defaultPaxosConfig(), proposers: ["p1"], ballots: [0, 1] };
  const two = { ...defaultPaxosConfig(), ballots: [0, 1] };
  const traces: GoldenTrace[] = [
    paxosScript(one, "Paxos, no faults: one proposer, ballot 0, v1 chosen", "paxos-clean.ndjson", (s) => {
      s.propose("p1", 0, "v1").drain();
    }),
    paxosScript(two, "Paxos, a crash between accept and promise: a1 accepts (0, v1), crashes and restarts; its durable vote makes ballot 1 re-propose v1", "paxos-crash-restart.ndjson", (s) => {
      s.propose("p1", 0, "v1").deliver(to("a1", "1a")).deliver(to("a2", "1a")).deliver(to("p1", "1b"));
      s.deliver(to("a1", "2a")).do({ kind: "crash", node: "a1" }).do({ kind: "restart", node: "a1" });
      s.propose("p2", 1, "v2").deliver(to("a1", "1a", 1)).deliver(to("a3", "1a", 1)).deliver(to("p2", "1b", 1));
      s.drain();
    }),
    paxosScript(two, "Paxos, duelling proposers: p2's ballot 1 pre-empts p1's ballot 0 mid-flight; a2 ignores p1's 2a, v2 is chosen", "paxos-competing-proposers.ndjson", (s) => {
      s.propose("p1", 0, "v1").deliver(to("a1", "1a", 0)).deliver(to("a2", "1a", 0)).deliver(to("p1", "1b", 0));
      s.propose("p2", 1, "v2").deliver(to("a2", "1a", 1)).deliver(to("a3", "1a", 1));
      s.deliver(to("a1", "2a", 0)).deliver(to("a2", "2a", 0));
      s.deliver(to("p2", "1b", 1)).deliver(to("a1", "2a", 1)).deliver(to("a2", "2a", 1)).deliver(to("a3", "2a", 1));
      s.drain();
    }),
    seeded(
      "paxos-drops-dups.ndjson",
      "Paxos, random order with lost and duplicated messages; a value is chosen",
      (seed) => paxosOptions(seed, ["drop", "dup"]),
      (events, steps) => (steps.drop ?? 0) >= 2 && (steps.duplicate ?? 0) >= 2 && count(events, "Learn") >= 1 && count(events, "Phase1a") >= 2,
    ),
    seeded(
      "paxos-all-faults.ndjson",
      "Paxos, every fault at random: drops, duplicates, crashes and restarts, a partition and its healing",
      (seed) => paxosOptions(seed, ["drop", "dup", "crash", "partition"]),
      (events, steps) => (steps.crash ?? 0) >= 1 && (steps.partition ?? 0) >= 1 && (steps.heal ?? 0) >= 1 && count(events, "Learn") >= 1,
    ),
    seeded(
      "paxos-full-state.ndjson",
      "Paxos with every event carrying the full state (for checkers that resynchronise on full states)",
      (seed) => paxosOptions(seed, ["drop", "dup"], defaultPaxosConfig(), 1),
      (events) => events.some((e) => e.action === "Learn"),
    ),
    seeded(
      "register-clean.ndjson",
      "QuorumRegister, no faults: two clients, three operations each, messages in random order",
      (seed) => registerOptions(seed, []),
      (events) => count(events, "EndStore") >= 5 && count(events, "BeginRead") >= 1 && count(events, "BeginWrite") >= 1,
    ),
    seeded(
      "register-concurrent-writes.ndjson",
      "QuorumRegister, both clients write at the same time; timestamps order the writes",
      (seed) => registerOptions(seed, []),
      (events) => {
        const firstEnd = events.findIndex((e) => e.action === "EndStore");
        return firstEnd > 0 && events.slice(0, firstEnd).filter((e) => e.action === "BeginWrite").length === 2;
      },
    ),
    seeded(
      "register-drops-dups.ndjson",
      "QuorumRegister with lost and duplicated messages",
      (seed) => registerOptions(seed, ["drop", "dup"]),
      (events, steps) => (steps.drop ?? 0) >= 2 && (steps.duplicate ?? 0) >= 2 && count(events, "EndStore") >= 3,
    ),
    seeded(
      "register-crash-restart.ndjson",
      "QuorumRegister, replicas crash and restart with their durable copies; operations still complete",
      (seed) => registerOptions(seed, ["crash"]),
      (events, steps) => (steps.crash ?? 0) >= 2 && (steps.restart ?? 0) >= 2 && count(events, "EndStore") >= 4,
    ),
    seeded(
      "register-no-write-back.ndjson",
      "QuorumRegister with WriteBack = FALSE (a regular, not atomic, register): reads end after their query phase",
      (seed) => registerOptions(seed, [], { ...defaultRegisterConfig(), writeBack: false }),
      (events) => count(events, "BeginRead") >= 2,
    ),
  ];
  return traces;
}

/** ITF exports of some golden traces (traces/itf/), for tools that read ITF (Apalache, Quint). */
export function goldenItf(traces: readonly GoldenTrace[]): GoldenTrace[] {
  const wanted = ["paxos-clean.ndjson", "paxos-competing-proposers.ndjson", "register-clean.ndjson"];
  return traces
    .filter((t) => wanted.includes(t.file))
    .map((t) => {
      const itf = traceToItf(t.trace, t.file);
      if (!itf.ok) throw new Error(itf.problem.message);
      return { file: `itf/${t.file.replace(/\.ndjson$/, ".itf.json")}`, description: `${t.description} (ITF export)`, trace: t.trace, text: formatItf(itf.value) };
    });
}
