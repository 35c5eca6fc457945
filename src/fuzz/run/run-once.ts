import fc from "fast-check";
import type { Judge } from "../judge/judge.ts";
import type { Intent } from "../schedule/intent.ts";
import type { FuzzTarget } from "../targets/target.ts";
import { FuzzRun, ImplementationCrash, SpecFailure, type RunObserver } from "./fuzz-run.ts";
import { scheduleArbitrary } from "./schedule-command.ts";

/**
 * One fuzz run: fast-check draws a schedule from `seed`, the run performs it under the spec's
 * judgement, and a failure is shrunk to a minimal schedule. With `path` (and the commands'
 * `replayPath`) fast-check goes straight to an already shrunk counterexample instead.
 */
export interface RunRequest {
  readonly target: FuzzTarget;
  readonly judge: Judge;
  /** The most steps the run performs. */
  readonly steps: number;
  /** fast-check's seed for this run. */
  readonly seed: number;
  readonly path?: string;
  readonly replayPath?: string;
  readonly observer?: RunObserver;
}

export type RunOutcome =
  | { readonly kind: "passed"; readonly steps: number; readonly events: number }
  | {
      readonly kind: "failed";
      readonly seed: number;
      /** fast-check's counterexample path, and the commands' replay path: what jumps back to it. */
      readonly path: string;
      readonly replayPath: string;
      /** The shrunk schedule: the steps that ran, the failing one last. */
      readonly intents: readonly Intent[];
      readonly cause: FailureCause;
      /** Steps and events of the first, unshrunk, failing schedule. */
      readonly steps: number;
      readonly events: number;
      readonly shrinks: number;
    };

/** Why a schedule failed: the spec refused a step, or the implementation threw. */
export type FailureCause = { readonly kind: "spec"; readonly failure: SpecFailure } | { readonly kind: "exception"; readonly message: string };

export function runOnce(req: RunRequest): RunOutcome {
  // The first execution is the run itself; later ones are fast-check shrinking it.
  let first: { steps: number; events: number } | null = null;
  const property = fc.property(scheduleArbitrary(req.target.intent, req.steps, req.replayPath), (commands) => {
    // Coverage counts the run itself, not the variants fast-check tries while shrinking it.
    const run = new FuzzRun(req.target.start(), req.judge, first === null ? (req.observer ?? null) : null, { maxSteps: req.steps });
    try {
      fc.modelRun(() => ({ model: run, real: run }), commands);
    } finally {
      first ??= { steps: run.steps, events: run.events };
    }
  });
  // With a path the counterexample is already shrunk: replay it as it is.
  const out = fc.check(property, { seed: req.seed, numRuns: 1, ...(req.path !== undefined ? { path: req.path, endOnFailure: true } : {}) });
  const ran = first ?? { steps: 0, events: 0 };
  if (!out.failed) return { kind: "passed", ...ran };
  const err = out.errorInstance;
  // Anything else thrown is the harness's own bug (the judge, the simulator): not a finding.
  if (!(err instanceof SpecFailure || err instanceof ImplementationCrash)) throw err instanceof Error ? err : new Error(String(err));
  return {
    kind: "failed",
    seed: req.seed,
    path: out.counterexamplePath ?? "0",
    replayPath: replayPathOf(out.counterexample?.[0]),
    intents: err.intents,
    cause: err instanceof SpecFailure ? { kind: "spec", failure: err } : { kind: "exception", message: err.message },
    ...ran,
    shrinks: out.numShrinks,
  };
}

/** fast-check prints a commands value as `step,step /*replayPath="..."*\/`: the part replay needs. */
function replayPathOf(commands: unknown): string {
  const m = /\/\*replayPath=("(?:[^"\\]|\\.)*")\*\/$/.exec(String(commands ?? ""));
  return m ? (JSON.parse(m[1]!) as string) : "";
}
