import { problem, ProblemError } from "../diagnostics/problem.ts";
import type { CompiledAction, State } from "../tla/eval/index.ts";
import { isEvalError, type Value } from "../tla/values/index.ts";
import type { ActionIndex } from "./action-index.ts";
import { CandidateSet } from "./candidate-set.ts";
import { agrees, targetFrom, type CheckEvent, type Target } from "./check-event.ts";
import { diagnoseInitial, diagnoseStep, summarize } from "./diagnose.ts";
import { printState } from "./print-state.ts";
import type { TraceModel } from "./trace-model.ts";
import type { Failure, Rejection, Violation } from "./verdict.ts";

/**
 * The heart of the trace checker: a set of candidate spec states, advanced one event at a time.
 *
 * `start` keeps the spec's initial states that agree with the trace's first state; `step` keeps,
 * for every candidate, the successors of the event's action (with its parameters bound, the rest
 * enumerated) that agree with every variable the event reports. Invariants must hold in every
 * kept state and action properties on every kept step; a state or step that breaks one is
 * dropped, and when nothing else remains the trace violates it. With `--allow-hidden`, up to
 * `maxHidden` steps of the named unlogged actions may come before each event.
 */
export interface StepCheckerOptions {
  /** Most candidate states carried at once; more is a `limit` failure, never a silent cut. */
  readonly maxCandidates: number;
  /** Actions of Next that may happen between events without being logged. */
  readonly hidden: readonly CompiledAction[];
  /** Most hidden steps before one event. */
  readonly maxHidden: number;
}

export type StepOutcome = { readonly kind: "ok"; readonly candidates: number } | Rejection | Violation | Failure;

export class StepChecker {
  private candidates: readonly State[] = [];
  private maxSeen = 0;

  constructor(
    private readonly model: TraceModel,
    private readonly index: ActionIndex,
    private readonly options: StepCheckerOptions,
  ) {}

  /** Candidate states now. */
  get size(): number {
    return this.candidates.length;
  }

  /** The most candidate states carried at once so far. */
  get maxCandidates(): number {
    return this.maxSeen;
  }

  /** The current candidate states (a copy of the list; states are immutable). */
  states(): readonly State[] {
    return this.candidates;
  }

  /** Continues from candidate states an earlier check reached (the fuzzer memoises steps by state). */
  resume(states: readonly State[]): void {
    this.candidates = states;
  }

  /** `first` describes the trace's initial state: seq 0, its expectations the reported values. */
  start(first: CheckEvent): StepOutcome {
    return this.guard(first, () => {
      const a = this.model.assumptions;
      if (a.kind === "error") return { kind: "error", problem: a.problem, event: null };
      if (a.kind === "false") return this.violation(first, a.assumption.name ?? `ASSUME at line ${a.assumption.location.line}`, "assumption", null);
      const init = this.model.initialStates();
      const kept = new CandidateSet();
      let broken: { name: string; kind: "invariant" | "property"; state: State } | null = null;
      for (const s of init) {
        const t = targetFrom(first.expect, s, this.model.variables);
        if (!t.ok || !agrees(s, t.target)) continue;
        const bad = this.brokenInvariant(s) ?? this.brokenInitProperty(s);
        if (bad !== null) {
          broken ??= { ...bad, state: s };
          continue;
        }
        kept.add(s);
      }
      if (kept.size === 0) {
        if (broken !== null) return this.violation(first, broken.name, broken.kind, broken.state);
        return diagnoseInitial(this.model, first, init);
      }
      return this.advance(kept);
    });
  }

  step(ev: CheckEvent): StepOutcome {
    return this.guard(ev, () => {
      const r = this.index.resolve(ev);
      const frontier = this.options.hidden.length > 0 ? this.withHidden() : this.candidates;
      if (!r.ok) return diagnoseStep(this.model, ev, frontier, r);
      const full = fullState(ev);
      if (full !== null) {
        const decided = this.stepToKnownState(frontier, r.actions, r.checkNext, full, ev);
        if (decided !== null) return decided;
      }
      const next = new CandidateSet();
      const vars = this.model.variables;
      const nextRel = this.model.next;
      let broken: { name: string; kind: "invariant" | "property"; state: State } | null = null;
      for (const s of frontier) {
        const t = targetFrom(ev.expect, s, vars);
        if (!t.ok) continue;
        const target: Target = t.target;
        for (const a of r.actions) {
          a.successors(s, (succ) => {
            if (!agrees(succ, target)) return;
            if (r.checkNext && !nextRel.holds(s, succ)) return;
            const bad = this.brokenActionProperty(s, succ) ?? this.brokenInvariant(succ);
            if (bad !== null) {
              broken ??= { ...bad, state: succ };
              return;
            }
            next.add(succ);
          });
        }
      }
      if (next.size === 0) {
        if (broken !== null) {
          const b: { name: string; kind: "invariant" | "property"; state: State } = broken;
          return this.violation(ev, b.name, b.kind, b.state);
        }
        return diagnoseStep(this.model, ev, frontier, r);
      }
      return this.advance(next, ev);
    });
  }

