import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prepareFuzzing } from "../../src/fuzz/campaign/prepare.ts";
import { runSeed } from "../../src/fuzz/campaign/shard.ts";
import { exactSteps, minimize, replaySchedule, signature } from "../../src/fuzz/run/minimize.ts";
import { runOnce } from "../../src/fuzz/run/run-once.ts";
import type { Intent } from "../../src/fuzz/schedule/intent.ts";
import { resolveNetwork } from "../../src/fuzz/schedule/resolve-network.ts";
import type { Protocol } from "../../src/fuzz/targets/target.ts";
import { defaultPaxosConfig, setupPaxos } from "../../src/protocol/paxos/config.ts";
import { paxosProtocol } from "../../src/protocol/paxos/protocol.ts";
import { simulator } from "../../src/sim/simulator.ts";
import { formatEventLine } from "../../src/trace/writer.ts";
import { repoRoot } from "../helpers/run-cli.ts";

function prepared(protocol: Protocol, mutants: readonly string[] = []) {
  const p = prepareFuzzing(protocol, mutants, repoRoot);
  if (!p.ok) throw new Error(p.problem.message);
  return p.prepared;
}

describe("schedules", () => {
  it("are drawn mostly from delivery, with every adversarial step in the mix and partitions of a minority", () => {
    const intents = fc.sample(prepared("paxos").target.intent, { seed: 1, numRuns: 5000 });
    const count = (k: Intent["kind"]) => intents.filter((i) => i.kind === k).length;
    expect(count("deliver")).toBeGreaterThan(intents.length / 4);
    for (const k of ["deliver-to", "drop", "duplicate", "delay", "crash", "restart", "partition", "heal", "propose", "race", "crash-after-promise"] as const) expect(count(k), k).toBeGreaterThan(20);
    for (const i of intents) if (i.kind === "partition") expect(i.group.length).toBeLessThanOrEqual(3);
    const register = fc.sample(prepared("register").target.intent, { seed: 1, numRuns: 2000 });
    for (const k of ["write", "read"] as const) expect(register.filter((i) => i.kind === k).length, k).toBeGreaterThan(20);
  });

  it("skip a step that has nothing to act on, and pick packets oldest first, modulo their number", () => {
    const s = setupPaxos({ ...defaultPaxosConfig(), mutants: [] });
    if (!s.ok) throw new Error(s.problem.message);
    const sim = simulator(paxosProtocol(s.setup));
    const w0 = sim.start();
    expect(resolveNetwork({ kind: "deliver", pick: 0 }, w0, sim)).toBeNull();
    expect(resolveNetwork({ kind: "heal" }, w0, sim)).toBeNull();
    expect(resolveNetwork({ kind: "restart", pick: 0 }, w0, sim)).toBeNull();
    const started = sim.step(w0, { kind: "command", node: "p1", command: { kind: "propose", ballot: 0, value: "v1" } });
    if (!started.ok) throw new Error(started.reason);
    const w1 = started.world;
    const ids = w1.inFlight.map((p) => p.id);
    expect(ids.length).toBe(3);
    expect(resolveNetwork({ kind: "deliver", pick: 4 }, w1, sim)).toEqual({ kind: "deliver", packet: ids[1] });
    expect(resolveNetwork({ kind: "deliver-to", node: "a3", pick: 9 }, w1, sim)).toEqual({ kind: "deliver", packet: ids[2] });
    expect(resolveNetwork({ kind: "deliver-to", node: "p2", pick: 0 }, w1, sim)).toBeNull();
    expect(resolveNetwork({ kind: "partition", group: ["a1"] }, w1, sim)).toEqual({ kind: "partition", groups: [["a1"]] });
    const cut = sim.step(w1, { kind: "partition", groups: [["a1"]] });
    if (!cut.ok) throw new Error(cut.reason);
    expect(resolveNetwork({ kind: "partition", group: ["a2"] }, cut.world, sim)).toBeNull();
    expect(resolveNetwork({ kind: "deliver-to", node: "a1", pick: 0 }, cut.world, sim)).toBeNull();
  });

  it("rewritten as exact steps, replay to exactly the same trace", () => {
    for (const protocol of ["paxos", "register"] as const) {
      const p = prepared(protocol);
      for (let r = 0; r < 40; r++) {
        const first = replaySchedule(p.target, p.judge, fc.sample(p.target.intent, { seed: r, numRuns: 50 }));
        expect(first.failure).toBeNull();
        const again = replaySchedule(p.target, p.judge, exactSteps(first.log));
        const lines = (log: typeof first.log) => log.flatMap((s) => s.performed.events.map(formatEventLine));
        expect(lines(again.log)).toEqual(lines(first.log));
      }
    }
  });

  it("minimise a failure until leaving out any one step no longer fails the same way", () => {
    const p = prepared("paxos", ["learner-counts-duplicates"]);
    let found = null;
    for (let r = 0; found === null && r < 1000; r++) {
      const o = runOnce({ target: p.target, judge: p.judge, steps: 50, seed: runSeed(0, r) });
      if (o.kind === "failed") found = o;
    }
    expect(found).not.toBeNull();
    const first = replaySchedule(p.target, p.judge, found!.intents);
    const exact = exactSteps(first.log);
    const min = minimize(p.target, p.judge, exact, first.failure!);
    expect(min.steps.length).toBeLessThanOrEqual(exact.length);
    const wanted = signature(first.failure!);
    expect(signature(replaySchedule(p.target, p.judge, min.steps).failure!)).toBe(wanted);
    for (let i = 0; i < min.steps.length; i++) {
      const without = replaySchedule(p.target, p.judge, [...min.steps.slice(0, i), ...min.steps.slice(i + 1)]);
      expect(without.failure === null ? "passes" : signature(without.failure), `without step ${i + 1}`).not.toBe(wanted);
    }
  });
});
