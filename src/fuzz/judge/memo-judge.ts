import type { TraceEvent } from "../../trace/schema.ts";
import { eventKey } from "./event-key.ts";
import type { Judge, Judgement, SpecPosition, StateFingerprint } from "./judge.ts";

/**
 * A judge that asks the inner one about each (spec state, event) once. A campaign's runs share
 * their beginnings and keep revisiting the same few thousand spec states, so after a short
 * warm-up almost every step is a lookup; the verdicts are the inner judge's, unchanged.
 *
 * Positions are interned by their key (the candidate states' fingerprints), each with the
 * events already judged from it: the spec's state graph, as far as the campaign explored it.
 * Bounded: when it holds too many steps it starts over rather than grow without limit.
 */
export interface MemoStats {
  /** Steps the inner judge evaluated. */
  readonly misses: number;
  /** Steps answered from memory. */
  readonly hits: number;
}

export interface MemoJudge extends Judge {
  stats(): MemoStats;
}

class MemoPosition implements SpecPosition {
  readonly edges = new Map<string, Judgement>();
  constructor(readonly inner: SpecPosition) {}
  get key(): string {
    return this.inner.key;
  }
  get states(): readonly StateFingerprint[] {
    return this.inner.states;
  }
}

const DEFAULT_CAPACITY = 1_000_000;

export function memoJudge(inner: Judge, capacity = DEFAULT_CAPACITY): MemoJudge {
  let interned = new Map<string, MemoPosition>();
  let edges = 0;
  let hits = 0;
  let misses = 0;
  const intern = (p: SpecPosition): MemoPosition => {
    let m = interned.get(p.key);
    if (m === undefined) interned.set(p.key, (m = new MemoPosition(p)));
    return m;
  };
  const wrap = (j: Judgement): Judgement => (j.kind === "ok" ? { kind: "ok", next: intern(j.next) } : j);
  let initial: Judgement | undefined;
  return {
    model: inner.model,
    initial: () => (initial ??= wrap(inner.initial())),
    step(from: SpecPosition, event: TraceEvent): Judgement {
      if (!(from instanceof MemoPosition)) throw new TypeError("a spec position from another judge");
      const key = eventKey(event);
      const known = from.edges.get(key);
      if (known !== undefined) {
        hits++;
        // A failure names its event's step and line; a stored one may be from another run.
        return known.kind === "ok" ? known : inner.step(from.inner, event);
      }
      misses++;
      const j = wrap(inner.step(from.inner, event));
      if (++edges > capacity) {
        interned = new Map();
        edges = 0;
      }
      from.edges.set(key, j);
      return j;
    },
    stats: () => ({ hits, misses }),
  };
}
