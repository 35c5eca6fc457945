import type { Problem } from "../../diagnostics/problem.ts";
import type { Prepared } from "../campaign/prepare.ts";
import type { Intent } from "../schedule/intent.ts";
import { explainFailure, type ExplainedFailure } from "./explain-failure.ts";
import { writeFailureTrace, type FailureOrigin } from "./failure-file.ts";

/**
 * A failing run, as a campaign (or a seed replay) reports it: explained step by step, and its
 * trace saved where `harness replay` and `harness validate` can read it.
 */
export interface CampaignFailure {
  readonly origin: FailureOrigin;
  readonly shrinks: number;
  /** Steps of the first, unshrunk, failing schedule. */
  readonly originalSteps: number;
  readonly explained: ExplainedFailure | null;
  /** Why the failure could not be explained (null when it was). */
  readonly unexplained: string | null;
  /** Where the failing trace was written. */
  readonly trace: string | null;
  readonly traceProblem: Problem | null;
}

/** Explains a failing run and saves its trace. */
export function failureOf(prepared: Prepared, options: { readonly failureDir: string | null }, origin: FailureOrigin, intents: readonly Intent[], shrinks: number, originalSteps: number): CampaignFailure {
  const e = explainFailure(prepared.target, prepared.judge, intents, { minimize: true });
  if (!e.ok) return { origin, shrinks, originalSteps, explained: null, unexplained: e.message, trace: null, traceProblem: null };
  let trace: string | null = null;
  let traceProblem: Problem | null = null;
  if (options.failureDir !== null) {
    const w = writeFailureTrace(options.failureDir, prepared.target, origin, e.failure.schedule, e.failure.events);
    if (w.ok) trace = w.file;
    else traceProblem = w.problem;
  }
  return { origin, shrinks, originalSteps, explained: e.failure, unexplained: null, trace, traceProblem };
}
