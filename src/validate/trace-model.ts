import { existsSync, readFileSync } from "node:fs";
import type { SourceLocation } from "../diagnostics/location.ts";
import { problem, ProblemError, type Problem } from "../diagnostics/problem.ts";
import { checkAssumptions, type AssumptionOutcome } from "../check/assumptions.ts";
import { bindModel } from "../check/bind.ts";
import type { ActionCheck, StateCheck } from "../check/model.ts";
import { decomposeProperty } from "../check/temporal.ts";
import type { ModelConfig } from "../tla/config/model-config.ts";
import { parseConfig } from "../tla/config/parse-config.ts";
import { compileSpec, type CompiledSpec, type NextRelation, type State } from "../tla/eval/index.ts";
import type { LoadedSpec } from "../tla/modules/loaded-spec.ts";
import { loadSpec } from "../tla/modules/load-spec.ts";
import type { TValue } from "../trace/value.ts";
import { bindTraceConstants } from "./bind-constants.ts";
import type { ModelValueTable } from "./model-values.ts";

/**
 * What a trace is checked against: the compiled spec with the trace's constants, its initial
 * states, Next split into actions, and the .cfg's invariants and action properties. Built once
 * per (spec, .cfg, constants) and shared by every trace that has them (./model-cache.ts).
 */
export interface TraceModel {
  readonly specPath: string;
  readonly configPath: string | null;
  readonly spec: CompiledSpec;
  readonly variables: readonly string[];
  readonly models: ModelValueTable;
  readonly initialStates: () => readonly State[];
  readonly next: NextRelation;
  /** The name of the next-state operator, which an event may name to mean "any action". */
  readonly nextName: string;
  readonly invariants: readonly StateCheck<State>[];
  readonly initProperties: readonly StateCheck<State>[];
  readonly actionProperties: readonly ActionCheck<State>[];
  readonly assumptions: AssumptionOutcome;
  readonly notes: readonly string[];
}

export interface TraceModelRequest {
  readonly specPath: string;
  readonly configPath: string | null;
  readonly constants: Readonly<Record<string, TValue>> | null;
  readonly headerLocation: SourceLocation;
}

export type TraceModelResult = { readonly ok: true; readonly model: TraceModel } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Parsed specs and configs by path: a batch parses each once. */
export interface SourceCache {
  spec(path: string): ReturnType<typeof loadSpec>;
  config(path: string): { readonly config: ModelConfig } | { readonly problems: readonly Problem[] };
}

export function sourceCache(): SourceCache {
  const specs = new Map<string, ReturnType<typeof loadSpec>>();
  const configs = new Map<string, { readonly config: ModelConfig } | { readonly problems: readonly Problem[] }>();
  return {
    spec(path) {
      let s = specs.get(path);
      if (s === undefined) {
        s = loadSpec(path);
        specs.set(path, s);
      }
      return s;
    },
    config(path) {
      let c = configs.get(path);
      if (c === undefined) {
        c = existsSync(path) ? parseConfig(readFileSync(path, "utf8"), path) : { problems: [problem("io", `Cannot find the model configuration file ${path}.`)] };
        configs.set(path, c);
      }
      return c;
    },
  };
}

