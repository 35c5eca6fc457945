import { decodeValue } from "./json-value.ts";
import type { Change, TraceEvent } from "./schema.ts";
import type { TValue } from "./value.ts";

/**
 * A hand-written decoder for well-formed event lines, several times faster than running the
 * zod schema: the trace checker reads hundreds of thousands of events. It accepts exactly what
 * `eventSchema` accepts and returns the same value; on anything unusual it returns undefined
 * and the reader runs the schema, which is the definition and words the error.
 * test/trace/fast-event.test.ts checks the two agree on random well-formed and broken lines.
 */
const EVENT_KEYS = new Set(["seq", "node", "clock", "action", "params", "changes", "full", "state"]);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}

function values(obj: unknown, keysMustBeIdentifiers: boolean): Record<string, TValue> | undefined {
  if (!isPlainObject(obj)) return undefined;
  const out: Record<string, TValue> = {};
  for (const k in obj) {
    if (keysMustBeIdentifiers && !IDENTIFIER.test(k)) return undefined;
    const d = decodeValue(obj[k]);
    if (!d.ok) return undefined;
    out[k] = d.value;
  }
  return out;
}

function change(c: unknown): Change | undefined {
  if (!isPlainObject(c)) return undefined;
  const keys = Object.keys(c);
  if (keys.length !== 1) return undefined;
  const body = c[keys[0]!];
  switch (keys[0]) {
    case "value": {
      // zod treats {"value": undefined} as absent; JSON cannot say undefined, so body is set.
      const d = decodeValue(body);
      return d.ok ? { kind: "value", value: d.value } : undefined;
    }
    case "add": {
      if (!Array.isArray(body) || body.length === 0) return undefined;
      const elems: TValue[] = [];
      for (const e of body) {
        const d = decodeValue(e);
        if (!d.ok) return undefined;
        elems.push(d.value);
      }
      return { kind: "add", elems };
    }
    case "at": {
      if (!Array.isArray(body) || body.length === 0) return undefined;
      const entries: (readonly [TValue, TValue])[] = [];
      for (const pair of body) {
        if (!Array.isArray(pair) || pair.length !== 2) return undefined;
        const k = decodeValue(pair[0]);
        const v = decodeValue(pair[1]);
        if (!k.ok || !v.ok) return undefined;
        entries.push([k.value, v.value]);
      }
      return { kind: "update", entries };
    }
    default:
      return undefined;
  }
}

export function decodeEventFast(json: unknown): TraceEvent | undefined {
  if (!isPlainObject(json)) return undefined;
  for (const k in json) if (!EVENT_KEYS.has(k)) return undefined;
  const { seq, node, clock, action } = json;
  if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq <= 0) return undefined;
  if (typeof node !== "string" || node.length === 0) return undefined;
  if (typeof clock !== "number" || !Number.isSafeInteger(clock) || clock < 0) return undefined;
  if (typeof action !== "string" || !IDENTIFIER.test(action)) return undefined;
  const params = values(json.params, true);
  if (!params) return undefined;
  const hasState = Object.hasOwn(json, "state");
  const hasFull = Object.hasOwn(json, "full");
  const hasChanges = Object.hasOwn(json, "changes");
  if (hasFull !== hasState || (hasFull && json.full !== true) || (hasState && hasChanges)) return undefined;
  if (hasState) {
    const state = values(json.state, false);
    return state ? { seq, node, clock, action, params, full: true, state } : undefined;
  }
  if (!hasChanges) return { seq, node, clock, action, params };
  if (!isPlainObject(json.changes)) return undefined;
  const changes: Record<string, Change> = {};
  for (const k in json.changes) {
    const c = change(json.changes[k]);
    if (!c) return undefined;
    changes[k] = c;
  }
  return { seq, node, clock, action, params, changes };
}
