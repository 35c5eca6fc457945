import { readFileSync } from "node:fs";
import { declaredConstants } from "../check/constants.ts";
import { problem, type Problem } from "../diagnostics/problem.ts";
import type { ConfigValue, ConstantBinding, ModelConfig } from "../tla/config/model-config.ts";
import { parseConfig } from "../tla/config/parse-config.ts";
import { loadSpec } from "../tla/modules/load-spec.ts";
import type { LoadedSpec } from "../tla/modules/loaded-spec.ts";
import { apply, except, isEvalError, setOf, union, type Value } from "../tla/values/index.ts";
import type { CheckEvent } from "../validate/check-event.ts";
import { openTrace } from "../validate/input/open-trace.ts";
import type { TraceItem } from "../validate/input/opened-trace.ts";
import { printTla } from "../validate/print-state.ts";
import { resolvePaths } from "../validate/resolve-paths.ts";
import type { Session } from "../validate/session.ts";
import { toValue } from "../validate/to-value.ts";
import type { TraceModel } from "../validate/trace-model.ts";
import type { TValue } from "../trace/value.ts";
import type { TraceEvent, TraceSpecInput } from "./trace-spec.ts";

/**
 * A trace file as the input of the trace-validation module (./trace-spec.ts): the trace is read
 * by the trace checker's own readers and bound to the same model (spec, .cfg, the header's
 * constants), so both trace checkers judge the same events against the same spec.
 *
 * Each event becomes its action with the arguments in the operator's parameter order, and, as
 * `changed`, the value after the step of every variable the trace reports: the ones the event
 * changes (a whole value, `at` updates, `add`ed elements, applied to the reported state) and the
 * reported ones it leaves alone, so that the module, like the trace checker, requires them
 * unchanged. Variables the trace does not report are left to the spec.
 *
 * An event the module cannot name (an action the spec does not define, a parameter the operator
 * does not have, a change that cannot be applied) ends the generated trace: the trace checker
 * rejects such an event in any state, so the trace is rejected there exactly when the events
 * before it are accepted (`stop`).
 */
export interface TraceModule {
  readonly file: string;
  readonly specPath: string;
  readonly configPath: string | null;
  readonly input: Omit<TraceSpecInput, "specModule">;
  /** The first event the module cannot express, which the trace checker rejects whatever the state. */
  readonly stop: { readonly step: number; readonly action: string; readonly why: string } | null;
  /** What the user should know about the comparison. */
  readonly notes: readonly string[];
}

export type TraceModuleResult = { readonly ok: true; readonly module: TraceModule } | { readonly ok: false; readonly problem: Problem };

export async function traceModuleInput(file: string, session: Session, flags: { readonly spec?: string; readonly config?: string }): Promise<TraceModuleResult> {
  const opened = await openTrace(file);
  if (!opened.ok) return opened;
  const trace = opened.trace;
  try {
    if (trace.format === "tlc-dump") return usage(`${file}: a TLC -dumpTrace trace is already TLC's; --engine tlc and both read NDJSON and ITF traces`);
    const paths = resolvePaths(file, trace.header, flags);
    if (!paths.ok) return paths;
    const { spec, config } = paths.paths;
    const prepared = session.prepare(spec, config, trace.header.constants, trace.header.location);
    if (!prepared.ok) return prepared;
    const model = prepared.prepared.model;
    const loaded = loadSpec(spec);
    if ("problems" in loaded) return { ok: false, problem: loaded.problems[0]! };
    const cfg = config === null ? null : parseConfig(readFileSync(config, "utf8"), config);
    if (cfg !== null && "problems" in cfg) return { ok: false, problem: cfg.problems[0]! };
    const bound = trace.bind(model);
    if (!bound.ok) return bound;

    const notes: string[] = [];
    const builder = new EventBuilder(model, loaded.spec, notes);
    const initial = builder.initial(bound.trace.initial);
    const events: TraceEvent[] = [];
    let stop: TraceModule["stop"] = null;
    for await (const item of eventsOf(bound.trace.events)) {
      if (item.kind === "problem") return { ok: false, problem: item.problem };
      const e = builder.event(item.event);
      if (e.kind === "problem") return { ok: false, problem: e.problem };
      if (e.kind === "stop") {
        stop = { step: item.event.seq, action: item.event.action, why: e.why };
        break;
      }
      events.push(e.event);
    }
    const constants = constantLines(model, trace.header.constants ?? {}, cfg?.config ?? null);
    if (!constants.ok) return constants;
    const modelValues = builder.modelValues(new Set(declaredConstants(loaded.spec).map((c) => c.name)));
    if (!modelValues.ok) return modelValues;
    if (model.invariants.length + model.actionProperties.length > 0) notes.push("the trace-validation module checks that the trace is a behaviour of the spec; the .cfg's invariants and properties are checked by the native trace checker only");
    return {
      ok: true,
      module: {
        file,
        specPath: spec,
        configPath: config,
        input: { variables: model.variables, events, initial, constants: constants.lines, modelValues: modelValues.names, init: cfg?.config.init?.name ?? "Init" },
        stop,
        notes,
      },
    };
  } finally {
    await trace.close();
  }
}

