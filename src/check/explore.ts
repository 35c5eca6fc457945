import { problem, ProblemError, type Problem } from "../diagnostics/problem.ts";
import { FingerprintTable, NO_PARENT } from "./fingerprint-table.ts";
import type { ActionCheck, Model, StateCheck } from "./model.ts";

/**
 * Breadth-first exploration as TLC's single worker does it (tlc2.tool.Worker.addElement):
 *
 * - every initial state and every successor counts as generated, duplicates and self-loops too;
 * - a state that fails a CONSTRAINT, or a transition that fails an ACTION_CONSTRAINT, is neither
 *   stored nor explored, but its target still goes through the invariants (quirk 14);
 * - a new state is stored before the invariants are checked, so it counts as distinct and
 *   towards the depth even when it violates one;
 * - invariants are checked on new (or excluded) states; action properties on every transition;
 * - a state is deadlocked when no successor at all is generated (constraints aside).
 *
 * The queue is processed level by level, which is FIFO order, so the depth of a state is known
 * without storing it and the first violation found lies on a shortest path.
 */
export interface ExploreOptions {
  /** Stop with a "limit" verdict once more than this many distinct states are found. */
  readonly maxStates?: number;
  /** Called every `progressEvery` explored states; throttling for display is the caller's job. */
  readonly onProgress?: (p: ExploreStats) => void;
  readonly progressEvery?: number;
}

export interface ExploreStats {
  readonly distinct: number;
  readonly generated: number;
  /** The deepest level stored, an initial state being at level 1 (TLC's "depth"). */
  readonly depth: number;
  /** States found but not explored yet (TLC's "states left on queue"). */
  readonly queued: number;
  /** Distinct initial states (TLC's "Finished computing initial states: N distinct states"). */
  readonly initialStates: number;
}

/**
 * Where a trace ends: the path from an initial state to the stored state `through`, then `last`,
 * a state reached from it (or an initial state, when `through` is NO_PARENT) that the table may
 * not hold: a violating successor, or one a constraint excluded.
 */
export interface TraceEnd<S, A> {
  readonly through: number;
  readonly last: { readonly state: S; readonly action: A | null } | null;
}

export type Verdict<S, A> =
  | { readonly kind: "ok" }
  | { readonly kind: "deadlock"; readonly at: TraceEnd<S, A> }
  | { readonly kind: "invariant"; readonly name: string; readonly at: TraceEnd<S, A> }
  /** An action property failed on a transition, or a refined spec's Init on an initial state. */
  | { readonly kind: "property"; readonly name: string; readonly initial: boolean; readonly at: TraceEnd<S, A> }
  | { readonly kind: "error"; readonly problem: Problem; readonly at: TraceEnd<S, A> }
  | { readonly kind: "limit"; readonly maxStates: number };

export interface Exploration<S, A> {
  readonly verdict: Verdict<S, A>;
  readonly stats: ExploreStats;
  /** The fingerprints seen, with parents: what a counterexample is rebuilt from. */
  readonly table: FingerprintTable;
}

/** Thrown from inside `emit` to leave the model's successor enumeration once a verdict is known. */
const STOP = Symbol("stop exploration");

