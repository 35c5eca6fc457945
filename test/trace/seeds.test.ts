import { describe, expect, it } from "vitest";
import { defaultPaxosConfig } from "../../src/protocol/paxos/config.ts";
import { defaultRegisterConfig } from "../../src/protocol/register/config.ts";
import { allFaults } from "../../src/sim/actions.ts";
import { parseTraceText } from "../../src/trace/reader.ts";
import { replayOptions, simulateTrace, type SimulateOptions } from "../../src/trace/simulate.ts";
import { formatTrace } from "../../src/trace/writer.ts";
import { checkWithOracle } from "./spec-oracle.ts";

function options(protocol: "paxos" | "register", seed: number, mutants: string[] = []): SimulateOptions {
  const common = { seed, maxSteps: 200, faults: [...allFaults] };
  return protocol === "paxos" ? { protocol, config: { ...defaultPaxosConfig(), mutants }, common } : { protocol, config: { ...defaultRegisterConfig(), mutants }, common };
}

function text(o: SimulateOptions): string {
  const r = simulateTrace(o);
  if (!r.ok) throw new Error(r.problem.message);
  return formatTrace(r.trace.header, r.trace.events);
}

describe.each(["paxos", "register"] as const)("%s traces from the simulator", (protocol) => {
  it("1,000 seeds with every fault: each trace parses, with the events it was written with", async () => {
    let events = 0;
    for (let seed = 0; seed < 1000; seed++) {
      const t = text(options(protocol, seed));
      const r = await parseTraceText(t, `${protocol}-${seed}.ndjson`);
      if (!r.ok) throw new Error(`seed ${seed}: ${r.problems[0]!.message}`);
      expect(r.trace.events.length).toBe(t.split("\n").length - 2);
      events += r.trace.events.length;
    }
    expect(events).toBeGreaterThan(10_000);
  });

  it("are behaviours of the spec (200 seeds, replayed by the test transcription of the spec)", async () => {
    for (let seed = 0; seed < 200; seed++) {
      const r = await parseTraceText(text(options(protocol, seed)), "t.ndjson");
      if (!r.ok) throw new Error(r.problems[0]!.message);
      const verdict = checkWithOracle(r.trace);
      expect(verdict, `seed ${seed}`).toEqual({ ok: true, steps: r.trace.events.length });
    }
  });

  it("are deterministic: the same seed gives the same bytes, and the header's replay section reproduces them", async () => {
    const a = text(options(protocol, 77));
    expect(text(options(protocol, 77))).toBe(a);
    expect(text(options(protocol, 78))).not.toBe(a);
    const parsed = await parseTraceText(a, "t.ndjson");
    if (!parsed.ok) throw new Error("unparsable");
    const again = replayOptions(parsed.trace.header);
    expect(again.ok).toBe(true);
    if (again.ok) expect(text(again.options)).toBe(a);
  });
});

describe("seeded bugs are visible to the spec", () => {
  it.each([
    ["paxos", "acceptor-accepts-below-promise"],
    ["paxos", "acceptor-forgets-promise"],
    ["paxos", "proposer-ignores-accepted-value"],
    ["paxos", "proposer-quorum-one-short"],
    ["paxos", "learner-counts-duplicates"],
    ["paxos", "proposers-share-ballots"],
    ["register", "register-weak-read-quorum"],
    ["register", "register-read-skips-write-back"],
    ["register", "register-write-skips-query"],
  ] as const)("%s mutant %s yields a trace the spec rejects within 300 seeds", async (protocol, mutant) => {
    let rejected: number | undefined;
    for (let seed = 0; seed < 300 && rejected === undefined; seed++) {
      const r = await parseTraceText(text(options(protocol, seed, [mutant])), "t.ndjson");
      if (!r.ok) throw new Error(r.problems[0]!.message);
      if (!checkWithOracle(r.trace).ok) rejected = seed;
    }
    expect(rejected).toBeDefined();
  });
});
