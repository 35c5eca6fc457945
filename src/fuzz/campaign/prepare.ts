import { isAbsolute, join, relative } from "node:path";
import { problem, type Problem } from "../../diagnostics/problem.ts";
import { renderVerdict } from "../../validate/render.ts";
import type { TraceModel } from "../../validate/trace-model.ts";
import type { Judge } from "../judge/judge.ts";
import { memoJudge, type MemoJudge } from "../judge/memo-judge.ts";
import { stepCheckerJudge } from "../judge/step-checker-judge.ts";
import { buildTarget } from "../targets/build-target.ts";
import type { FuzzTarget, Protocol } from "../targets/target.ts";

/**
 * What every fuzzing pipeline (campaign, replay, verify's stage) starts from: the target with
 * its mutants, and the memoising spec judge for it, checked to accept the initial state.
 */
export interface Prepared {
  readonly target: FuzzTarget;
  readonly judge: MemoJudge;
  readonly traceModel: TraceModel;
  /** The actions of the spec's Next, in TLC's order (for coverage). */
  readonly specActions: readonly string[];
}

export function prepareFuzzing(protocol: Protocol, mutants: readonly string[], root: string): { ok: true; prepared: Prepared } | { ok: false; problem: Problem } {
  const t = buildTarget(protocol, mutants);
  if (!t.ok) return t;
  const target = t.target;
  const model = { spec: specPath(root, target.model.spec), config: specPath(root, target.model.config) };
  const built = stepCheckerJudge(model, target.header({}));
  if (!built.ok) return built;
  const judge = memoJudge(built.built.judge);
  const init = judge.initial();
  if (init.kind === "failed") return { ok: false, problem: initialProblem(judge, init.verdict) };
  const specActions = [...new Set(built.built.traceModel.next.actions.map((a) => a.info.name))];
  return { ok: true, prepared: { target, judge, traceModel: built.built.traceModel, specActions } };
}

/** Paths as the user reads them: relative to where the harness runs when the project is there. */
function specPath(root: string, path: string): string {
  const full = join(root, path);
  const rel = relative(process.cwd(), full);
  return rel.startsWith("..") || isAbsolute(rel) ? full : rel;
}

function initialProblem(judge: Judge, v: Parameters<typeof renderVerdict>[1]): Problem {
  if (v.kind === "error") return v.problem;
  return problem("internal", `the implementation's initial state is not one of the spec's (${judge.model})`, undefined, renderVerdict("initial state", v));
}
