import { join } from "node:path";
import { renderProblem } from "../diagnostics/render.ts";
import { runCampaign, type CampaignResult } from "../fuzz/campaign/campaign.ts";
import { WHOLE } from "../fuzz/campaign/shard.ts";
import { protocols, type Protocol } from "../fuzz/targets/target.ts";
import { mutantCatalog, mutantNames } from "../protocol/mutants.ts";
import type { Stage, VerifyRow } from "./stage.ts";

/**
 * `npm run verify`, stage "fuzz": a short campaign per protocol against the unmutated
 * implementation (it must pass), then one per seeded bug (the fuzzer must still catch it).
 */
const RUNS = 300;
const MUTANT_RUNS = 3000;
const STAGE = "fuzz";

export const fuzzStage: Stage = {
  name: STAGE,
  async run(ctx) {
    const rows: VerifyRow[] = [];
    const campaign = (protocol: Protocol, mutants: readonly string[], runs: number, coverage: boolean) =>
      runCampaign({
        protocol,
        mutants,
        runs,
        seed: 0,
        steps: 50,
        shard: WHOLE,
        coverage,
        failureDir: mutants.length === 0 ? join(ctx.root, "traces", "failures") : null,
        cacheDir: join(ctx.root, "node_modules", ".cache", "consensus-harness"),
        root: ctx.root,
      });
    for (const protocol of protocols) {
      ctx.onProgress(`verify: fuzz ${protocol}...`);
      const r = campaign(protocol, [], RUNS, true);
      if (!r.ok) rows.push({ item: `${protocol}: ${RUNS} runs`, verdict: "could not run", detail: renderProblem(r.problem), ok: false });
      else rows.push(cleanRow(r.result));
    }
    for (const m of mutantNames) {
      ctx.onProgress(`verify: fuzz mutant ${m}...`);
      const r = campaign(mutantCatalog[m].protocol, [m], MUTANT_RUNS, false);
      const item = `${mutantCatalog[m].protocol} --mutant ${m}`;
      if (!r.ok) rows.push({ item, verdict: "could not run", detail: renderProblem(r.problem), ok: false });
      else rows.push(mutantRow(item, r.result));
    }
    return { stage: STAGE, rows };
  },
};

function cleanRow(r: CampaignResult): VerifyRow {
  const item = `${r.options.protocol}: ${r.plannedRuns} runs`;
  const s = r.coverage.states;
  const states = s.fraction !== null ? `${s.visitedReachable}/${s.reachable} reachable states (${(100 * s.fraction).toFixed(1)}%)` : `${s.visited} states`;
  const detail = `${r.stats.events} events judged in ${r.stats.seconds.toFixed(1)} s, ${states}`;
  if (r.failure === null) return { item, verdict: "passed", detail, ok: true };
  return { item, verdict: `FAILED at run ${r.failure.origin.run}`, detail: r.failure.trace ? `harness replay ${r.failure.trace}` : (r.failure.unexplained ?? ""), ok: false };
}

function mutantRow(item: string, r: CampaignResult): VerifyRow {
  if (r.failure === null) return { item, verdict: `not caught in ${r.runs} runs`, detail: "the fuzzer no longer finds this seeded bug", ok: false };
  const steps = r.failure.explained?.steps.length;
  return { item, verdict: "caught (expected)", detail: `at run ${r.failure.origin.run}${steps !== undefined ? `, counterexample of ${steps} steps` : ""}`, ok: true };
}