  /**
   * An event that reports every spec variable names the next state outright, so the question is
   * only whether some candidate and action allow the step to it: the action is evaluated as a
   * predicate of the step (which stops at the first witness of an `\E`) instead of generating
   * successors to compare. Null sends the step to the general path: no candidate allows it (and
   * the general path says why), or the predicate could not be evaluated on the reported values.
   */
  private stepToKnownState(frontier: readonly State[], actions: readonly CompiledAction[], checkNext: boolean, t: State, ev: CheckEvent): StepOutcome | null {
    for (const s of frontier) {
      for (const a of actions) {
        let allowed: boolean;
        try {
          allowed = a.holds(s, t) && (!checkNext || this.model.next.holds(s, t));
        } catch (err) {
          if (isEvalError(err)) return null;
          throw err;
        }
        if (!allowed) continue;
        const bad = this.brokenActionProperty(s, t) ?? this.brokenInvariant(t);
        if (bad !== null) return null;
        const next = new CandidateSet();
        next.add(t);
        return this.advance(next, ev);
      }
    }
    return null;
  }

  private advance(next: CandidateSet, ev?: CheckEvent): StepOutcome {
    if (next.size > this.options.maxCandidates) return this.tooMany(next.size, ev ?? null);
    this.candidates = next.states;
    if (next.size > this.maxSeen) this.maxSeen = next.size;
    return { kind: "ok", candidates: next.size };
  }

  /** The candidates plus every state up to `maxHidden` hidden steps away from one. */
  private withHidden(): readonly State[] {
    const all = new CandidateSet();
    for (const s of this.candidates) all.add(s);
    let layer: readonly State[] = this.candidates;
    for (let d = 0; d < this.options.maxHidden && layer.length > 0; d++) {
      const fresh: State[] = [];
      for (const s of layer) {
        for (const a of this.options.hidden) {
          a.successors(s, (t) => {
            if (this.brokenInvariant(t) === null && all.add(t)) fresh.push(t);
          });
        }
      }
      if (all.size > this.options.maxCandidates) throw new TooMany(all.size);
      layer = fresh;
    }
    return all.states;
  }

  private brokenInvariant(s: State): { name: string; kind: "invariant" } | null {
    for (const inv of this.model.invariants) if (!inv.holds(s)) return { name: inv.name, kind: "invariant" };
    return null;
  }

  private brokenInitProperty(s: State): { name: string; kind: "property" } | null {
    for (const p of this.model.initProperties) if (!p.holds(s)) return { name: p.name, kind: "property" };
    return null;
  }

  private brokenActionProperty(s: State, t: State): { name: string; kind: "property" } | null {
    for (const p of this.model.actionProperties) if (!p.holds(s, t)) return { name: p.name, kind: "property" };
    return null;
  }

  private violation(ev: CheckEvent, name: string, kind: Violation["property"]["kind"], state: State | null): Violation {
    return { kind: "violated", event: summarize(ev), property: { name, kind }, state: state === null ? {} : printState(this.model.variables, state) };
  }

  private tooMany(n: number, ev: CheckEvent | null): Failure {
    const at = ev === null ? "the initial state" : `step ${ev.seq}`;
    return {
      kind: "error",
      problem: problem("limit", `${n} candidate states at ${at}, more than --max-candidates ${this.options.maxCandidates}: the trace reports too little to pin the spec's state down`, ev?.line ? { file: ev.file, line: ev.line, column: 1 } : undefined, [
        "Report more variables in the trace, give every action parameter, or raise --max-candidates.",
      ]),
      event: ev === null ? null : summarize(ev),
    };
  }

  /** Evaluation errors become a located failure at this step instead of escaping. */
  private guard(ev: CheckEvent, body: () => StepOutcome): StepOutcome {
    try {
      return body();
    } catch (err) {
      if (err instanceof TooMany) return this.tooMany(err.count, ev);
      if (err instanceof ProblemError) {
        const where = ev.seq === 0 ? "the initial state" : `step ${ev.seq} (${ev.action})`;
        return { kind: "error", problem: { ...err.problem, details: [...(err.problem.details ?? []), `while checking ${where} of ${ev.file}${ev.line ? `:${ev.line}` : ""}`] }, event: summarize(ev) };
      }
      throw err;
    }
  }
}

class TooMany extends Error {
  constructor(readonly count: number) {
    super(`too many candidate states: ${count}`);
  }
}

/** The next state an event gives outright: every spec variable reported as a value; else null. */
function fullState(ev: CheckEvent): State | null {
  const out: Value[] = new Array(ev.expect.length);
  for (let i = 0; i < ev.expect.length; i++) {
    const e = ev.expect[i];
    if (e === null || e === undefined || e.kind !== "equals") return null;
    out[i] = e.value;
  }
  return out;
}
