import { fail } from "../diagnostics/problem.ts";
import type { TraceEnd } from "./explore.ts";
import { NO_PARENT, type FingerprintTable } from "./fingerprint-table.ts";
import type { Model } from "./model.ts";

export interface TraceState<S, A> {
  readonly state: S;
  /** The action that produced the state; null for an initial state. */
  readonly action: A | null;
}

const FOUND = Symbol("found");

/**
 * Rebuilds the states of a counterexample from fingerprints alone, as TLC (TLCTrace) and
 * Stateright do: walk the parents back to an initial state, then replay forwards, each time
 * taking the first initial state or successor whose fingerprint is the next one on the path.
 * The action of each step is the first one, in generation order, that reaches that fingerprint.
 */
export function rebuildTrace<S, A>(model: Model<S, A>, table: FingerprintTable, end: TraceEnd<S, A>): TraceState<S, A>[] {
  const trace: TraceState<S, A>[] = [];
  if (end.through !== NO_PARENT) {
    const fp = new Uint32Array(2);
    const matches = (id: number, s: S): boolean => {
      model.fingerprint(s, fp);
      return fp[0] === table.fingerprintHi(id) && fp[1] === table.fingerprintLo(id);
    };
    const path = table.pathTo(end.through);
    const first = model.initialStates().find((s) => matches(path[0]!, s));
    if (first === undefined) return lost(0);
    trace.push({ state: first, action: null });
    for (let k = 1; k < path.length; k++) {
      const from = trace[k - 1]!.state;
      let found: TraceState<S, A> | undefined;
      try {
        model.successors(from, (t, action) => {
          // A transition an action constraint excludes did not put the state in the table.
          if (matches(path[k]!, t) && model.actionConstraints.every((c) => c.holds(from, t))) {
            found = { state: t, action };
            throw FOUND;
          }
        });
      } catch (err) {
        if (err !== FOUND) throw err;
      }
      if (found === undefined) return lost(k);
      trace.push(found);
    }
  }
  if (end.last) trace.push(end.last);
  return trace;
}

function lost(step: number): never {
  return fail(
    "internal",
    `could not rebuild the counterexample at step ${step + 1}: replaying the model did not reach the recorded state ` +
      "(is the spec's next-state relation deterministic in what it generates?)",
  );
}
