import { FingerprintTable } from "../../check/fingerprint-table.ts";
import type { TraceEvent } from "../../trace/schema.ts";
import type { SpecPosition } from "../judge/judge.ts";
import type { RunObserver } from "../run/fuzz-run.ts";
import type { Reachable } from "./reachable-states.ts";

/**
 * What a campaign exercised: how often each spec action occurred in its traces, and which spec
 * states its traces passed through, compared with the states the model checker says the spec
 * can reach with the same constants. So users see what their testing did not reach.
 */
export class CoverageCollector implements RunObserver {
  private readonly visited = new FingerprintTable();
  private readonly actionCounts = new Map<string, number>();

  position(p: SpecPosition): void {
    for (const s of p.states) this.visited.add(s.hi, s.lo, -1);
  }

  event(e: TraceEvent): void {
    this.actionCounts.set(e.action, (this.actionCounts.get(e.action) ?? 0) + 1);
  }

  report(specActions: readonly string[], reachable: Reachable): CoverageReport {
    const actions = specActions.map((name) => ({ name, count: this.actionCounts.get(name) ?? 0 }));
    return { actions, unexercised: actions.filter((a) => a.count === 0).map((a) => a.name), states: this.states(reachable) };
  }

  private states(reachable: Reachable): StateCoverage {
    const visited = this.visited.size;
    if (reachable.kind === "unknown") return { visited, reachable: null, visitedReachable: null, fraction: null, outside: null, note: reachable.why };
    let inside = 0;
    for (let id = 0; id < visited; id++) if (reachable.table.find(this.visited.fingerprintHi(id), this.visited.fingerprintLo(id)) >= 0) inside++;
    const total = reachable.table.size;
    return { visited, reachable: total, visitedReachable: inside, fraction: total === 0 ? 0 : inside / total, outside: visited - inside, note: null };
  }
}

export interface CoverageReport {
  /** Every action of the spec's Next, with how many events of it the campaign's traces held. */
  readonly actions: readonly { readonly name: string; readonly count: number }[];
  readonly unexercised: readonly string[];
  readonly states: StateCoverage;
}

export interface StateCoverage {
  /** Distinct spec states the traces visited. */
  readonly visited: number;
  /** Distinct states the model checker finds with the same constants (null: not computed). */
  readonly reachable: number | null;
  readonly visitedReachable: number | null;
  /** visitedReachable / reachable. */
  readonly fraction: number | null;
  /** Visited states the model checker does not reach: only a mutant's rejected runs (or a spec/engine mismatch) make any. */
  readonly outside: number | null;
  readonly note: string | null;
}
