import { describe, expect, it } from "vitest";
import { checkEvents, sharedSession, simulated } from "./helpers.ts";

/**
 * Traces of the reference implementation under random schedules with every fault (drops,
 * duplicates, crashes, partitions) are behaviours of the spec: 1,000 seeds per protocol, short
 * runs, checked event by event through the incremental API the fuzzer uses. A rejected seed
 * prints what replays it. The longer sweep is in `npm run bench:validate`.
 */
const SEEDS = 1000;
const session = sharedSession();

describe.each(["paxos", "register"] as const)("%s: simulated runs", (protocol) => {
  it(`accepts ${SEEDS} seeded runs`, () => {
    const failures: string[] = [];
    let events = 0;
    for (let seed = 0; seed < SEEDS; seed++) {
      const trace = simulated(protocol, seed, { steps: 60 });
      events += trace.events.length;
      const r = checkEvents(trace, session);
      if (r.kind !== "accepted") failures.push(`seed ${seed} (harness simulate ${protocol} --seed ${seed} --steps 60): ${JSON.stringify(r).slice(0, 400)}`);
    }
    expect(failures).toEqual([]);
    expect(events).toBeGreaterThan(SEEDS * 5);
  });

  it("accepts runs that report the full state at every event", () => {
    for (let seed = 0; seed < 50; seed++) {
      const trace = simulated(protocol, seed, { steps: 40, fullStateEvery: 1 });
      expect(trace.events.every((e) => e.full === true)).toBe(true);
      const r = checkEvents(trace, session);
      expect(r.kind, `seed ${seed}: ${JSON.stringify(r).slice(0, 400)}`).toBe("accepted");
    }
  });
});
