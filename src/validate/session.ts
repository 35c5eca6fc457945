import { existsSync } from "node:fs";
import type { SourceLocation } from "../diagnostics/location.ts";
import { problem, type Problem } from "../diagnostics/problem.ts";
import { renderProblem } from "../diagnostics/render.ts";
import type { TValue } from "../trace/value.ts";
import { ActionIndex } from "./action-index.ts";
import { buildTraceModel, sourceCache, type SourceCache, type TraceModel } from "./trace-model.ts";

/**
 * Everything a run of the checker builds once and shares between traces: parsed specs and
 * configs, and compiled models per (spec, .cfg, constants), each with its action index and the
 * hidden actions the options allow. A batch of a thousand traces of one protocol compiles its
 * spec once.
 */
export interface CheckOptions {
  /** Most candidate states carried at once (--max-candidates). */
  readonly maxCandidates: number;
  /** Actions that may happen unlogged between events (--allow-hidden). */
  readonly allowHidden: readonly string[];
  /** Most unlogged steps before one event (--max-hidden). */
  readonly maxHidden: number;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { maxCandidates: 10_000, allowHidden: [], maxHidden: 2 };

export interface PreparedModel {
  readonly model: TraceModel;
  readonly index: ActionIndex;
}

export type PrepareResult = { readonly ok: true; readonly prepared: PreparedModel } | { readonly ok: false; readonly problem: Problem };

export class Session {
  private readonly sources: SourceCache = sourceCache();
  private readonly models = new Map<string, PrepareResult & { ok: true }>();
  private readonly existing = new Map<string, boolean>();

  constructor(readonly options: CheckOptions = DEFAULT_CHECK_OPTIONS) {}

  /** Whether a file exists, asked once per run: a batch looks up the same spec and .cfg for every trace. */
  exists(path: string): boolean {
    let e = this.existing.get(path);
    if (e === undefined) this.existing.set(path, (e = existsSync(path)));
    return e;
  }

  prepare(specPath: string, configPath: string | null, constants: Readonly<Record<string, TValue>> | null, headerLocation: SourceLocation): PrepareResult {
    const key = `${specPath}\u0000${configPath ?? ""}\u0000${constants === null ? "" : JSON.stringify(constants)}`;
    const cached = this.models.get(key);
    if (cached !== undefined) return cached;
    const r = this.build(specPath, configPath, constants, headerLocation);
    // Failures are not kept: their problems point into the trace that met them first.
    if (r.ok) this.models.set(key, r);
    return r;
  }

  private build(specPath: string, configPath: string | null, constants: Readonly<Record<string, TValue>> | null, headerLocation: SourceLocation): PrepareResult {
    const built = buildTraceModel({ specPath, configPath, constants, headerLocation }, this.sources);
    if (!built.ok) return { ok: false, problem: renderProblemsAsOne(built.problems) };
    // Checked here so that a wrong --allow-hidden name is reported before any trace is read.
    const index = new ActionIndex(built.model);
    const hidden = index.hidden(this.options.allowHidden);
    if (!hidden.ok) return { ok: false, problem: hidden.problem };
    return { ok: true, prepared: { model: built.model, index } };
  }
}

/** The first problem, with the others in its details so that none is lost. */
function renderProblemsAsOne(problems: readonly Problem[]): Problem {
  const [first, ...rest] = problems.length > 0 ? problems : [problem("internal", "building the model failed without saying why")];
  return rest.length === 0 ? first! : { ...first!, details: [...(first!.details ?? []), ...rest.map(renderProblem)] };
}
