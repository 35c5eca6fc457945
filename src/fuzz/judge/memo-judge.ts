import type { TraceEvent } from "../../trace/schema.ts";
import type { Judge, Judgement, SpecPosition } from "./judge.ts";

/**
 * A judge that asks the inner one about each (spec state, event) once. A campaign's runs share
 * their beginnings and keep revisiting the same few thousand spec states, so after a short
 * warm-up almost every step is a lookup; the verdicts are the inner judge's, unchanged.
 *
 * The key is the candidate states' fingerprints and the event without its seq, node and clock,
 * which the spec never reads. Bounded: when full it starts over rather than grow without limit.
 */
export interface MemoStats {
  readonly hits: number;
  readonly misses: number;
}

export interface MemoJudge extends Judge {
  stats(): MemoStats;
}

const DEFAULT_CAPACITY = 500_000;

export function memoJudge(inner: Judge, capacity = DEFAULT_CAPACITY): MemoJudge {
  const cache = new Map<string, Judgement>();
  let initial: Judgement | undefined;
  let hits = 0;
  let misses = 0;
  return {
    model: inner.model,
    initial: () => (initial ??= inner.initial()),
    step(from: SpecPosition, event: TraceEvent): Judgement {
      const key = `${from.key}|${eventKey(event)}`;
      const known = cache.get(key);
      if (known !== undefined) {
        hits++;
        // A failure names its step; the cached one may come from a run where it was another.
        return known.kind === "ok" ? known : inner.step(from, event);
      }
      misses++;
      const j = inner.step(from, event);
      if (cache.size >= capacity) cache.clear();
      cache.set(key, j);
      return j;
    },
    stats: () => ({ hits, misses }),
  };
}

/** What the spec sees of an event: its action, parameters and reported changes. */
export function eventKey(e: TraceEvent): string {
  return JSON.stringify(e.full === true ? [e.action, e.params, e.state] : [e.action, e.params, e.changes ?? null]);
}
