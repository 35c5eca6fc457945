import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCampaign } from "../../src/fuzz/campaign/campaign.ts";
import { prepareFuzzing } from "../../src/fuzz/campaign/prepare.ts";
import { WHOLE } from "../../src/fuzz/campaign/shard.ts";
import { reachableStates } from "../../src/fuzz/coverage/reachable-states.ts";
import { repoRoot } from "../helpers/run-cli.ts";

const cacheDir = mkdtempSync(join(tmpdir(), "fuzz-cache-"));

describe("coverage", () => {
  it("counts Paxos_majority's reachable states as harness check does, and caches them", () => {
    const p = prepareFuzzing("paxos", [], repoRoot);
    if (!p.ok) throw new Error(p.problem.message);
    const req = { model: p.prepared.traceModel, constants: p.prepared.target.header({}).constants, cacheDir, maxStates: 100_000 };
    const first = reachableStates(req);
    const again = reachableStates(req);
    // `harness check spec/MC_Paxos.tla --config spec/Paxos_majority.cfg`: 6353 distinct states.
    expect(first.kind === "ok" && first.table.size).toBe(6353);
    expect(first.kind === "ok" && first.cached).toBe(false);
    expect(again.kind === "ok" && again.cached && again.table.size).toBe(6353);
    expect(reachableStates({ ...req, cacheDir: null, maxStates: 100 })).toEqual({ kind: "unknown", why: "the spec reaches more than 100 states with these constants" });
  });

  it("reports the actions exercised and the fraction of reachable states visited, every visited state being reachable", () => {
    const r = runCampaign({ protocol: "paxos", mutants: [], runs: 200, seed: 5, steps: 50, shard: WHOLE, coverage: true, failureDir: null, cacheDir, root: repoRoot });
    if (!r.ok) throw new Error(r.problem.message);
    const c = r.result.coverage;
    expect(c.actions.map((a) => a.name)).toEqual(["Phase1a", "Phase1b", "Phase2a", "Phase2b", "Learn"]);
    expect(c.actions.reduce((n, a) => n + a.count, 0)).toBe(r.result.stats.events);
    expect(c.unexercised).toEqual(c.actions.filter((a) => a.count === 0).map((a) => a.name));
    expect(c.states.reachable).toBe(6353);
    expect(c.states.outside).toBe(0);
    expect(c.states.visitedReachable).toBe(c.states.visited);
    expect(c.states.visited).toBeGreaterThan(50);
    expect(c.states.fraction).toBeCloseTo(c.states.visited / 6353, 10);
  });
});
