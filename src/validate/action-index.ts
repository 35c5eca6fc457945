import { ProblemError, problem, type Problem } from "../diagnostics/problem.ts";
import type { CompiledAction } from "../tla/eval/index.ts";
import { TRUE, decodeTlcJson, fingerprintInto, printValue, setOf, type Value } from "../tla/values/index.ts";
import { matchesJson, type CheckEvent, type ParamValue } from "./check-event.ts";
import { sameValue } from "./same-value.ts";
import type { TraceModel } from "./trace-model.ts";
import type { RejectReason } from "./verdict.ts";

/**
 * From an event's action name and parameters to the spec actions that may have produced it.
 *
 * Next is split into TLC's actions (one per operator call and per value of a constant `\E`
 * bound), each with its operator name and argument values. An event selects the actions of its
 * name whose arguments equal the parameters it gives; a parameter it leaves out is enumerated
 * over the values Next itself binds, so the spec's own bounds decide what "any" means. An event
 * naming an operator that Next does not call directly (it is inside a state-dependent `\E`, say)
 * is evaluated on its own with every parameter given, and its steps must then also satisfy Next.
 */
export type Resolution =
  | { readonly ok: true; readonly actions: readonly CompiledAction[]; readonly checkNext: boolean }
  | { readonly ok: false; readonly reason: RejectReason };

export class ActionIndex {
  private readonly byName = new Map<string, CompiledAction[]>();
  private readonly cache = new Map<string, Resolution>();
  private readonly argTables = new Map<string, Map<string, CompiledAction[]>>();
  private readonly fp = new Uint32Array(2);

  constructor(private readonly model: TraceModel) {
    for (const a of model.next.actions) {
      let list = this.byName.get(a.info.name);
      if (list === undefined) this.byName.set(a.info.name, (list = []));
      list.push(a);
    }
  }

  /** The action names of Next, in TLC's order. */
  names(): string[] {
    return [...this.byName.keys()];
  }

  resolve(ev: Pick<CheckEvent, "action" | "params">): Resolution {
    const quick = this.quickLookup(ev);
    if (quick !== undefined) return quick;
    const key = this.key(ev);
    let r = this.cache.get(key);
    if (r === undefined) {
      r = this.compute(ev);
      // Bounded, so that a long trace with ever new parameter values keeps memory flat.
      if (this.cache.size >= 4096) this.cache.clear();
      this.cache.set(key, r);
    }
    return r;
  }

  /**
   * The hot path: an event whose parameters are all values is looked up by a number mixed from
   * their fingerprints, and confirmed against the fingerprints kept with the entry (so a
   * collision of the mix costs a miss, never a wrong answer). No string is built per event.
   */
  private readonly quick = new Map<number, { readonly action: string; readonly names: readonly string[]; readonly fps: readonly number[]; readonly r: Resolution }[]>();
  private quickSize = 0;

  private quickLookup(ev: Pick<CheckEvent, "action" | "params">): Resolution | undefined {
    const fps: number[] = [];
    let h = hashString(ev.action);
    for (const [, p] of ev.params) {
      if (p.kind !== "value") return undefined;
      try {
        fingerprintInto(p.value, this.fp);
      } catch {
        return undefined;
      }
      fps.push(this.fp[0]!, this.fp[1]!);
      h = Math.imul(h ^ this.fp[0]!, 0x9e3779b1) ^ Math.imul(this.fp[1]!, 0x85ebca6b);
    }
    const bucket = this.quick.get(h);
    if (bucket !== undefined) {
      for (const e of bucket) {
        if (e.action !== ev.action || e.fps.length !== fps.length || e.names.length !== ev.params.length) continue;
        let same = true;
        for (let i = 0; i < fps.length && same; i++) same = e.fps[i] === fps[i];
        for (let i = 0; i < e.names.length && same; i++) same = e.names[i] === ev.params[i]![0];
        if (same) return e.r;
      }
    }
    const r = this.compute(ev);
    // Bounded, so that a long trace with ever new parameter values keeps memory flat.
    if (this.quickSize >= 4096) {
      this.quick.clear();
      this.quickSize = 0;
    }
    const entry = { action: ev.action, names: ev.params.map(([n]) => n), fps, r };
    if (bucket !== undefined) bucket.push(entry);
    else this.quick.set(h, [entry]);
    this.quickSize++;
    return r;
  }

  /** The actions of Next named in `--allow-hidden`, every instance of each. */
  hidden(names: readonly string[]): { ok: true; actions: readonly CompiledAction[] } | { ok: false; problem: Problem } {
    const out: CompiledAction[] = [];
    for (const n of names) {
      const list = this.byName.get(n);
      if (list === undefined) return { ok: false, problem: problem("usage", `--allow-hidden ${n}: Next has no action ${n} (its actions: ${this.names().join(", ")})`) };
      out.push(...list);
    }
    return { ok: true, actions: out };
  }

  private key(ev: Pick<CheckEvent, "action" | "params">): string {
    let k = ev.action;
    for (const [name, p] of ev.params) {
      if (p.kind === "json") k += `|${name}=${JSON.stringify(p.json)}`;
      else {
        try {
          fingerprintInto(p.value, this.fp);
          k += `|${name}=${this.fp[0]}:${this.fp[1]}`;
        } catch {
          k += `|${name}=${printValue(p.value)}`;
        }
      }
    }
    return k;
  }

