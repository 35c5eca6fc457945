import { describe, expect, it } from "vitest";
import { mutantCatalog, mutantNames } from "../../src/protocol/mutants.ts";
import type { LearnerState } from "../../src/protocol/paxos/learner.ts";
import { allFaults } from "../../src/sim/actions.ts";
import { randomRun } from "../../src/sim/random-run.ts";
import { paxosSim, registerSim } from "./helpers.ts";

const faults = new Set(allFaults);

describe("seeded random runs", () => {
  it("are deterministic: the same seed gives the same schedule and events; another seed does not", () => {
    const sim = paxosSim();
    const a = randomRun(sim, { seed: 11, maxSteps: 300, faults });
    const b = randomRun(sim, { seed: 11, maxSteps: 300, faults });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = randomRun(sim, { seed: 12, maxSteps: 300, faults });
    expect(JSON.stringify(c.actions)).not.toBe(JSON.stringify(a.actions));
  });

  it("replays without the seed: the recorded schedule gives the same events", () => {
    const sim = registerSim();
    const run = randomRun(sim, { seed: 5, maxSteps: 300, faults });
    const replay = sim.runSchedule(run.actions);
    expect(replay.ok).toBe(true);
    expect(replay.records).toEqual(run.records);
  });

  it("stop at the step limit or when nothing can happen any more", () => {
    const sim = paxosSim();
    expect(randomRun(sim, { seed: 1, maxSteps: 5, faults }).stopped).toBe("max-steps");
    const done = randomRun(sim, { seed: 1, maxSteps: 10_000, faults: new Set() });
    expect(done.stopped).toBe("quiescent");
    expect(done.world.inFlight).toEqual([]);
  });

  it("inject only the faults asked for", () => {
    const kinds = new Set(randomRun(paxosSim(), { seed: 3, maxSteps: 500, faults: new Set(["drop"]) }).actions.map((a) => a.kind));
    expect(kinds.has("drop")).toBe(true);
    for (const k of ["duplicate", "crash", "partition"]) expect(kinds.has(k as never)).toBe(false);
  });

  it("unmutated Paxos never lets a learner learn two values, whatever the schedule (Agreement)", () => {
    const sim = paxosSim({ learners: ["l1", "l2"] });
    let decided = 0;
    for (let seed = 0; seed < 300; seed++) {
      const run = randomRun(sim, { seed, maxSteps: 400, faults });
      const learned = new Set<string>();
      for (const l of ["l1", "l2"]) for (const x of (run.world.states[l]!.state as LearnerState).learned) learned.add(x.v);
      expect(learned.size, `seed ${seed}`).toBeLessThanOrEqual(1);
      if (learned.size === 1) decided++;
    }
    // Not a liveness claim, only that the runs do reach decisions worth checking.
    expect(decided).toBeGreaterThan(100);
  });

  it("every mutant changes behaviour on some seed (it is really switched on)", () => {
    for (const m of mutantNames) {
      const paxos = mutantCatalog[m].protocol === "paxos";
      const records = (seed: number, mutants: string[]) =>
        JSON.stringify(paxos ? randomRun(paxosSim({ mutants }), { seed, maxSteps: 300, faults }).records : randomRun(registerSim({ mutants }), { seed, maxSteps: 300, faults }).records);
      let differs = false;
      for (let seed = 0; seed < 100 && !differs; seed++) differs = records(seed, []) !== records(seed, [m]);
      expect(differs, m).toBe(true);
    }
  });
});
