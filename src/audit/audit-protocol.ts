import { resolve } from "node:path";
import type { ActionRow, AuditReport } from "./audit-report.ts";
import { checkEmissions } from "./check-emissions.ts";
import { checkMapping } from "./check-mapping.ts";
import type { Finding } from "./finding.ts";
import { emittingFunctions, findEmissions, type Emission } from "./impl/find-emissions.ts";
import { findUntracedStateChanges } from "./impl/find-state-changes.ts";
import { findTracerParams } from "./impl/find-tracer-params.ts";
import type { Implementation } from "./impl/load-implementation.ts";
import type { Allowance, ProtocolMapping } from "./mapping.ts";
import type { SpecInterface } from "./spec-interface.ts";

/**
 * Compares one implementation with its spec through its mapping. Pure apart from reading the
 * already-loaded ts-morph project; the caller loads the spec and the code.
 */
export function auditProtocol(spec: SpecInterface, mapping: ProtocolMapping, impl: Implementation): AuditReport {
  const sites = findEmissions(impl, mapping.emission);
  const emissions = sites.map((s) => s.emission);
  const tracer = tracerEmissions(mapping, impl);
  const findings: Finding[] = [
    ...checkMapping(mapping, spec, impl),
    ...tracer.problems,
    ...checkEmissions([...emissions, ...tracer.emissions], spec.actions),
    ...findUntracedStateChanges(impl, mapping, emittingFunctions(sites)),
  ];
  const environment = new Map(mapping.environment.map((e) => [e.action, e.reason]));
  const actions: ActionRow[] = spec.actions.map((a) => ({
    action: a.name,
    params: a.params,
    location: a.location,
    emitters: emissions.filter((e) => e.action === a.name).map((e) => ({ function: e.function, location: e.location })),
    tracer: tracer.emissions.filter((e) => e.action === a.name).map((e) => ({ function: e.function, location: e.location }))[0] ?? null,
    environment: environment.get(a.name) ?? null,
  }));
  for (const row of actions) {
    if (row.emitters.length === 0 && row.environment === null) {
      findings.push({ code: "action-never-emitted", action: row.action, parameters: row.params, location: row.location });
    }
  }
  const { kept, allowed, unused } = applyAllowances(findings, mapping);
  for (const a of unused) {
    kept.push({ code: "mapping-error", message: `mapping "${mapping.name}" allows ${a.code} in ${a.function}, but the audit finds none there: remove the entry`, location: null });
  }
  const mapped = new Set([
    ...mapping.state.flatMap((s) => Object.values(s.fields)),
    ...(mapping.step.messages ? [mapping.step.messages.variable] : []),
  ]);
  return {
    protocol: mapping.name,
    spec: { module: spec.module, file: spec.file },
    implementation: mapping.implementation,
    ok: kept.length === 0,
    findings: sortFindings(kept),
    allowed,
    actions,
    unmappedVariables: spec.variables.map((v) => v.name).filter((v) => !mapped.has(v)),
    counts: { files: impl.files.length, emissions: emissions.length },
  };
}

function applyAllowances(findings: readonly Finding[], mapping: ProtocolMapping) {
  const rules = mapping.allow ?? [];
  const used = new Set<Allowance>();
  const kept: Finding[] = [];
  const allowed: { finding: Finding; reason: string }[] = [];
  for (const f of findings) {
    const rule = "function" in f ? rules.find((r) => r.code === f.code && r.function === f.function) : undefined;
    if (rule) {
      used.add(rule);
      allowed.push({ finding: f, reason: rule.reason });
    } else {
      kept.push(f);
    }
  }
  return { kept, allowed, unused: rules.filter((r) => !used.has(r)) };
}

function tracerEmissions(mapping: ProtocolMapping, impl: Implementation): { emissions: Emission[]; problems: Finding[] } {
  if (!mapping.tracer) return { emissions: [], problems: [] };
  const { file, function: fn } = mapping.tracer;
  const sf = impl.project.getSourceFile(resolve(impl.root, file));
  const found = sf ? findTracerParams(sf, fn, impl.root) : null;
  if (found === null) {
    return { emissions: [], problems: [{ code: "mapping-error", message: `mapping "${mapping.name}" names tracer ${fn} in ${file}, which ${sf ? "has no function of that name" : "does not exist"}`, location: null }] };
  }
  return { emissions: found, problems: [] };
}

/** By file and line, so the report reads top to bottom like the code; mapping errors first. */
function sortFindings(findings: readonly Finding[]): Finding[] {
  const key = (f: Finding) => (f.location ? [f.location.file, f.location.line, f.location.column] as const : ["", 0, 0] as const);
  return [...findings].sort((a, b) => {
    const [fa, la, ca] = key(a);
    const [fb, lb, cb] = key(b);
    return fa.localeCompare(fb) || la - lb || ca - cb;
  });
}
