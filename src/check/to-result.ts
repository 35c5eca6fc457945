import { problem, ProblemError, type Problem } from "../diagnostics/problem.ts";
import { rebuildTrace } from "./counterexample.ts";
import type { Exploration, TraceEnd } from "./explore.ts";
import type { Model } from "./model.ts";
import type { CheckResult, TraceStep } from "./result.ts";

export interface ResultContext {
  readonly seconds: number;
  readonly notes?: readonly string[];
}

/** Turns an exploration into the engine-independent CheckResult, rebuilding and printing its trace. */
export function toCheckResult<S, A>(model: Model<S, A>, exploration: Exploration<S, A>, ctx: ResultContext): CheckResult {
  const { verdict, stats, table } = exploration;
  const base = {
    distinct: stats.distinct,
    generated: stats.generated,
    depth: stats.depth,
    leftOnQueue: stats.queued,
    initialStates: stats.initialStates,
    seconds: ctx.seconds,
    engine: "native" as const,
    ...(ctx.notes && ctx.notes.length > 0 ? { notes: ctx.notes } : {}),
  };
  const trace = (at: TraceEnd<S, A>): readonly TraceStep[] => printTrace(model, rebuildTrace(model, table, at));
  const withTrace = (at: TraceEnd<S, A>, build: (steps: readonly TraceStep[]) => CheckResult): CheckResult => {
    try {
      return build(trace(at));
    } catch (err) {
      // Printing a state can fail too (a set mixing strings and integers): report that instead.
      const p: Problem = err instanceof ProblemError ? err.problem : problem("internal", `could not print the trace: ${String(err)}`);
      return { ...base, result: "error", violated: null, trace: [], error: p };
    }
  };
  switch (verdict.kind) {
    case "ok":
      return { ...base, result: "ok", violated: null, trace: [], error: null };
    case "deadlock":
      return withTrace(verdict.at, (t) => ({ ...base, result: "deadlock", violated: null, trace: t, error: null }));
    case "invariant":
      return withTrace(verdict.at, (t) => ({ ...base, result: "invariant", violated: verdict.name, trace: t, error: null }));
    case "property":
      return withTrace(verdict.at, (t) => ({ ...base, result: "property", violated: verdict.name, trace: t, error: null }));
    case "error":
      return withTrace(verdict.at, (t) => ({ ...base, result: "error", violated: null, trace: t, error: verdict.problem }));
    case "limit":
      return {
        ...base,
        result: "error",
        violated: null,
        trace: [],
        error: problem(
          "limit",
          `stopped after finding more than ${verdict.maxStates} distinct states (--max-states): the state space was not fully explored`,
        ),
      };
  }
}

function printTrace<S, A>(model: Model<S, A>, states: readonly { state: S; action: A | null }[]): TraceStep[] {
  return states.map(({ state, action }) => {
    const label = action === null ? null : model.label(action);
    return { action: label ? label.name : null, location: label ? label.location : null, state: model.show(state) };
  });
}
