import type { SimRecord } from "../sim/world.ts";
import type { TraceEvent, TraceHeader } from "./schema.ts";
import type { HeaderMeta, SpecMapping } from "./spec-mapping.ts";
import { applyEvent, type TraceState } from "./state.ts";

/**
 * Turning a simulated run into a trace. Events carry only what changed, except every
 * `fullStateEvery`-th event (0: none, 1: all), which carries the full state instead: a checker
 * can resynchronise there, and the trace checker's full-state benchmark uses it.
 */
export interface RecordOptions {
  readonly fullStateEvery?: number;
}

export interface RecordedTrace {
  readonly header: TraceHeader;
  readonly events: readonly TraceEvent[];
}

export function recordTrace<E>(mapping: SpecMapping<E>, records: readonly SimRecord<E>[], meta: HeaderMeta, opts: RecordOptions = {}): RecordedTrace {
  const every = opts.fullStateEvery ?? 0;
  let state: TraceState = mapping.initialState();
  const events: TraceEvent[] = [];
  for (const r of records) {
    const partial = mapping.toEvent(r);
    if (every <= 0) {
      events.push(partial);
      continue;
    }
    const next = applyEvent(state, partial);
    // The mapping builds updates from the implementation's own state, so they always apply.
    if (!next.ok) throw new Error(`internal: event ${partial.seq} does not apply to the state before it: ${next.message}`);
    state = next.state;
    if (partial.seq % every === 0) {
      const { changes: _changes, ...rest } = partial;
      events.push({ ...rest, full: true, state });
    } else events.push(partial);
  }
  return { header: mapping.header(meta), events };
}
