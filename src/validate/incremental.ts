import { problem, type Problem } from "../diagnostics/problem.ts";
import type { TraceEvent, TraceHeader } from "../trace/schema.ts";
import type { TValue } from "../trace/value.ts";
import { isProblem, TraceEventReader } from "./input/trace-events.ts";
import { resolvePaths } from "./resolve-paths.ts";
import { DEFAULT_CHECK_OPTIONS, Session, type CheckOptions } from "./session.ts";
import { StepChecker, type StepOutcome } from "./step-checker.ts";
import type { Failure, Rejection, Violation } from "./verdict.ts";

/**
 * Checking events as they are produced, without a file: the fuzzer (issue 6) runs a command,
 * gets its trace events, and asks at once whether the spec allows them. One checker follows one
 * trace; a `Session` shared between checkers compiles each spec once.
 *
 *   const c = createStepChecker({ header });            // spec and constants from the header
 *   if (!c.ok) throw new ProblemError(c.problem);        // bad spec, .cfg or header
 *   let r = c.checker.start();                           // the header's init (or pass one)
 *   for (const e of events) { r = c.checker.step(e); if (r.kind !== "accepted") break; }
 *
 * `r` is "accepted" (with the number of candidate states), or the same Rejection, Violation or
 * Failure that `harness validate` reports (./verdict.ts; render with `renderVerdict`). After a
 * verdict other than "accepted" the checker keeps returning it.
 */
export type StepResult = { readonly kind: "accepted"; readonly step: number; readonly candidates: number } | Rejection | Violation | Failure;

export interface StepCheckerSetup {
  /** The trace header: spec, constants, reported variables, initial values. */
  readonly header: TraceHeader;
  /** Overrides the header's spec path. */
  readonly spec?: string;
  /** A .cfg for invariants and properties (default: the header's, else the one beside the spec). */
  readonly config?: string;
  readonly options?: Partial<CheckOptions>;
  /** Shares parsed specs and compiled models between checkers. */
  readonly session?: Session;
  /** Names the trace in messages (default "trace"). */
  readonly file?: string;
}

export interface TraceStepChecker {
  readonly spec: string;
  readonly config: string | null;
  /** What the user should know about the model (no .cfg, liveness skipped, ...). */
  readonly notes: readonly string[];
  /** Candidate spec states now. */
  readonly candidates: number;
  /** Starts from the spec's initial states that agree with `init` (default: the header's `init`). */
  start(init?: Readonly<Record<string, TValue>>): StepResult;
  /** Checks the next event; `line` names it in messages. */
  step(event: TraceEvent, line?: number): StepResult;
}

export function createStepChecker(setup: StepCheckerSetup): { ok: true; checker: TraceStepChecker } | { ok: false; problem: Problem } {
  const file = setup.file ?? "trace";
  const h = setup.header;
  const at = { file, line: 1, column: 1 };
  const info = { specPath: h.spec.path, module: h.spec.module, configPath: h.spec.config ?? null, constants: h.constants, location: at };
  const paths = resolvePaths(file, info, { ...(setup.spec !== undefined ? { spec: setup.spec } : {}), ...(setup.config !== undefined ? { config: setup.config } : {}) });
  if (!paths.ok) return paths;
  // A shared session brings its options; those given here override them for this checker.
  const options = { ...(setup.session?.options ?? DEFAULT_CHECK_OPTIONS), ...setup.options };
  const session = setup.session ?? new Session(options);
  const prepared = session.prepare(paths.paths.spec, paths.paths.config, h.constants, at);
  if (!prepared.ok) return prepared;
  const { model, index } = prepared.prepared;
  const hidden = index.hidden(options.allowHidden);
  if (!hidden.ok) return hidden;
  const created = TraceEventReader.create(model.variables, h.variables, model.models, file, at);
  if (isProblem(created)) return { ok: false, problem: created };
  const reader: TraceEventReader = created;
  const core = new StepChecker(model, index, { maxCandidates: options.maxCandidates, hidden: hidden.actions, maxHidden: options.maxHidden });
  let started = false;
  let last = 0;
  let final: StepResult | null = null;

  const settle = (out: StepOutcome, step: number): StepResult => {
    if (out.kind === "ok") return { kind: "accepted", step, candidates: out.candidates };
    final = out;
    return out;
  };
  const checker: TraceStepChecker = {
    spec: paths.paths.spec,
    config: paths.paths.config,
    notes: model.notes,
    get candidates() {
      return core.size;
    },
    start(init) {
      if (final !== null) return final;
      started = true;
      const first = reader.initial(init ?? h.init, null);
      if (isProblem(first)) return settle({ kind: "error", problem: first, event: null }, 0);
      return settle(core.start(first), 0);
    },
    step(event, line) {
      if (final !== null) return final;
      if (!started) {
        const s = checker.start();
        if (s.kind !== "accepted") return s;
      }
      if (event.seq !== last + 1) {
        return settle({ kind: "error", problem: problem("trace-format", `event.seq: expected ${last + 1}, got ${event.seq} (events are numbered 1, 2, 3, ... with no gap)`, line ? { file, line, column: 1 } : undefined), event: null }, event.seq);
      }
      last = event.seq;
      const ev = reader.event(event, line ?? null);
      if (isProblem(ev)) return settle({ kind: "error", problem: ev, event: null }, event.seq);
      return settle(core.step(ev), event.seq);
    },
  };
  return { ok: true, checker };
}