  private compute(ev: Pick<CheckEvent, "action" | "params">): Resolution {
    const { action, params } = ev;
    if (action === this.model.nextName) {
      if (params.length > 0) return bad(`${action} is the whole next-state relation: it takes no parameters (got ${params.map(([n]) => n).join(", ")})`);
      return { ok: true, actions: this.model.next.actions, checkNext: false };
    }
    const leaves = this.byName.get(action);
    if (leaves !== undefined) return this.fromLeaves(action, params, leaves);
    return this.standalone(action, params);
  }

  private fromLeaves(action: string, params: CheckEvent["params"], leaves: readonly CompiledAction[]): Resolution {
    const formal = leaves[0]!.info.parameters;
    const unknown = params.map(([n]) => n).filter((n) => !leaves.some((l) => l.info.parameters.includes(n)));
    if (unknown.length > 0) return bad(`${action} has no parameter ${unknown.join(", ")} (its parameters: ${formal.join(", ") || "none"})`);
    const matching = this.byArgs(action, formal, params) ?? leaves.filter((l) => params.every(([n, p]) => paramMatches(p, l.info.args[l.info.parameters.indexOf(n)]!)));
    if (matching.length > 0) return { ok: true, actions: matching, checkNext: false };
    const ranges = formal.map((n, i) => `${n} \\in ${printValue(setOf(leaves.map((l) => l.info.args[i]!)))}`);
    const given = params.map(([n, p]) => `${n} = ${showParam(p)}`).join(", ");
    return bad(`Next never takes ${action} with ${given}: it takes ${action} with ${ranges.join(", ")}`);
  }

  /**
   * With every parameter given as a value, the actions are found by hashing the arguments: a
   * spec whose Next has thousands of instances of an action (one per operation number, say)
   * must not be scanned on every event. Null where the hash does not apply.
   */
  private byArgs(action: string, formal: readonly string[], params: CheckEvent["params"]): CompiledAction[] | null {
    if (params.length !== formal.length || params.some(([, p]) => p.kind !== "value")) return null;
    let table = this.argTables.get(action);
    if (table === undefined) {
      table = new Map();
      for (const l of this.byName.get(action)!) {
        if (l.info.parameters.length !== formal.length || l.info.parameters.some((n, i) => n !== formal[i])) return null;
        const k = this.argsKey(l.info.args);
        if (k === null) return null;
        let list = table.get(k);
        if (list === undefined) table.set(k, (list = []));
        list.push(l);
      }
      this.argTables.set(action, table);
    }
    const args: Value[] = [];
    for (const n of formal) {
      const p = params.find(([x]) => x === n);
      if (p === undefined) return null;
      args.push((p[1] as { value: Value }).value);
    }
    const k = this.argsKey(args);
    return k === null ? null : (table.get(k) ?? []);
  }

  private argsKey(args: readonly Value[]): string | null {
    let k = "";
    try {
      for (const a of args) {
        fingerprintInto(a, this.fp);
        k += `${this.fp[0]}:${this.fp[1]},`;
      }
    } catch {
      return null;
    }
    return k;
  }

  private standalone(action: string, params: CheckEvent["params"]): Resolution {
    const spec = this.model.spec;
    const def = spec.definition(action);
    if (def === undefined) return { ok: false, reason: { kind: "unknown-action", action, known: this.names() } };
    if (def.level !== "action") return bad(`${action} is a ${def.level}-level definition of ${def.module}, not an action`);
    try {
      const formal = def.arity === 0 ? [] : spec.action(action, new Array<Value>(def.arity).fill(TRUE)).info.parameters;
      const unknown = params.map(([n]) => n).filter((n) => !formal.includes(n));
      if (unknown.length > 0) return bad(`${action} has no parameter ${unknown.join(", ")} (its parameters: ${formal.join(", ") || "none"})`);
      const missing = formal.filter((n) => !params.some(([p]) => p === n));
      if (missing.length > 0) {
        return bad(`Next does not call ${action} directly with constant arguments, so its parameters cannot be enumerated: the event must give ${missing.join(", ")}`);
      }
      const args = formal.map((n) => this.paramValue(params.find(([p]) => p === n)![1]));
      return { ok: true, actions: [spec.action(action, args)], checkNext: true };
    } catch (err) {
      if (err instanceof ProblemError) return bad(err.problem.message);
      throw err;
    }
  }

  private paramValue(p: ParamValue): Value {
    if (p.kind === "value") return p.value;
    const models = this.model.models;
    return decodeTlcJson(p.json, { modelValue: (name) => (models.has(name) ? models.get(name) : undefined) });
  }
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

function paramMatches(p: ParamValue, arg: Value): boolean {
  return p.kind === "value" ? sameValue(p.value, arg) : matchesJson(arg, p.json);
}

export function showParam(p: ParamValue): string {
  if (p.kind === "json") return p.text;
  try {
    return printValue(p.value);
  } catch {
    return "(a value that cannot be printed)";
  }
}

function bad(message: string): Resolution {
  return { ok: false, reason: { kind: "bad-parameters", message } };
}