export function buildTraceModel(req: TraceModelRequest, sources: SourceCache = sourceCache()): TraceModelResult {
  const loaded = sources.spec(req.specPath);
  if ("problems" in loaded) return { ok: false, problems: loaded.problems };
  let config: ModelConfig | null = null;
  if (req.configPath !== null) {
    const c = sources.config(req.configPath);
    if ("problems" in c) return { ok: false, problems: c.problems };
    config = c.config;
  }
  const definitions = definitionsOf(loaded.spec);
  const constants = bindTraceConstants(loaded.spec, { config, header: req.constants, headerLocation: req.headerLocation, isDefinition: (n) => definitions.has(n) });
  if (!constants.ok) return { ok: false, problems: constants.problems };
  const compiled = compileSpec(loaded.spec, constants.value.bindings, { print: () => {} });
  if (!compiled.ok) return { ok: false, problems: compiled.problems };
  const spec = compiled.spec;
  const notes = [...constants.value.notes];
  try {
    const parts = config ? fromConfig(spec, config, notes) : withoutConfig(spec, notes);
    if (!parts.ok) return parts;
    let initial: readonly State[] | null = null;
    return {
      ok: true,
      model: {
        specPath: req.specPath,
        configPath: req.configPath,
        spec,
        variables: spec.variables,
        models: constants.value.models,
        initialStates: () => (initial ??= parts.initialStates()),
        next: parts.next,
        nextName: parts.nextName,
        invariants: parts.invariants,
        initProperties: parts.initProperties,
        actionProperties: parts.actionProperties,
        assumptions: checkAssumptions(spec),
        notes,
      },
    };
  } catch (err) {
    if (err instanceof ProblemError) return { ok: false, problems: [err.problem] };
    throw err;
  }
}

interface Parts {
  readonly ok: true;
  readonly initialStates: () => State[];
  readonly next: NextRelation;
  readonly nextName: string;
  readonly invariants: readonly StateCheck<State>[];
  readonly initProperties: readonly StateCheck<State>[];
  readonly actionProperties: readonly ActionCheck<State>[];
}

function withoutConfig(spec: CompiledSpec, notes: string[]): Parts | { ok: false; problems: readonly Problem[] } {
  const missing = ["Init", "Next"].filter((n) => spec.definition(n) === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [problem("config-parse", `No .cfg was given and the spec ${spec.rootModule} defines no ${missing.join(" and ")}: pass --config naming INIT and NEXT or a SPECIFICATION.`)],
    };
  }
  notes.push("no .cfg: the trace is checked against Init and Next only, no invariant or property (pass --config to check them)");
  return { ok: true, initialStates: () => spec.initialStates("Init"), next: spec.next("Next"), nextName: "Next", invariants: [], initProperties: [], actionProperties: [] };
}

function fromConfig(spec: CompiledSpec, config: ModelConfig, notes: string[]): Parts | { ok: false; problems: readonly Problem[] } {
  // A liveness PROPERTY cannot be violated by a finite trace: skip it, say so.
  const properties = config.properties.filter((p) => {
    if (spec.definition(p.name) === undefined) return true; // bindModel reports it at its .cfg line
    const parts = decomposeProperty(p.name, spec.temporal(p.name));
    if (parts.ok || parts.problem.code !== "unsupported") return true;
    notes.push(`PROPERTY ${p.name} not checked: it is a liveness property, which a finite trace cannot violate`);
    return false;
  });
  if (config.constraints.length + config.actionConstraints.length > 0) notes.push("CONSTRAINT and ACTION_CONSTRAINT ignored: they bound model checking, not the behaviours a trace may show");
  const bound = bindModel(spec, { ...config, properties, constraints: [], actionConstraints: [] }, { deadlock: false });
  if (bound.kind === "problem") return { ok: false, problems: [bound.problem] };
  if (bound.kind === "assumptions-only") return { ok: false, problems: [problem("config-parse", `The configuration file ${config.file} names no INIT/NEXT or SPECIFICATION to check a trace against.`, { file: config.file, line: 1, column: 1 })] };
  notes.push(...bound.notes);
  const nextName = config.next?.name ?? "Next";
  return {
    ok: true,
    initialStates: bound.parts.initialStates,
    next: bound.parts.next,
    nextName,
    invariants: bound.parts.invariants,
    initProperties: bound.parts.initProperties,
    actionProperties: bound.parts.actionProperties,
  };
}

/** Names the spec's modules define, which a .cfg may override like constants. */
function definitionsOf(spec: LoadedSpec): Set<string> {
  const names = new Set<string>();
  for (const m of spec.modules.values()) for (const u of m.ast.units) if (u.kind === "operator" || u.kind === "function") names.add(u.name);
  return names;
}
