/**
 * Adversarial model-based testing (issue 6): fast-check schedules against the implementation in
 * the simulator, every event judged by the spec, failures shrunk to a schedule a person can read.
 *
 *   const r = runCampaign({ protocol: "paxos", mutants: [], runs: 1000, seed: 0, steps: 50,
 *                           shard: WHOLE, coverage: true, failureDir: "traces/failures",
 *                           cacheDir: null, root: "." });
 *   if (r.ok) console.log(renderCampaign(r.result));      // or campaignToJson(r.result)
 *   const again = await replay({ kind: "file", file: "traces/failures/paxos-123.ndjson", root: "." });
 *
 * How a run works. fast-check draws a schedule of intents (./schedule/intent.ts: deliver the
 * n-th packet, drop, duplicate, delay, crash, restart, partition a minority, heal; proposers
 * starting ballots, racing on adjacent ballots, an acceptor crashed between promise and accept;
 * clients reading and writing), weighted toward delivery with the faults mixed in. `fc.commands`
 * with `fc.modelRun` runs it: the real system is the implementation in the simulator
 * (./targets), the model is the spec itself: each event the nodes perform goes through the trace
 * checker (src/validate's StepChecker, ./judge) with the spec's invariants, so there is no second,
 * hand-written model of the protocol. The judge remembers each (spec state, event) it has judged
 * (./judge/memo-judge.ts), which is what makes hundreds of fully checked schedules per second.
 *
 * When the spec refuses a step (or an invariant breaks, or the implementation throws),
 * fast-check shrinks the schedule; it is then rewritten into exact steps (this message on this
 * link) and minimised until no single step can be left out (./run/minimize.ts), explained step
 * by step with the trace checker's verdict (./failure), and saved as a trace whose header holds
 * the schedule and fast-check's seed and path (`harness replay` reruns either).
 *
 * Every deployment uses one spec model's constants (Paxos_majority, QuorumRegister_writers), so
 * coverage compares the spec states the traces visited with all the model checker reaches
 * (./coverage). Runs have seeds derived from the campaign seed and their number (./campaign/
 * shard.ts), so `--shard i/n` splits a campaign exactly.
 */
export { runCampaign, type CampaignResult, type CampaignStats, type Progress } from "./campaign/campaign.ts";
export { DEFAULTS, type CampaignOptions } from "./campaign/options.ts";
export { prepareFuzzing, type Prepared } from "./campaign/prepare.ts";
export { parseShard, runSeed, shardRuns, WHOLE, type Shard } from "./campaign/shard.ts";
export { campaignToJson, renderCampaign } from "./campaign/render-campaign.ts";
export { failureExitCode } from "./campaign/exit-code.ts";
export type { CoverageReport, StateCoverage } from "./coverage/coverage.ts";
export type { ExplainedFailure, ReportStep } from "./failure/explain-failure.ts";
export { readFailureFile, type FailureFile, type FailureOrigin } from "./failure/failure-file.ts";
export type { CampaignFailure } from "./failure/record-failure.ts";
export { replay, type ReplayRequest, type ReplayResult } from "./replay/replay.ts";
export { renderReplay, replayToJson } from "./replay/render-replay.ts";
export type { Judge, Judgement, SpecPosition } from "./judge/judge.ts";
export type { Intent } from "./schedule/intent.ts";
export { protocols, type FuzzTarget, type Protocol } from "./targets/target.ts";
