import { describe, expect, it } from "vitest";
import { runCampaign } from "../../src/fuzz/campaign/campaign.ts";
import type { CampaignOptions } from "../../src/fuzz/campaign/options.ts";
import { WHOLE } from "../../src/fuzz/campaign/shard.ts";
import { protocols, type Protocol } from "../../src/fuzz/targets/target.ts";
import { mutantCatalog, mutantNames } from "../../src/protocol/mutants.ts";
import { repoRoot } from "../helpers/run-cli.ts";

/**
 * The fuzzer's promise (issue 6): with a fixed budget of runs, every seeded bug is caught and
 * the unmutated implementation passes. Campaigns are seeded, so this test is deterministic; the
 * budget leaves room above the worst campaign seen (npm run bench:fuzz prints the figures).
 */
const BUDGET = 2500;

function campaign(protocol: Protocol, mutants: readonly string[]) {
  const options: CampaignOptions = { protocol, mutants, runs: BUDGET, seed: 0, steps: 50, shard: WHOLE, coverage: false, failureDir: null, cacheDir: null, root: repoRoot };
  const r = runCampaign(options);
  if (!r.ok) throw new Error(r.problem.message);
  return r.result;
}

describe("every mutant is caught within the budget, and the implementation passes it", () => {
  for (const protocol of protocols) {
    it(`unmutated ${protocol} passes ${BUDGET} runs`, () => {
      const r = campaign(protocol, []);
      expect(r.failure).toBeNull();
      expect(r.runs).toBe(BUDGET);
      expect(r.stats.events).toBeGreaterThan(BUDGET);
    });
  }

  for (const m of mutantNames) {
    const protocol = mutantCatalog[m].protocol;
    it(`${protocol} --mutant ${m} is caught, with a counterexample of at most 12 steps`, () => {
      const r = campaign(protocol, [m]);
      expect(r.failure, `${m} was not caught in ${BUDGET} runs`).not.toBeNull();
      const e = r.failure!.explained!;
      expect(e.outcome.kind).toBe("spec");
      expect(e.steps.length).toBeLessThanOrEqual(12);
      // The last step is the one the spec refused, and the explanation is the trace checker's.
      expect(e.steps[e.steps.length - 1]!.failed).toBe(true);
      if (e.outcome.kind === "spec") expect(["rejected", "violated"]).toContain(e.outcome.verdict.kind);
    });
  }
});
