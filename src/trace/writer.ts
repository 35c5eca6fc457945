import { encodeValue, type JsonValue } from "./json-value.ts";
import type { Change, TraceEvent, TraceHeader } from "./schema.ts";
import type { TValue } from "./value.ts";

/**
 * Serialising traces. Keys are written in one fixed order and values canonically, so the same
 * run always gives the same bytes (the simulator's determinism tests compare bytes).
 */
function encodeMap(m: Readonly<Record<string, TValue>>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(m)) out[k] = encodeValue(v);
  return out;
}

function encodeChange(c: Change): JsonValue {
  switch (c.kind) {
    case "value":
      return { value: encodeValue(c.value) };
    case "update":
      return { at: c.entries.map(([k, v]) => [encodeValue(k), encodeValue(v)]) };
    case "add":
      return { add: c.elems.map(encodeValue) };
  }
}

export function headerToJson(h: TraceHeader): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {
    format: h.format,
    version: h.version,
    spec: { module: h.spec.module, path: h.spec.path, ...(h.spec.config ? { config: h.spec.config } : {}) },
    constants: encodeMap(h.constants),
    variables: [...h.variables],
  };
  if (h.init) out.init = encodeMap(h.init);
  out.implementation = { name: h.implementation.name, version: h.implementation.version };
  if (h.seed !== undefined) out.seed = h.seed;
  if (h.replay) out.replay = h.replay as JsonValue;
  if (h.description !== undefined) out.description = h.description;
  return out;
}

export function eventToJson(e: TraceEvent): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = { seq: e.seq, node: e.node, clock: e.clock, action: e.action, params: encodeMap(e.params) };
  if (e.changes) {
    const changes: Record<string, JsonValue> = {};
    for (const [k, c] of Object.entries(e.changes)) changes[k] = encodeChange(c);
    out.changes = changes;
  }
  if (e.full) {
    out.full = true;
    out.state = encodeMap(e.state ?? {});
  }
  return out;
}

export function formatHeaderLine(h: TraceHeader): string {
  return JSON.stringify(headerToJson(h));
}

export function formatEventLine(e: TraceEvent): string {
  return JSON.stringify(eventToJson(e));
}

/** The whole trace as NDJSON text, newline-terminated. */
export function formatTrace(header: TraceHeader, events: Iterable<TraceEvent>): string {
  const lines = [formatHeaderLine(header)];
  for (const e of events) lines.push(formatEventLine(e));
  return lines.join("\n") + "\n";
}
