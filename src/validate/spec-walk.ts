import type { ActionInfo, State } from "../tla/eval/index.ts";
import { nextInt, prngFromSeed, type Prng } from "../sim/prng.ts";
import type { Change, TraceEvent } from "../trace/schema.ts";
import { apply, domainOf, isFunctionLike, isMember, isSetLike, normalizeSet, type Value } from "../tla/values/index.ts";
import { fromValue } from "./from-value.ts";
import { sameValue } from "./same-value.ts";
import type { TraceModel } from "./trace-model.ts";

/**
 * Random behaviours of a spec written as trace events: from an initial state, a seeded choice
 * among all successors of Next, step after step. Every such trace is a behaviour of the spec by
 * construction, so it is what the checker must accept; benchmarks use it for traces of any
 * length and shape (full states, changes only, some variables only) and tests for traces
 * independent of the implementation. Stops early where no successor exists.
 */
export interface WalkOptions {
  readonly seed: number;
  readonly steps: number;
  /** The variables the trace reports (default: all). */
  readonly variables?: readonly string[];
  /** Every event carries the full state of the reported variables instead of its changes. */
  readonly full?: boolean;
}

export function* walkSpec(model: TraceModel, opts: WalkOptions): Generator<TraceEvent, void, undefined> {
  const reported = (opts.variables ?? model.variables).map((v) => model.variables.indexOf(v));
  let g: Prng = prngFromSeed(opts.seed);
  const init = model.initialStates();
  if (init.length === 0) return;
  const first = nextInt(g, init.length);
  g = first.next;
  let s: State = init[first.value]!;
  for (let seq = 1; seq <= opts.steps; seq++) {
    const succ: { t: State; info: ActionInfo }[] = [];
    model.next.successors(s, (t, info) => succ.push({ t, info }));
    if (succ.length === 0) return;
    const pick = nextInt(g, succ.length);
    g = pick.next;
    const { t, info } = succ[pick.value]!;
    const params = Object.fromEntries(info.parameters.map((p, i) => [p, fromValue(info.args[i]!)]));
    const base = { seq, node: "spec", clock: seq, action: info.name, params };
    if (opts.full === true) {
      yield { ...base, full: true, state: Object.fromEntries(reported.map((i) => [model.variables[i]!, fromValue(t[i]!)])) };
    } else {
      const changes: Record<string, Change> = {};
      for (const i of reported) if (!sameValue(s[i]!, t[i]!)) changes[model.variables[i]!] = changeOf(s[i]!, t[i]!);
      yield Object.keys(changes).length > 0 ? { ...base, changes } : base;
    }
    s = t;
  }
}

/** The smallest way to say how `before` became `after`: added elements, updated keys, or the value. */
function changeOf(before: Value, after: Value): Change {
  if (isSetLike(before) && isSetLike(after)) {
    const b = normalizeSet(before).elems;
    const a = normalizeSet(after).elems;
    if (b.every((x) => isMember(x, after)) && a.length > b.length) return { kind: "add", elems: a.filter((x) => !isMember(x, before)).map(fromValue) };
  }
  if (isFunctionLike(before) && isFunctionLike(after) && sameValue(domainOf(before), domainOf(after))) {
    const keys = normalizeSet(domainOf(after)).elems.filter((k) => !sameValue(apply(before, k), apply(after, k)));
    return { kind: "update", entries: keys.map((k) => [fromValue(k), fromValue(apply(after, k))] as const) };
  }
  return { kind: "value", value: fromValue(after) };
}
