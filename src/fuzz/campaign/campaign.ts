import type { Problem } from "../../diagnostics/problem.ts";
import { CoverageCollector, type CoverageReport } from "../coverage/coverage.ts";
import { reachableStates, type Reachable } from "../coverage/reachable-states.ts";
import type { FailureOrigin } from "../failure/failure-file.ts";
import { failureOf, type CampaignFailure } from "../failure/record-failure.ts";
import { runOnce } from "../run/run-once.ts";
import { checkOptions, MAX_REACHABLE, type CampaignOptions } from "./options.ts";
import { prepareFuzzing } from "./prepare.ts";
import { runSeed, shardRuns } from "./shard.ts";

/**
 * `harness fuzz`: a campaign of fast-check runs against one protocol, every event judged by the
 * spec. It stops at the first failing run, which is shrunk, minimised, explained step by step
 * and saved as a trace; at the end it reports what the campaign covered.
 */
export interface CampaignResult {
  readonly options: CampaignOptions;
  /** The spec and .cfg the events were judged against. */
  readonly model: string;
  /** The runs this shard was to run, and how many it ran (fewer after a failure). */
  readonly plannedRuns: number;
  readonly runs: number;
  readonly stats: CampaignStats;
  readonly failure: CampaignFailure | null;
  readonly coverage: CoverageReport;
}

export interface CampaignStats {
  /** Schedule steps performed (a step with nothing to act on is not counted). */
  readonly steps: number;
  /** Events the spec judged. */
  readonly events: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  /** Distinct (spec state, event) pairs the trace checker evaluated; the rest were looked up. */
  readonly judged: number;
  readonly lookedUp: number;
}


export interface Progress {
  /** Running the runs, or (at the end) counting the spec's reachable states for coverage. */
  readonly phase: "runs" | "coverage";
  readonly done: number;
  readonly total: number;
  readonly seconds: number;
}

export function runCampaign(options: CampaignOptions, onProgress: (p: Progress) => void = () => {}): { ok: true; result: CampaignResult } | { ok: false; problem: Problem } {
  const bad = checkOptions(options);
  if (bad) return { ok: false, problem: bad };
  const p = prepareFuzzing(options.protocol, options.mutants, options.root);
  if (!p.ok) return p;
  const { target, judge } = p.prepared;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const coverage = new CoverageCollector();
  const planned = shardRuns(options.runs, options.shard);
  let steps = 0;
  let events = 0;
  let done = 0;
  let failure: CampaignFailure | null = null;
  for (const run of planned) {
    const seed = runSeed(options.seed, run);
    const out = runOnce({ target, judge, steps: options.steps, seed, observer: coverage });
    done++;
    steps += out.steps;
    events += out.events;
    onProgress({ phase: "runs", done, total: planned.length, seconds: (performance.now() - started) / 1000 });
    if (out.kind === "failed") {
      const origin: FailureOrigin = { steps: options.steps, campaignSeed: options.seed, run, seed, path: out.path, replayPath: out.replayPath };
      failure = failureOf(p.prepared, options, origin, out.intents, out.shrinks, out.steps);
      break;
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const memo = judge.stats();
  if (options.coverage) onProgress({ phase: "coverage", done, total: planned.length, seconds: (performance.now() - started) / 1000 });
  const reachable: Reachable = options.coverage
    ? reachableStates({ model: p.prepared.traceModel, constants: target.header({}).constants, cacheDir: options.cacheDir, maxStates: MAX_REACHABLE })
    : { kind: "unknown", why: "not computed (--no-coverage)" };
  return {
    ok: true,
    result: {
      options,
      model: judge.model,
      plannedRuns: planned.length,
      runs: done,
      stats: { steps, events, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, judged: memo.misses, lookedUp: memo.hits },
      failure,
      coverage: coverage.report(p.prepared.specActions, reachable),
    },
  };
}
