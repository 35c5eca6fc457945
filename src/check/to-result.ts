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
  // Field order is the order `--json` prints: the verdict first, then counts, trace, error.
  const make = (result: CheckResult["result"], violated: string | null, trace: readonly TraceStep[], error: Problem | null): CheckResult => ({
    result,
    violated,
    distinct: stats.distinct,
    generated: stats.generated,
    depth: stats.depth,
    leftOnQueue: stats.queued,
    initialStates: stats.initialStates,
    trace,
    error,
    seconds: ctx.seconds,
    ...(ctx.notes && ctx.notes.length > 0 ? { notes: ctx.notes } : {}),
    engine: "native",
  });
  const withTrace = (at: TraceEnd<S, A>, build: (steps: readonly TraceStep[]) => CheckResult): CheckResult => {
    try {
      return build(printTrace(model, rebuildTrace(model, table, at)));
    } catch (err) {
      // Printing a state can fail too (a set mixing strings and integers): report that instead.
      const p: Problem = err instanceof ProblemError ? err.problem : problem("internal", `could not print the trace: ${String(err)}`);
      return make("error", null, [], p);
    }
  };
  switch (verdict.kind) {
    case "ok":
      return make("ok", null, [], null);
    case "deadlock":
      return withTrace(verdict.at, (t) => make("deadlock", null, t, null));
    case "invariant":
      return withTrace(verdict.at, (t) => make("invariant", verdict.name, t, null));
    case "property":
      return withTrace(verdict.at, (t) => make("property", verdict.name, t, null));
    case "error":
      return withTrace(verdict.at, (t) => make("error", null, t, verdict.problem));
    case "limit":
      return make(
        "error",
        null,
        [],
        problem("limit", `stopped after finding more than ${verdict.maxStates} distinct states (--max-states): the state space was not fully explored`),
      );
  }
}

function printTrace<S, A>(model: Model<S, A>, states: readonly { state: S; action: A | null }[]): TraceStep[] {
  return states.map(({ state, action }) => {
    const label = action === null ? null : model.label(action);
    return { action: label ? label.name : null, location: label ? label.location : null, state: model.show(state) };
  });
}