export function explore<S, A>(model: Model<S, A>, options: ExploreOptions = {}): Exploration<S, A> {
  const { invariants, initProperties, actionProperties, constraints, actionConstraints } = model;
  const maxStates = options.maxStates ?? Infinity;
  const progressEvery = options.progressEvery ?? 256;
  const table = new FingerprintTable();
  const fp = new Uint32Array(2);

  let generated = 0;
  let depth = 0;
  let initialStates = 0;
  // The level being explored and the next one; together they are TLC's FIFO queue.
  let current: S[] = [];
  let currentIds: number[] = [];
  let next: S[] = [];
  let nextIds: number[] = [];
  let head = 0;

  const stats = (): ExploreStats => ({
    distinct: table.size,
    generated,
    depth,
    queued: current.length - head + next.length,
    initialStates,
  });
  const finish = (verdict: Verdict<S, A>): Exploration<S, A> => ({ verdict, stats: stats(), table });

  // Initial states (TLC's DoInitFunctor).
  let inits: readonly S[];
  try {
    inits = model.initialStates();
  } catch (err) {
    return finish(errorVerdict(err, { through: NO_PARENT, last: null }));
  }
  for (const s of inits) {
    generated++;
    const at: TraceEnd<S, A> = { through: NO_PARENT, last: { state: s, action: null } };
    try {
      let unseen = true;
      if (allStates(constraints, s)) {
        model.fingerprint(s, fp);
        const id = table.add(fp[0]!, fp[1]!, NO_PARENT);
        unseen = id >= 0;
        if (unseen) {
          depth = 1;
          initialStates++;
          current.push(s);
          currentIds.push(id);
          if (table.size > maxStates) return finish({ kind: "limit", maxStates });
        }
      }
      if (unseen) {
        const inv = firstFailingState(invariants, s);
        if (inv) return finish({ kind: "invariant", name: inv.name, at });
        const prop = firstFailingState(initProperties, s);
        if (prop) return finish({ kind: "property", name: prop.name, initial: true, at });
      }
    } catch (err) {
      return finish(errorVerdict(err, at));
    }
  }

  // Breadth-first search (TLC's Worker.doNext / addElement).
  let level = 1;
  let curState: S = undefined as S;
  let curId = NO_PARENT;
  let successorCount = 0;
  let stopped: Verdict<S, A> | null = null;

  const emit = (t: S, action: A): void => {
    generated++;
    successorCount++;
    try {
      const inModel = allStates(constraints, t) && allActions(actionConstraints, curState, t);
      let unseen = true;
      let id = NO_PARENT;
      if (inModel) {
        model.fingerprint(t, fp);
        id = table.add(fp[0]!, fp[1]!, curId);
        unseen = id >= 0;
        if (unseen && level + 1 > depth) depth = level + 1;
      }
      if (unseen) {
        const inv = firstFailingState(invariants, t);
        if (inv) {
          stopped = { kind: "invariant", name: inv.name, at: { through: curId, last: { state: t, action } } };
          throw STOP;
        }
      }
      const prop = firstFailingAction(actionProperties, curState, t);
      if (prop) {
        stopped = { kind: "property", name: prop.name, initial: false, at: { through: curId, last: { state: t, action } } };
        throw STOP;
      }
      if (inModel && unseen) {
        next.push(t);
        nextIds.push(id);
        if (table.size > maxStates) {
          stopped = { kind: "limit", maxStates };
          throw STOP;
        }
      }
    } catch (err) {
      if (err === STOP) throw err;
      stopped = errorVerdict(err, { through: curId, last: { state: t, action } });
      throw STOP;
    }
  };

  let explored = 0;
  for (;;) {
    if (head === current.length) {
      if (next.length === 0) break;
      current = next;
      currentIds = nextIds;
      next = [];
      nextIds = [];
      head = 0;
      level++;
    }
    curState = current[head]!;
    curId = currentIds[head]!;
    // Let the explored state be collected; the table keeps what a trace needs.
    current[head] = undefined as S;
    head++;
    successorCount = 0;
    try {
      model.successors(curState, emit);
    } catch (err) {
      if (err === STOP && stopped) return finish(stopped);
      return finish(errorVerdict(err, { through: curId, last: null }));
    }
    if (successorCount === 0 && model.checkDeadlock) return finish({ kind: "deadlock", at: { through: curId, last: null } });
    if (options.onProgress && ++explored % progressEvery === 0) options.onProgress(stats());
  }
  return finish({ kind: "ok" });
}

function allStates<S>(checks: readonly StateCheck<S>[], s: S): boolean {
  for (const c of checks) if (!c.holds(s)) return false;
  return true;
}

function allActions<S>(checks: readonly ActionCheck<S>[], s: S, t: S): boolean {
  for (const c of checks) if (!c.holds(s, t)) return false;
  return true;
}

function firstFailingState<S>(checks: readonly StateCheck<S>[], s: S): StateCheck<S> | undefined {
  for (const c of checks) if (!c.holds(s)) return c;
  return undefined;
}

function firstFailingAction<S>(checks: readonly ActionCheck<S>[], s: S, t: S): ActionCheck<S> | undefined {
  for (const c of checks) if (!c.holds(s, t)) return c;
  return undefined;
}

function errorVerdict<S, A>(err: unknown, at: TraceEnd<S, A>): Verdict<S, A> {
  if (err instanceof ProblemError) return { kind: "error", problem: err.problem, at };
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return { kind: "error", problem: problem("evaluation", "evaluation recursed too deeply (an unbounded RECURSIVE definition?)"), at };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { kind: "error", problem: problem("internal", `exploration failed: ${message}`), at };
}
