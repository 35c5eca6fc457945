import { formatLocation } from "../diagnostics/location.ts";
import { problemToJson, renderProblem } from "../diagnostics/render.ts";
import { unreachable } from "../tla/values/value.ts";
import type { AuditReport } from "./audit-report.ts";
import type { Finding } from "./finding.ts";
import type { AuditRun } from "./run-audit.ts";

/** One sentence per finding, in the code's and the spec's terms. */
export function findingMessage(f: Finding): string {
  const changed = (cs: readonly { field: string; variable: string }[]) =>
    cs.map((c) => (c.field === c.variable ? c.field : `${c.field} (spec variable ${c.variable})`)).join(", ");
  switch (f.code) {
    case "unknown-action":
      return `${f.function} emits action "${f.action}", which is not an action of the spec${f.suggestion ? ` (did you mean ${f.suggestion}?)` : ""}`;
    case "unknown-parameter":
      return `${f.function} emits ${f.action} with parameter "${f.parameter}", but the spec's ${f.action}(${f.expected.join(", ")}) has no such parameter`;
    case "missing-parameter":
      return `${f.function} emits ${f.action} without parameter "${f.parameter}" of the spec's ${f.action}(${f.expected.join(", ")})`;
    case "dynamic-action":
      return `${f.function} emits an event whose action \`${f.expression}\` is not a string literal, so the audit cannot check it`;
    case "action-never-emitted":
      return `spec action ${f.action}(${f.parameters.join(", ")}) is emitted by no code; if only the environment performs it, list it as environment-only in the mapping`;
    case "untraced-state-change":
      switch (f.via) {
        case "return":
          return `${f.function} returns a step that changes ${changed(f.changes)} but emits no trace event`;
        case "assignment":
          return `${f.function} writes ${changed(f.changes)} and emits no trace event`;
        case "silent":
          return `${f.function} changes ${changed(f.changes)}, but the mapping declares it performs no spec action`;
        default:
          return unreachable(f.via);
      }
    case "mapping-error":
      return f.message;
    default:
      return unreachable(f);
  }
}

export function renderFinding(f: Finding): string {
  const where = f.location ? `${formatLocation(f.location)}: ` : "";
  return `${where}${f.code}: ${findingMessage(f)}`;
}

/** The terminal page: per protocol, the action table, the findings, the allowed ones, a verdict. */
export function renderAuditRuns(runs: readonly AuditRun[]): string {
  const parts: string[] = [];
  for (const run of runs) {
    if ("problems" in run) {
      parts.push(`audit ${run.mapping.name}: could not run\n${run.problems.map(renderProblem).join("\n")}`);
      continue;
    }
    parts.push(renderReport(run.report));
  }
  return parts.join("\n\n");
}

function renderReport(r: AuditReport): string {
  const lines = [`audit ${r.protocol}: ${r.spec.file} (module ${r.spec.module}) against ${r.implementation}: ${r.counts.files} files, ${r.counts.emissions} trace emissions`, ""];
  const rows = r.actions.flatMap((a) => {
    const name = `${a.action}(${a.params.join(", ")})`;
    const traced = a.tracer ? [["", `(traced by ${a.tracer.function}  ${formatLocation(a.tracer.location)})`]] : [];
    if (a.emitters.length === 0) return [[name, a.environment ? `environment only: ${a.environment}` : "NOT EMITTED"], ...traced];
    return [...a.emitters.map((e, i) => [i === 0 ? name : "", `${e.function}  ${formatLocation(e.location)}`]), ...traced];
  });
  const width = Math.max(6, ...rows.map((row) => row[0]!.length));
  lines.push(`${"action".padEnd(width)}  emitted by`, `${"-".repeat(width)}  ${"-".repeat(10)}`);
  for (const [a, e] of rows) lines.push(`${a!.padEnd(width)}  ${e}`);
  if (r.unmappedVariables.length > 0) lines.push("", `not mapped to implementation state (changes to them are not checked): ${r.unmappedVariables.join(", ")}`);
  if (r.findings.length > 0) lines.push("", ...r.findings.map(renderFinding));
  if (r.allowed.length > 0) lines.push("", "allowed by the mapping:", ...r.allowed.map((a) => `  ${renderFinding(a.finding)} (${a.reason})`));
  lines.push("", r.ok ? `audit ${r.protocol}: ok` : `audit ${r.protocol}: ${r.findings.length} finding(s)`);
  return lines.join("\n");
}

/** `--json`: every report as it is, and the problems of audits that could not run. */
export function auditRunsToJson(runs: readonly AuditRun[]): Record<string, unknown> {
  return {
    ok: runs.every((r) => "report" in r && r.report.ok),
    audits: runs.map((r) => ("report" in r ? r.report : { protocol: r.mapping.name, ok: false, problems: r.problems.map(problemToJson) })),
  };
}
