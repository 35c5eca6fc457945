import { problem, ProblemError, type Problem } from "../diagnostics/problem.ts";
import type { SourceLocation } from "../diagnostics/location.ts";
import { configValue, declaredConstants } from "../check/constants.ts";
import type { ModelConfig } from "../tla/config/model-config.ts";
import type { ConstantBinding } from "../tla/eval/index.ts";
import type { LoadedSpec } from "../tla/modules/loaded-spec.ts";
import type { TValue } from "../trace/value.ts";
import { ModelValueTable } from "./model-values.ts";
import { printTla } from "./print-state.ts";
import { sameValue } from "./same-value.ts";
import { toValue } from "./to-value.ts";

/**
 * The constants a trace is checked with. The trace header records the values the run used; a
 * .cfg (when given) supplies the rest, and its invariants. Where both give a constant, the
 * header wins: the trace happened with its values, and a .cfg written for model checking (say
 * `Phase1Quorums <- MajorityQuorums`) must not change what the trace is judged against.
 */
export interface TraceConstants {
  readonly bindings: ReadonlyMap<string, ConstantBinding>;
  readonly models: ModelValueTable;
  readonly notes: readonly string[];
}

export type ConstantsResult = { readonly ok: true; readonly value: TraceConstants } | { readonly ok: false; readonly problems: readonly Problem[] };

export interface ConstantSources {
  readonly config: ModelConfig | null;
  /** The trace header's constants; null for a format without them (TLC's -dumpTrace). */
  readonly header: Readonly<Record<string, TValue>> | null;
  /** Where the header is, for problems about its constants. */
  readonly headerLocation: SourceLocation;
  /** Whether the spec defines an operator of this name (a .cfg may override a definition). */
  readonly isDefinition: (name: string) => boolean;
}

export function bindTraceConstants(spec: LoadedSpec, src: ConstantSources): ConstantsResult {
  const declared = declaredConstants(spec);
  const models = new ModelValueTable([...declared.map((c) => c.name), ...(src.config?.modelValues.map((m) => m.name) ?? [])]);
  const problems: Problem[] = [];
  const notes: string[] = [];
  const bindings = new Map<string, ConstantBinding>();
  const model = (name: string) => models.get(name);
  const declaredNames = new Set(declared.map((c) => c.name));
  const header = src.header ?? {};

  for (const [name, tv] of Object.entries(header)) {
    if (!declaredNames.has(name)) {
      problems.push(problem("trace-format", `header.constants.${name}: the spec ${spec.rootName} declares no constant ${name} (its constants: ${[...declaredNames].join(", ") || "none"})`, src.headerLocation));
      continue;
    }
    try {
      bindings.set(name, { kind: "value", value: toValue(tv, models) });
    } catch (err) {
      if (!(err instanceof ProblemError)) throw err;
      problems.push(problem("trace-format", `header.constants.${name}: ${err.problem.message}`, src.headerLocation));
    }
  }

  const cfgAssigned = new Set<string>();
  for (const b of src.config?.constants ?? []) {
    const name = b.name.name;
    if (!declaredNames.has(name) && !src.isDefinition(name)) {
      problems.push(problem("config-parse", `The configuration file assigns ${name}, which is neither a constant nor a definition of the specification.`, b.name.loc));
      continue;
    }
    if (cfgAssigned.has(name)) {
      problems.push(problem("config-parse", `The configuration file assigns the constant ${name} twice.`, b.name.loc));
      continue;
    }
    cfgAssigned.add(name);
    if (Object.hasOwn(header, name)) {
      // The header wins; say so only where the .cfg's plain value differs from the run's.
      const fromHeader = bindings.get(name);
      const fromCfg = b.kind === "value" ? configValue(b.value, model, []) : null;
      if (fromHeader?.kind === "value" && fromCfg !== null && !sameValue(fromHeader.value, fromCfg)) {
        notes.push(`constant ${name}: the trace's value ${printTla(fromHeader.value)} is used, not ${printTla(fromCfg)} from ${src.config!.file}`);
      }
      continue;
    }
    if (b.kind === "substitution") {
      bindings.set(name, { kind: "operator", operator: b.op.name, ...(b.module ? { module: b.module.name } : {}) });
      continue;
    }
    const value = configValue(b.value, model, problems);
    if (value !== null) bindings.set(name, { kind: "value", value });
  }

  for (const c of declared) {
    // A header constant that failed to convert already has its problem.
    if (bindings.has(c.name) || Object.hasOwn(header, c.name)) continue;
    const where = src.config ? `the trace header nor the configuration file ${src.config.file}` : "the trace header (pass --config to give the others)";
    problems.push(problem("config-parse", `The constant ${c.name} of ${c.module} is given neither by ${where}.`, src.config ? { file: src.config.file, line: 1, column: 1 } : src.headerLocation));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { bindings, models, notes } };
}
