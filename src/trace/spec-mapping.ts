import type { Problem } from "../diagnostics/problem.ts";
import type { SimRecord } from "../sim/world.ts";
import { TRACE_FORMAT, TRACE_VERSION, type TraceEvent, type TraceHeader } from "./schema.ts";
import type { TValue } from "./value.ts";
import { IMPLEMENTATION_VERSION } from "../protocol/version.ts";
import type { TraceState } from "./state.ts";

/**
 * How a protocol's events become spec steps: the refinement mapping from implementation to
 * spec, in the trace layer so that the protocol never depends on the trace format. One per
 * protocol (./paxos-mapping.ts, ./register-mapping.ts).
 */
export interface SpecMapping<E> {
  /** The spec variables the events report (the header's `variables`). */
  readonly variables: readonly string[];
  header(meta: HeaderMeta): TraceHeader;
  /** The reported variables in the spec's initial state, for these constants. */
  initialState(): TraceState;
  /** The event with its changed variables only (partial updates where the spec uses EXCEPT). */
  toEvent(record: SimRecord<E>): TraceEvent;
}

export interface HeaderMeta {
  readonly seed?: number;
  readonly replay?: Readonly<Record<string, unknown>>;
  readonly description?: string;
}

export type MappingResult<E> = { readonly ok: true; readonly mapping: SpecMapping<E> } | { readonly ok: false; readonly problem: Problem };

/** The header every mapping writes: the spec, its constants and variables, who produced it. */
export function buildHeader(
  spec: { readonly module: string; readonly implementation: string },
  constants: Readonly<Record<string, TValue>>,
  variables: readonly string[],
  init: TraceState,
  meta: HeaderMeta,
): TraceHeader {
  return {
    format: TRACE_FORMAT,
    version: TRACE_VERSION,
    spec: { module: spec.module, path: `spec/${spec.module}.tla` },
    constants: { ...constants },
    variables: [...variables],
    init: { ...init },
    implementation: { name: spec.implementation, version: IMPLEMENTATION_VERSION },
    ...(meta.seed !== undefined ? { seed: meta.seed } : {}),
    ...(meta.replay ? { replay: { ...meta.replay } } : {}),
    ...(meta.description !== undefined ? { description: meta.description } : {}),
  };
}
