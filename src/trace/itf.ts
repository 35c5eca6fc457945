import { readFile } from "node:fs/promises";
import { problem, type Problem } from "../diagnostics/problem.ts";
import { fromItfValue, ItfValueError, toItfValue } from "./itf-value.ts";
import type { JsonValue } from "./json-value.ts";
import { decodeValue, encodeValue, formatValuePath } from "./json-value.ts";
import { headerSchema, TRACE_FORMAT, TRACE_VERSION, type TraceEvent, type TraceHeader } from "./schema.ts";
import { applyEvent, type TraceState } from "./state.ts";
import type { Trace } from "./reader.ts";
import { headerToJson } from "./writer.ts";
import type { TValue } from "./value.ts";

/**
 * Traces to and from ITF (`.itf.json`), so they travel to Apalache and Quint. ITF lists full
 * states, so export replays the changes from the header's `init`. Each state's `#meta` keeps
 * the step's action, parameters, node and clock, and the trace `#meta` keeps our header, so
 * export then import gives the same trace with every event full.
 *
 * Import of a foreign ITF trace (no header in `#meta`): the action comes from the state's
 * `#meta.action` or Quint's `mbt::actionTaken` variable; when neither exists the step is named
 * `Next`, the spec's whole next-state relation. Quint's `mbt::` variables are not spec state
 * and are dropped from it.
 */
export const ITF_HEADER_KEY = "consensus-harness";
const ACTION_TAKEN = "mbt::actionTaken";
const NONDET_PICKS = "mbt::nondetPicks";

export type ItfResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

function encodeState(state: TraceState, variables: readonly string[]): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const v of variables) out[v] = toItfValue(state[v]!);
  return out;
}

export function traceToItf(trace: Trace, file = "trace"): ItfResult<Record<string, JsonValue>> {
  const { header, events } = trace;
  if (!header.init) return { ok: false, problem: problem("usage", `${file}: ITF needs full states, and this trace's header has no "init" to start from`) };
  let state: TraceState = header.init;
  const states: JsonValue[] = [{ "#meta": { index: 0 }, ...encodeState(state, header.variables) }];
  for (const e of events) {
    const next = applyEvent(state, e);
    if (!next.ok) return { ok: false, problem: problem("trace-format", `${file}: event ${e.seq} (${e.action}): ${next.message}`) };
    state = next.state;
    const params: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(e.params)) params[k] = encodeValue(v);
    states.push({ "#meta": { index: e.seq, action: e.action, params, node: e.node, clock: e.clock }, ...encodeState(state, header.variables) });
  }
  return {
    ok: true,
    value: {
      "#meta": {
        format: "ITF",
        "format-description": "https://apalache-mc.org/docs/adr/015adr-trace.html",
        source: header.spec.path,
        description: `${header.spec.module} trace exported by consensus-harness${header.seed !== undefined ? ` (seed ${header.seed})` : ""}`,
        [ITF_HEADER_KEY]: headerToJson(header),
      },
      vars: [...header.variables],
      states,
    },
  };
}

function fail<T>(file: string, message: string): ItfResult<T> {
  return { ok: false, problem: problem("trace-format", message, { file, line: 1, column: 1 }) };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}

/** Quint's nondet picks: a record of Option variants; `Some(x)` binds the parameter to x. */
function picksToParams(picks: TValue | undefined): Record<string, TValue> {
  const out: Record<string, TValue> = {};
  if (picks === undefined || typeof picks !== "object" || picks.kind !== "record") return out;
  for (const [k, v] of Object.entries(picks.fields)) {
    if (typeof v === "object" && v.kind === "record" && v.fields.tag === "Some" && v.fields.value !== undefined) out[k] = v.fields.value;
  }
  return out;
}

