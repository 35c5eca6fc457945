import { fileURLToPath } from "node:url";
import type { AuditReport } from "../../src/audit/audit-report.ts";
import type { Finding } from "../../src/audit/finding.ts";
import { readMappingFile } from "../../src/audit/mapping-file.ts";
import { runAudits } from "../../src/audit/run-audit.ts";

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));

/** Audits the fixture implementation a manifest in test/audit/fixtures describes, through the public API. */
export function auditFixture(manifest: string): AuditReport {
  const m = readMappingFile(`${fixtures}${manifest}`);
  if ("problems" in m) throw new Error(m.problems.map((p) => p.message).join("\n"));
  const [run] = runAudits(m.root, m.mappings);
  if (!run || "problems" in run) throw new Error(`audit did not run: ${JSON.stringify(run)}`);
  return run.report;
}

/** `file:line` of a finding, as a reader looks it up. */
export const at = (f: Finding): string | null => (f.location ? `${f.location.file}:${f.location.line}` : null);
