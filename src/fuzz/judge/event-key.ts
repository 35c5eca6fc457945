import type { Change, TraceEvent } from "../../trace/schema.ts";
import type { TValue } from "../../trace/value.ts";

/**
 * What the spec sees of an event, as a string: its action, parameters and reported changes,
 * without the seq, node and clock the spec never reads. Equal strings mean equal events to the
 * spec; sets and records are canonical in the trace layer, so equal values print alike.
 * Hand-written rather than JSON.stringify: it is computed for every event of every run.
 */
export function eventKey(e: TraceEvent): string {
  let s = e.action + "(";
  for (const k in e.params) s += k + "=" + valueKey(e.params[k]!) + ",";
  s += ")";
  if (e.full === true) {
    for (const k in e.state) s += k + "=" + valueKey(e.state[k]!) + ";";
    return s;
  }
  for (const k in e.changes) s += k + changeKey(e.changes[k]!) + ";";
  return s;
}

function changeKey(c: Change): string {
  switch (c.kind) {
    case "value":
      return "=" + valueKey(c.value);
    case "update": {
      let s = "@";
      for (const [k, v] of c.entries) s += valueKey(k) + ">" + valueKey(v) + ",";
      return s;
    }
    case "add": {
      let s = "+";
      for (const v of c.elems) s += valueKey(v) + ",";
      return s;
    }
  }
}

export function valueKey(v: TValue): string {
  switch (typeof v) {
    case "number":
      return String(v);
    case "string":
      return JSON.stringify(v);
    case "boolean":
      return v ? "T" : "F";
  }
  switch (v.kind) {
    case "model":
      return "@" + v.name;
    case "set": {
      let s = "{";
      for (const x of v.elems) s += valueKey(x) + ",";
      return s + "}";
    }
    case "seq": {
      let s = "<";
      for (const x of v.elems) s += valueKey(x) + ",";
      return s + ">";
    }
    case "record": {
      let s = "[";
      for (const k of v.keys) s += k + ":" + valueKey(v.fields[k]!) + ",";
      return s + "]";
    }
    case "fcn": {
      let s = "(";
      for (const [k, x] of v.entries) s += valueKey(k) + ">" + valueKey(x) + ",";
      return s + ")";
    }
  }
}
