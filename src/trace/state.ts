import type { Change, TraceEvent } from "./schema.ts";
import { applyFunction, showValue, tFcn, tRecord, tSeq, tSet, valuesEqual, type TValue } from "./value.ts";

/**
 * Full states from partial ones: applying an event's changes to the state before it. ITF
 * export needs every state in full, and so does the simulator's full-state mode. The rules are
 * the format's (docs/trace-format.md, "Changes"): `at` keys must be in the function's domain,
 * `add` needs a set.
 */
export type TraceState = Readonly<Record<string, TValue>>;

export type ApplyResult = { readonly ok: true; readonly state: TraceState } | { readonly ok: false; readonly message: string };

type Updated = { readonly ok: true; readonly value: TValue } | { readonly ok: false; readonly message: string };

function updateFunction(f: TValue, entries: readonly (readonly [TValue, TValue])[], variable: string): Updated {
  if (typeof f !== "object" || (f.kind !== "fcn" && f.kind !== "record" && f.kind !== "seq")) {
    return { ok: false, message: `${variable} is ${showValue(f)}, not a function: "at" updates need a function` };
  }
  let cur = f;
  for (const [k, v] of entries) {
    if (applyFunction(cur, k) === undefined) return { ok: false, message: `${showValue(k)} is not in the domain of ${variable}` };
    switch (cur.kind) {
      case "fcn":
        cur = tFcn(cur.entries.map(([x, y]) => [x, valuesEqual(x, k) ? v : y] as const));
        break;
      case "record":
        cur = tRecord({ ...cur.fields, [k as string]: v });
        break;
      case "seq":
        cur = tSeq(cur.elems.map((y, i) => (i + 1 === k ? v : y)));
        break;
    }
  }
  return { ok: true, value: cur };
}

export function applyChange(state: TraceState, variable: string, change: Change): ApplyResult {
  const before = state[variable];
  let after: TValue;
  switch (change.kind) {
    case "value":
      after = change.value;
      break;
    case "update": {
      if (before === undefined) return { ok: false, message: `${variable} has no value yet, so it cannot be updated at keys` };
      const r = updateFunction(before, change.entries, variable);
      if (!r.ok) return r;
      after = r.value;
      break;
    }
    case "add": {
      if (before === undefined || typeof before !== "object" || before.kind !== "set") {
        return { ok: false, message: `${variable} is ${before === undefined ? "undefined" : showValue(before)}, not a set: "add" needs a set` };
      }
      after = tSet([...before.elems, ...change.elems]);
      break;
    }
  }
  return { ok: true, state: { ...state, [variable]: after } };
}

/** The state after `event`, given the state before it. */
export function applyEvent(state: TraceState, event: TraceEvent): ApplyResult {
  if (event.full) return { ok: true, state: { ...(event.state ?? {}) } };
  let cur: ApplyResult = { ok: true, state };
  for (const [v, c] of Object.entries(event.changes ?? {})) {
    cur = applyChange(cur.state, v, c);
    if (!cur.ok) return cur;
  }
  return cur;
}
