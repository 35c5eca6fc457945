import type { Problem } from "../../diagnostics/problem.ts";
import { formatEventLine } from "../../trace/writer.ts";
import { failureOf, type CampaignFailure } from "../failure/record-failure.ts";
import { prepareFuzzing } from "../campaign/prepare.ts";
import { explainSchedule, type ExplainedFailure } from "../failure/explain-failure.ts";
import { readFailureFile, type FailureOrigin } from "../failure/failure-file.ts";
import { runOnce } from "../run/run-once.ts";
import type { Protocol } from "../targets/target.ts";

/**
 * `harness replay`: reproduce a failure, either from its saved trace (the minimal schedule in
 * its header is rerun as it is, and the events compared with the file's) or from fast-check's
 * seed and path (fast-check regenerates the shrunk schedule, which is then minimised and
 * explained exactly as the campaign did).
 */
export type ReplayRequest =
  | { readonly kind: "file"; readonly file: string; readonly root: string }
  | {
      readonly kind: "seed";
      readonly protocol: Protocol;
      readonly mutants: readonly string[];
      readonly steps: number;
      readonly seed: number;
      readonly path?: string;
      readonly replayPath?: string;
      readonly root: string;
      readonly failureDir: string | null;
    };

export interface ReplayResult {
  readonly protocol: Protocol;
  readonly mutants: readonly string[];
  readonly origin: FailureOrigin;
  /** The failure as it happens now; null when the schedule passes (the bug is gone). */
  readonly failure: ExplainedFailure | null;
  readonly unexplained: string | null;
  /** The trace the failure is in: the replayed file, or the one written now. */
  readonly trace: string | null;
  /** File replays: whether the rerun produced exactly the events the file holds (up to the failure). */
  readonly sameEvents: boolean | null;
}

export async function replay(req: ReplayRequest): Promise<{ ok: true; result: ReplayResult } | { ok: false; problem: Problem }> {
  return req.kind === "file" ? replayFile(req.file, req.root) : replaySeed(req);
}

async function replayFile(file: string, root: string): Promise<{ ok: true; result: ReplayResult } | { ok: false; problem: Problem }> {
  const read = await readFailureFile(file);
  if (!read.ok) return read;
  const f = read.failure;
  const p = prepareFuzzing(f.protocol, f.mutants, root);
  if (!p.ok) return p;
  const failure = explainSchedule(p.prepared.target, p.prepared.judge, f.schedule);
  const now = (failure?.events ?? []).map(formatEventLine);
  const recorded = f.events.map(formatEventLine);
  const sameEvents = now.length === recorded.length && now.every((line, i) => line === recorded[i]);
  return { ok: true, result: { protocol: f.protocol, mutants: f.mutants, origin: f.origin, failure, unexplained: null, trace: file, sameEvents } };
}

function replaySeed(req: Extract<ReplayRequest, { kind: "seed" }>): { ok: true; result: ReplayResult } | { ok: false; problem: Problem } {
  const p = prepareFuzzing(req.protocol, req.mutants, req.root);
  if (!p.ok) return p;
  const { target, judge } = p.prepared;
  const out = runOnce({ target, judge, steps: req.steps, seed: req.seed, ...(req.path !== undefined ? { path: req.path } : {}), ...(req.replayPath !== undefined ? { replayPath: req.replayPath } : {}) });
  const base = { protocol: req.protocol, mutants: req.mutants, sameEvents: null };
  if (out.kind === "passed") {
    const origin: FailureOrigin = { steps: req.steps, campaignSeed: null, run: null, seed: req.seed, path: req.path ?? "", replayPath: req.replayPath ?? "" };
    return { ok: true, result: { ...base, origin, failure: null, unexplained: null, trace: null } };
  }
  const origin: FailureOrigin = { steps: req.steps, campaignSeed: null, run: null, seed: req.seed, path: out.path, replayPath: out.replayPath };
  const f: CampaignFailure = failureOf(p.prepared, { failureDir: req.failureDir }, origin, out.intents, out.shrinks, out.steps);
  return { ok: true, result: { ...base, origin, failure: f.explained, unexplained: f.unexplained, trace: f.trace } };
}
