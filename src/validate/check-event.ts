import type { State } from "../tla/eval/index.ts";
import { apply, except, isSetLike, isFunctionLike, isEvalError, matchesTlcJson, printValue, setOf, union, type Json, type Value } from "../tla/values/index.ts";
import { sameValue } from "./same-value.ts";

/**
 * An event as the step checker sees it, whatever file format it came from (./input/*): the
 * action with its parameters, and for each spec variable what the event says about its value
 * after the step. Formats differ only in how they say it:
 *
 * - `equals`: the whole new value (a full state, `{"value": v}`);
 * - `unchanged`: a reported variable the event does not mention keeps its value;
 * - `update`: a function changed at some keys (`{"at": ...}`, EXCEPT ![k] = v; keys must be in its domain);
 * - `add`: elements added to a set (`{"add": ...}`: the new value is the old one \cup the elements);
 * - `json`: the value's TLC `-dumpTrace json` encoding (which forgets kinds, so it is compared
 *   encoded, never decoded).
 *
 * A variable the trace does not report has no expectation (null): the spec reconstructs it.
 */
export type Expectation =
  | { readonly kind: "equals"; readonly value: Value }
  | { readonly kind: "unchanged" }
  | { readonly kind: "update"; readonly entries: readonly (readonly [Value, Value])[] }
  | { readonly kind: "add"; readonly elems: readonly Value[] }
  | { readonly kind: "json"; readonly json: Json };

/** A parameter's value: an engine value, or TLC JSON for `-dumpTrace` traces (with its TLA+ text for messages). */
export type ParamValue = { readonly kind: "value"; readonly value: Value } | { readonly kind: "json"; readonly json: Json; readonly text: string };

export interface CheckEvent {
  /** 1-based step; 0 only for an initial state. */
  readonly seq: number;
  readonly file: string;
  readonly line: number | null;
  readonly node: string | null;
  readonly action: string;
  readonly params: readonly (readonly [string, ParamValue])[];
  /** Indexed like the spec's variables. */
  readonly expect: readonly (Expectation | null)[];
}

/**
 * What a successor must be, given the state before the event: per variable a value, JSON, or
 * nothing. The expectations that need no state are their own targets (no copy per candidate).
 */
export type Target = readonly (TargetValue | null)[];
export type TargetValue = { readonly kind: "equals"; readonly value: Value } | { readonly kind: "json"; readonly json: Json };

export type TargetResult = { readonly ok: true; readonly target: Target } | { readonly ok: false; readonly message: string };

/** The values the event reports, resolved against the candidate state `s` it starts from. */
export function targetFrom(expect: readonly (Expectation | null)[], s: State, variables: readonly string[]): TargetResult {
  if (standsAlone(expect)) return { ok: true, target: expect as Target };
  const out: (TargetValue | null)[] = new Array(expect.length);
  for (let i = 0; i < expect.length; i++) {
    const e = expect[i];
    if (e === null || e === undefined) {
      out[i] = null;
      continue;
    }
    switch (e.kind) {
      case "equals":
      case "json":
        out[i] = e;
        break;
      case "unchanged":
        out[i] = { kind: "equals", value: s[i]! };
        break;
      case "update": {
        const r = updated(s[i]!, e.entries, variables[i]!);
        if (typeof r === "string") return { ok: false, message: r };
        out[i] = { kind: "equals", value: r };
        break;
      }
      case "add": {
        const before = s[i]!;
        if (!isSetLike(before)) return { ok: false, message: `${variables[i]} is ${printValue(before)} in the spec's state, not a set: "add" needs a set` };
        out[i] = { kind: "equals", value: union(before, setOf(e.elems)) };
        break;
      }
    }
  }
  return { ok: true, target: out };
}

/** Whether every expectation is its own target (a full state, TLC's JSON), so no per-state copy is needed. */
function standsAlone(expect: readonly (Expectation | null)[]): boolean {
  for (const e of expect) if (e !== null && e.kind !== "equals" && e.kind !== "json") return false;
  return true;
}

function updated(f: Value, entries: readonly (readonly [Value, Value])[], variable: string): Value | string {
  if (!isFunctionLike(f)) return `${variable} is ${printValue(f)} in the spec's state, not a function: "at" updates need a function`;
  let cur: Value = f;
  for (const [k, v] of entries) {
    try {
      apply(cur, k);
    } catch (err) {
      if (!isEvalError(err)) throw err;
      return `${printValue(k)} is not in the domain of ${variable} (${printValue(f)})`;
    }
    cur = except(cur, [k], () => v);
  }
  return cur;
}

/** Whether successor `t` agrees with every reported variable. */
export function agrees(t: State, target: Target): boolean {
  for (let i = 0; i < target.length; i++) {
    const x = target[i];
    if (x !== null && x !== undefined && !agreesAt(t[i]!, x)) return false;
  }
  return true;
}

export function agreesAt(v: Value, x: TargetValue): boolean {
  return x.kind === "equals" ? sameValue(v, x.value) : matchesJson(v, x.json);
}

/** Whether `v` encodes to `j` in TLC's JSON; a value without an encoding matches nothing. */
export function matchesJson(v: Value, j: Json): boolean {
  try {
    return matchesTlcJson(v, j);
  } catch (err) {
    if (isEvalError(err)) return false;
    throw err;
  }
}
