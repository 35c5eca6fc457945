import type { ActionInfo, ConstantBinding, State } from "../../src/tla/eval/index.ts";
import { compileSpec } from "../../src/tla/eval/index.ts";
import { loadSpec } from "../../src/tla/modules/load-spec.ts";
import { tlaModel } from "../../src/check/tla-model.ts";
import { bool, fcnOf, int, modelValue, printValue, recordOf, setOf, str, tupleOf, type Value } from "../../src/tla/values/index.ts";
import { applyEvent, type TraceState } from "../../src/trace/state.ts";
import type { TValue } from "../../src/trace/value.ts";
import type { Recorded } from "./helpers.ts";

/**
 * Whether a trace is a behaviour of its spec, decided by brute force and without the trace
 * checker: the model checker's view of the spec (src/check/tla-model.ts) enumerates every
 * successor of every candidate state through the whole of Next; a successor is kept when its
 * action label is the event's (name and the parameters it gives, compared as TLC prints them)
 * and every reported variable prints as the trace's full reported state, which the trace layer
 * (src/trace/state.ts) rebuilds from the changes. It shares neither the checker's action
 * index, nor its change semantics, nor its fingerprint comparisons. Slow; for short traces.
 */
export type OracleVerdict = { readonly behaviour: true } | { readonly behaviour: false; readonly step: number };

interface Compiled {
  readonly spec: ReturnType<typeof compileOrThrow>;
  readonly model: ReturnType<typeof tlaModel>;
  readonly convert: (t: TValue) => Value;
}

const compiledSpecs = new Map<string, Compiled>();

function compileOrThrow(specPath: string, bindings: ReadonlyMap<string, ConstantBinding>) {
  const loaded = loadSpec(specPath);
  if ("problems" in loaded) throw new Error(loaded.problems[0]!.message);
  const compiled = compileSpec(loaded.spec, bindings, { print: () => {} });
  if (!compiled.ok) throw new Error(compiled.problems[0]!.message);
  return compiled.spec;
}

function compiledFor(trace: Recorded, specPath: string): Compiled {
  const key = `${specPath}\u0000${JSON.stringify(trace.header.constants)}`;
  const cached = compiledSpecs.get(key);
  if (cached !== undefined) return cached;
  const ranks = new Map<string, number>();
  const convert = (t: TValue): Value => {
    if (typeof t === "number") return int(t);
    if (typeof t === "string") return str(t);
    if (typeof t === "boolean") return bool(t);
    switch (t.kind) {
      case "model":
        if (!ranks.has(t.name)) ranks.set(t.name, ranks.size + 100);
        return modelValue(t.name, ranks.get(t.name)!);
      case "set":
        return setOf(t.elems.map(convert));
      case "seq":
        return tupleOf(t.elems.map(convert));
      case "record":
        return recordOf(Object.keys(t.fields), Object.values(t.fields).map(convert));
      case "fcn":
        return fcnOf(t.entries.map(([k]) => convert(k)), t.entries.map(([, v]) => convert(v)));
    }
  };
  const bindings = new Map<string, ConstantBinding>(Object.entries(trace.header.constants).map(([k, v]) => [k, { kind: "value", value: convert(v) }]));
  const spec = compileOrThrow(specPath, bindings);
  const model = tlaModel({
    spec,
    initialStates: () => spec.initialStates("Init"),
    next: spec.next("Next"),
    invariants: [],
    initProperties: [],
    actionProperties: [],
    constraints: [],
    actionConstraints: [],
    checkDeadlock: false,
  });
  const c = { spec, model, convert };
  compiledSpecs.set(key, c);
  return c;
}

export function oracle(trace: Recorded, specPath: string): OracleVerdict {
  const { spec, model, convert } = compiledFor(trace, specPath);
  const reported = trace.header.variables.map((v) => spec.variables.indexOf(v));
  // A value TLC cannot print (a set mixing kinds) equals nothing.
  let unprintable = 0;
  const print = (v: Value) => {
    try {
      return printValue(v);
    } catch {
      return `<unprintable ${unprintable++}>`;
    }
  };
  const agrees = (s: State, r: TraceState) => reported.every((i) => print(s[i]!) === print(convert(r[spec.variables[i]!]!)));
  const key = (s: State) => s.map(print).join("|");

  let report: TraceState = trace.header.init ?? {};
  let states = new Map<string, State>();
  for (const s of model.initialStates()) if (agrees(s, report)) states.set(key(s), s);
  if (states.size === 0) return { behaviour: false, step: 0 };
  for (const e of trace.events) {
    const applied = applyEvent(report, e);
    if (!applied.ok) return { behaviour: false, step: e.seq };
    report = applied.state;
    const wanted = Object.entries(e.params).map(([n, v]) => [n, print(convert(v))] as const);
    const labelled = (info: ActionInfo) => info.name === e.action && wanted.every(([n, v]) => info.parameters.includes(n) && print(info.args[info.parameters.indexOf(n)]!) === v);
    const next = new Map<string, State>();
    for (const s of states.values()) {
      model.successors(s, (t, info) => {
        if (labelled(info) && agrees(t, report)) next.set(key(t), t);
      });
    }
    if (next.size === 0) return { behaviour: false, step: e.seq };
    states = next;
  }
  return { behaviour: true };
}