export function itfToTrace(json: unknown, file: string): ItfResult<Trace> {
  if (!isObject(json)) return fail(file, "an ITF trace is a JSON object with \"vars\" and \"states\"");
  const vars = json.vars;
  const rawStates = json.states;
  if (!Array.isArray(vars) || !vars.every((v) => typeof v === "string")) return fail(file, 'ITF "vars" must be an array of variable names');
  if (!Array.isArray(rawStates) || rawStates.length === 0) return fail(file, 'ITF "states" must be a non-empty array');
  const specVars = (vars as string[]).filter((v) => !v.startsWith("mbt::"));
  if (specVars.length === 0) return fail(file, 'ITF "vars" names no spec variable');
  const meta = isObject(json["#meta"]) ? json["#meta"] : {};
  try {
    const states: { state: Record<string, TValue>; meta: Record<string, unknown>; action?: TValue; picks?: TValue }[] = rawStates.map((s, i) => {
      if (!isObject(s)) throw new ItfValueError(`states[${i}]`, "a state must be an object");
      const state: Record<string, TValue> = {};
      for (const v of specVars) {
        if (!Object.hasOwn(s, v)) throw new ItfValueError(`states[${i}]`, `variable ${v} is missing`);
        state[v] = fromItfValue(s[v], `states[${i}].${v}`);
      }
      const action = Object.hasOwn(s, ACTION_TAKEN) ? fromItfValue(s[ACTION_TAKEN], `states[${i}].${ACTION_TAKEN}`) : undefined;
      const picks = Object.hasOwn(s, NONDET_PICKS) ? fromItfValue(s[NONDET_PICKS], `states[${i}].${NONDET_PICKS}`) : undefined;
      return { state, meta: isObject(s["#meta"]) ? s["#meta"] : {}, ...(action !== undefined ? { action } : {}), ...(picks !== undefined ? { picks } : {}) };
    });
    const header = importHeader(meta, specVars, states[0]!.state, file);
    if (!header.ok) return header;
    const events: TraceEvent[] = states.slice(1).map((s, i) => {
      const seq = i + 1;
      const metaAction = typeof s.meta.action === "string" ? s.meta.action : undefined;
      const takenAction = typeof s.action === "string" && s.action.length > 0 ? s.action : undefined;
      let params: Record<string, TValue> = picksToParams(s.picks);
      if (isObject(s.meta.params)) {
        params = {};
        for (const [k, v] of Object.entries(s.meta.params)) {
          const d = decodeValue(v);
          if (!d.ok) throw new ItfValueError(formatValuePath(`states[${seq}].#meta.params.${k}`, d.path), d.message);
          params[k] = d.value;
        }
      }
      return {
        seq,
        node: typeof s.meta.node === "string" && s.meta.node.length > 0 ? s.meta.node : "unknown",
        clock: typeof s.meta.clock === "number" && Number.isInteger(s.meta.clock) && s.meta.clock >= 0 ? s.meta.clock : seq,
        action: metaAction ?? takenAction ?? "Next",
        params,
        full: true as const,
        state: s.state,
      };
    });
    return { ok: true, value: { header: header.value, events } };
  } catch (e) {
    if (e instanceof ItfValueError) return fail(file, `${e.path}: ${e.message}`);
    throw e;
  }
}

function importHeader(meta: Record<string, unknown>, variables: string[], init: Record<string, TValue>, file: string): ItfResult<TraceHeader> {
  const ours = meta[ITF_HEADER_KEY];
  if (ours !== undefined) {
    const r = headerSchema.safeParse(ours);
    if (!r.success) return fail(file, `#meta.${ITF_HEADER_KEY}: not a valid trace header (${r.error.issues[0]!.message})`);
    return { ok: true, value: { ...r.data, init } };
  }
  const source = typeof meta.source === "string" ? meta.source : "";
  const base = source.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const module = /^[A-Za-z_][A-Za-z0-9_]*$/.test(base) ? base : "Unknown";
  return {
    ok: true,
    value: {
      format: TRACE_FORMAT,
      version: TRACE_VERSION,
      spec: { module, path: source || `${module}.tla` },
      constants: {},
      variables,
      init,
      implementation: { name: "itf-import", version: typeof meta.format === "string" ? meta.format : "ITF" },
      ...(typeof meta.description === "string" ? { description: meta.description } : {}),
    },
  };
}

/** Reads and converts an `.itf.json` file (ITF is one JSON document, so it is read whole). */
export async function readItfFile(path: string): Promise<ItfResult<Trace>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, problem: problem("io", `cannot read ${path}: ${code === "ENOENT" ? "no such file" : e instanceof Error ? e.message : String(e)}`) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const offset = pos ? Number(pos[1]) : 0;
    const before = text.slice(0, offset).split("\n");
    return { ok: false, problem: problem("trace-format", `not valid JSON: ${msg.replace(/ in JSON at position \d+.*$/, "")}`, { file: path, line: before.length, column: before[before.length - 1]!.length + 1 }) };
  }
  return itfToTrace(json, path);
}

/** ITF text: the trace object with one state per line, so diffs of exported traces stay readable. */
export function formatItf(itf: Record<string, JsonValue>): string {
  const { states, ...rest } = itf;
  const head = JSON.stringify(rest);
  const body = (states as JsonValue[]).map((s) => JSON.stringify(s)).join(",\n");
  return `${head.slice(0, -1)},"states":[\n${body}\n]}\n`;
}
