import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Problem } from "../diagnostics/problem.ts";
import type { AuditReport } from "./audit-report.ts";
import { auditProtocol } from "./audit-protocol.ts";
import { createImplementationProject, loadImplementation, type Implementation } from "./impl/load-implementation.ts";
import type { SpecInterface } from "./spec-interface.ts";
import { defaultNextOperator, type ProtocolMapping } from "./mapping.ts";
import { loadSpecModules } from "./spec/load-spec-modules.ts";
import { readSpecInterface } from "./spec/read-spec-interface.ts";

/** One mapping's outcome: its report, or the problems that kept the audit from running. */
export type AuditRun =
  | { readonly mapping: ProtocolMapping; readonly report: AuditReport }
  | { readonly mapping: ProtocolMapping; readonly problems: readonly Problem[] };

/**
 * The audit pipeline: load each spec through the engine's parser and each implementation
 * folder into one ts-morph project, then compare. A spec that does not parse or a missing
 * folder is a Problem (that audit could not run), not a finding.
 */
export function runAudits(root: string, mappings: readonly ProtocolMapping[]): AuditRun[] {
  const project = createImplementationProject();
  type Prepared = AuditRun | { readonly mapping: ProtocolMapping; readonly spec: SpecInterface; readonly impl: Implementation };
  const prepared = mappings.map((mapping): Prepared => {
    const modules = loadSpecModules(resolve(root, mapping.spec), root);
    if ("problems" in modules) return { mapping, problems: modules.problems };
    const iface = readSpecInterface(modules.spec, mapping.next ?? defaultNextOperator);
    if ("problems" in iface) return { mapping, problems: iface.problems };
    const impl = loadImplementation(root, mapping.implementation, project);
    if ("problems" in impl) return { mapping, problems: impl.problems };
    const tracer = mapping.tracer ? resolve(root, mapping.tracer.file) : null;
    if (tracer !== null && existsSync(tracer)) project.addSourceFileAtPath(tracer);
    return { mapping, spec: iface.spec, impl: impl.implementation };
  });
  return prepared.map((p) => ("spec" in p ? { mapping: p.mapping, report: auditProtocol(p.spec, p.mapping, p.impl) } : p));
}