/** The trace's items one by one, whether its reader yields them singly or in batches (a chunk of the file at a time). */
async function* eventsOf(events: AsyncIterable<TraceItem | readonly TraceItem[]>): AsyncGenerator<TraceItem> {
  for await (const chunk of events) {
    if (Array.isArray(chunk)) yield* chunk as readonly TraceItem[];
    else yield chunk as TraceItem;
  }
}

type Built = { readonly kind: "event"; readonly event: TraceEvent } | { readonly kind: "stop"; readonly why: string } | { readonly kind: "problem"; readonly problem: Problem };

/** Follows the reported state from event to event and prints what the module needs. */
class EventBuilder {
  /** The reported value of each spec variable, null where the trace does not (yet) give it. */
  private reported: (Value | null)[];
  private readonly models = new Set<string>();
  private readonly parameters = new Map<string, readonly string[] | null>();

  constructor(
    private readonly model: TraceModel,
    private readonly spec: LoadedSpec,
    private readonly notes: string[],
  ) {
    this.reported = model.variables.map(() => null);
    for (const a of model.next.actions) if (!this.parameters.has(a.info.name)) this.parameters.set(a.info.name, a.info.parameters);
  }

  initial(e: CheckEvent): Record<string, string> {
    const out: Record<string, string> = {};
    e.expect.forEach((x, i) => {
      if (x?.kind !== "equals") return;
      this.reported[i] = x.value;
      out[this.model.variables[i]!] = this.print(x.value);
    });
    return out;
  }

  event(e: CheckEvent): Built {
    const formal = this.parametersOf(e.action);
    if (formal === null) return { kind: "stop", why: `the spec defines no action ${e.action}` };
    const given = new Map(e.params);
    const unknown = [...given.keys()].filter((n) => !formal.includes(n));
    if (unknown.length > 0) return { kind: "stop", why: `${e.action} has no parameter ${unknown.join(", ")} (its parameters: ${formal.join(", ") || "none"})` };
    const missing = formal.filter((n) => !given.has(n));
    if (missing.length > 0) {
      return { kind: "problem", problem: problem("usage", `${e.file}${e.line !== null ? `:${e.line}` : ""}: event ${e.seq} (${e.action}) leaves out ${missing.join(", ")}: the trace-validation module needs every parameter of each event (the native trace checker enumerates them)`) };
    }
    const params: string[] = [];
    for (const n of formal) {
      const p = given.get(n)!;
      if (p.kind !== "value") return { kind: "problem", problem: problem("usage", `${e.file}: event ${e.seq}: parameters in TLC's JSON encoding cannot be written as TLA+`) };
      params.push(this.print(p.value));
    }
    const next = [...this.reported];
    for (let i = 0; i < e.expect.length; i++) {
      const x = e.expect[i];
      if (x === null || x === undefined) continue;
      const before = this.reported[i] ?? null;
      const name = this.model.variables[i]!;
      if (x.kind === "equals") next[i] = x.value;
      else if (x.kind === "json") return { kind: "problem", problem: problem("usage", `${e.file}: event ${e.seq}: values in TLC's JSON encoding cannot be written as TLA+`) };
      else if (before === null) {
        if (x.kind !== "unchanged") return { kind: "problem", problem: problem("usage", `${e.file}: event ${e.seq} changes ${name}, whose value the trace has not reported yet`) };
        this.notes.push(`${name} is reported as unchanged before the trace gives its value: the module leaves it to the spec`);
      } else if (x.kind === "add") {
        try {
          next[i] = union(before, setOf(x.elems));
        } catch (err) {
          if (!isEvalError(err)) throw err;
          return { kind: "stop", why: `${name} is not a set: "add" needs a set` };
        }
      } else if (x.kind === "update") {
        let cur = before;
        try {
          for (const [k, v] of x.entries) {
            apply(cur, k);
            cur = except(cur, [k], () => v);
          }
        } catch (err) {
          if (!isEvalError(err)) throw err;
          return { kind: "stop", why: `an "at" key of ${name} is outside its domain` };
        }
        next[i] = cur;
      }
    }
    this.reported = next;
    const changed: Record<string, string> = {};
    next.forEach((v, i) => {
      if (v !== null) changed[this.model.variables[i]!] = this.print(v);
    });
    return { kind: "event", event: { action: e.action, params, changed } };
  }

