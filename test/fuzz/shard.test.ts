import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCampaign } from "../../src/fuzz/campaign/campaign.ts";
import type { CampaignOptions } from "../../src/fuzz/campaign/options.ts";
import { parseShard, runSeed, shardRuns, WHOLE, type Shard } from "../../src/fuzz/campaign/shard.ts";
import { repoRoot } from "../helpers/run-cli.ts";

describe("shards", () => {
  it("parse i/n with 1 <= i <= n, and say what is wrong otherwise", () => {
    expect(parseShard("2/4")).toEqual({ ok: true, shard: { index: 2, count: 4 } });
    for (const [text, why] of [
      ["0/3", "i must be between 1 and 3"],
      ["4/3", "i must be between 1 and 3"],
      ["1/0", "n must be at least 1"],
      ["two/4", "expected i/n"],
    ] as const) {
      const r = parseShard(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem.message).toContain(why);
    }
  });

  it("partition a campaign's runs exactly: every run in one shard, none twice", () => {
    fc.assert(
      fc.property(fc.nat(500), fc.integer({ min: 1, max: 12 }), (runs, count) => {
        const all = Array.from({ length: count }, (_, i) => shardRuns(runs, { index: i + 1, count })).flat();
        expect(all.sort((a, b) => a - b)).toEqual(Array.from({ length: runs }, (_, r) => r));
      }),
    );
  });

  it("give each run the fast-check seed it has in the unsharded campaign, unrelated to its neighbours'", () => {
    const seeds = Array.from({ length: 1000 }, (_, r) => runSeed(42, r));
    expect(new Set(seeds).size).toBe(1000);
    for (const s of seeds) expect(s >>> 0).toBe(s);
    expect(runSeed(42, 7)).not.toBe(runSeed(43, 7));
  });

  it("together run exactly the runs of the unsharded campaign (the same runs, steps and events in all)", () => {
    const options = (shard: Shard): CampaignOptions => ({ protocol: "paxos", mutants: [], runs: 60, seed: 9, steps: 50, shard, coverage: false, failureDir: null, cacheDir: null, root: repoRoot });
    const totals = (shard: Shard) => {
      const r = runCampaign(options(shard));
      if (!r.ok) throw new Error(r.problem.message);
      return { runs: r.result.runs, steps: r.result.stats.steps, events: r.result.stats.events };
    };
    const whole = totals(WHOLE);
    const parts = [1, 2, 3].map((index) => totals({ index, count: 3 }));
    expect(parts.map((p) => p.runs)).toEqual([20, 20, 20]);
    expect({ runs: 60, steps: parts.reduce((n, p) => n + p.steps, 0), events: parts.reduce((n, p) => n + p.events, 0) }).toEqual(whole);
  });
});
