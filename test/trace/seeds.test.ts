import { describe, expect, it } from "vitest";
import { defaultPaxosConfig } from "../../src/protocol/paxos/config.ts";
import { mutantCatalog, type MutantName } from "../../src/protocol/mutants.ts";
import { defaultRegisterConfig } from "../../src/protocol/register/config.ts";
import { allFaults } from "../../src/sim/actions.ts";
import { parseTraceText, type Trace } from "../../src/trace/reader.ts";
import { replayOptions, simulateTrace, type SimulateOptions } from "../../src/trace/simulate.ts";
import { formatTrace } from "../../src/trace/writer.ts";
import { checkEvents, root, sharedSession } from "../validate/helpers.ts";

/**
 * What `harness simulate` writes is a trace the spec judges: the NDJSON text (not the
 * simulator's in-memory events) parses back to the events it was written from, and the real
 * trace checker (src/validate) accepts it against the project's CI models, so every state also
 * satisfies their invariants (Agreement, NoStaleRead, ...) and every Paxos step refines
 * Consensus. Runs are long (200 simulator steps) with the default deployments and every fault
 * kind; test/validate/simulated.test.ts sweeps many more short runs through the in-memory API.
 */
const SEEDS = 150;
const session = sharedSession();
const models = {
  paxos: { spec: root("spec/MC_Paxos.tla"), config: root("spec/Paxos_majority.cfg") },
  register: { spec: root("spec/MC_QuorumRegister.tla"), config: root("spec/QuorumRegister_majority.cfg") },
} as const;

function options(protocol: "paxos" | "register", seed: number, mutants: string[] = []): SimulateOptions {
  const common = { seed, maxSteps: 200, faults: [...allFaults] };
  return protocol === "paxos" ? { protocol, config: { ...defaultPaxosConfig(), mutants }, common } : { protocol, config: { ...defaultRegisterConfig(), mutants }, common };
}

function text(o: SimulateOptions): string {
  const r = simulateTrace(o);
  if (!r.ok) throw new Error(r.problem.message);
  return formatTrace(r.trace.header, r.trace.events);
}

async function parsed(t: string): Promise<Trace> {
  const r = await parseTraceText(t, "t.ndjson");
  if (!r.ok) throw new Error(r.problems[0]!.message);
  return r.trace;
}

describe.each(["paxos", "register"] as const)("%s traces from the simulator", (protocol) => {
  it(`${SEEDS} seeds with every fault: each trace parses back to its events and is a behaviour of the spec`, async () => {
    const failures: string[] = [];
    let events = 0;
    for (let seed = 0; seed < SEEDS; seed++) {
      const t = text(options(protocol, seed));
      const trace = await parsed(t);
      expect(trace.events.length, `seed ${seed}`).toBe(t.split("\n").length - 2);
      events += trace.events.length;
      const v = checkEvents(trace, session, models[protocol]);
      if (v.kind !== "accepted") failures.push(`seed ${seed} (harness simulate ${protocol} --seed ${seed} --steps 200): ${JSON.stringify(v).slice(0, 400)}`);
    }
    expect(failures).toEqual([]);
    expect(events).toBeGreaterThan(SEEDS * 10);
  });

  it("are deterministic: the same seed gives the same bytes, and the header's replay section reproduces them", async () => {
    const a = text(options(protocol, 77));
    expect(text(options(protocol, 77))).toBe(a);
    expect(text(options(protocol, 78))).not.toBe(a);
    const again = replayOptions((await parsed(a)).header);
    expect(again.ok).toBe(true);
    if (again.ok) expect(text(again.options)).toBe(a);
  });
});

/** The action of the spec that each seeded bug makes the implementation take wrongly. */
const caughtAt: Record<MutantName, string> = {
  "acceptor-accepts-below-promise": "Phase2b",
  "acceptor-forgets-promise": "Phase2b",
  "proposer-ignores-accepted-value": "Phase2a",
  "proposer-quorum-one-short": "Phase2a",
  "learner-counts-duplicates": "Learn",
  "proposers-share-ballots": "Phase2a",
  "register-weak-read-quorum": "EndQuery",
  "register-read-skips-write-back": "EndQuery",
  "register-write-skips-query": "EndQuery",
};

describe("seeded bugs are visible to the spec", () => {
  it.each(Object.entries(caughtAt) as [MutantName, string][])("mutant %s yields a trace the spec rejects at %s within 300 seeds", async (mutant, action) => {
    const protocol = mutantCatalog[mutant].protocol;
    for (let seed = 0; seed < 300; seed++) {
      const v = checkEvents(await parsed(text(options(protocol, seed, [mutant]))), session, models[protocol]);
      if (v.kind === "accepted") continue;
      expect(v.kind, `seed ${seed}: ${JSON.stringify(v).slice(0, 400)}`).toBe("rejected");
      if (v.kind === "rejected") expect(v.event.action, `seed ${seed}`).toBe(action);
      return;
    }
    expect.fail(`no seed below 300 gives a trace the spec rejects with ${mutant}`);
  });
});