  /** Model values met in printed values, except those the spec declares as constants (`None`). */
  modelValues(constants: ReadonlySet<string>): { ok: true; names: string[] } | { ok: false; problem: Problem } {
    const names = [...this.models].filter((n) => !constants.has(n));
    const clash = names.find((n) => this.model.variables.includes(n) || this.model.spec.definition(n) !== undefined);
    if (clash !== undefined) return usage(`the model value ${clash} has the name of a variable or definition of the spec: the trace-validation module cannot name it`);
    return { ok: true, names };
  }

  private print(v: Value): string {
    collectModelValues(v, this.models);
    return printTla(v);
  }

  /** The operator's formal parameters, from Next's actions or else the spec's definitions; null if it has none of that name. */
  private parametersOf(action: string): readonly string[] | null {
    if (!this.parameters.has(action)) {
      let found: readonly string[] | null = null;
      for (const m of [...this.spec.order].reverse()) {
        const def = this.spec.modules.get(m)?.ast.units.find((u) => u.kind === "operator" && u.name === action);
        if (def?.kind === "operator") {
          found = def.params.map((p) => p.name);
          break;
        }
      }
      this.parameters.set(action, found);
    }
    return this.parameters.get(action)!;
  }
}

function collectModelValues(v: Value, into: Set<string>): void {
  switch (v.kind) {
    case "model":
      into.add(v.name);
      return;
    case "set":
    case "tuple":
      for (const e of v.elems) collectModelValues(e, into);
      return;
    case "record":
      for (const e of v.values) collectModelValues(e, into);
      return;
    case "fcn":
      for (const e of v.domain) collectModelValues(e, into);
      for (const e of v.values) collectModelValues(e, into);
      return;
    default:
      return;
  }
}

/**
 * The .cfg lines for the constants: the header's values (which win, as in the trace checker),
 * then the user's .cfg for the rest. A .cfg holds numbers, strings, Booleans, model values and
 * sets of them; a header constant of another kind cannot be passed to TLC that way.
 */
function constantLines(model: TraceModel, header: Readonly<Record<string, TValue>>, config: ModelConfig | null): { ok: true; lines: string[] } | { ok: false; problem: Problem } {
  const lines: string[] = [];
  for (const [name, tv] of Object.entries(header)) {
    const text = cfgText(toValue(tv, model.models));
    if (text === null) return usage(`the trace's constant ${name} = ${printTla(toValue(tv, model.models))} cannot be written in a .cfg (numbers, strings, Booleans, model values and sets of them), which is how the trace-validation module gets its constants`);
    lines.push(`${name} = ${text}`);
  }
  for (const b of config?.constants ?? []) if (!Object.hasOwn(header, b.name.name)) lines.push(bindingText(b));
  return { ok: true, lines };
}

function cfgText(v: Value): string | null {
  switch (v.kind) {
    case "int":
    case "string":
    case "bool":
    case "model":
      return printTla(v);
    case "set": {
      const elems = v.elems.map(cfgText);
      return elems.every((e) => e !== null) ? `{${elems.join(", ")}}` : null;
    }
    default:
      return null;
  }
}

function bindingText(b: ConstantBinding): string {
  if (b.kind === "substitution") return `${b.name.name} <-${b.module !== null ? `[${b.module.name}]` : ""} ${b.op.name}`;
  return `${b.name.name} = ${configValueText(b.value)}`;
}

function configValueText(v: ConfigValue): string {
  switch (v.kind) {
    case "int":
      return String(v.value);
    case "string":
      return JSON.stringify(v.value);
    case "bool":
      return v.value ? "TRUE" : "FALSE";
    case "model":
      return v.name;
    case "set":
      return `{${v.elems.map(configValueText).join(", ")}}`;
  }
}

function usage(message: string): { ok: false; problem: Problem } {
  return { ok: false, problem: problem("usage", message) };
}
