import { mappings } from "../audit/mappings.ts";
import { findingMessage } from "../audit/render-report.ts";
import { formatLocation } from "../diagnostics/location.ts";
import { renderProblem } from "../diagnostics/render.ts";
import type { Stage, VerifyRow } from "./stage.ts";

/**
 * The audit in `npm run verify`: one row per protocol (the code emits exactly the spec's actions
 * and traces every change to mapped state) and one per generated module (not stale).
 */
export const auditStage: Stage = {
  name: "audit",
  async run(ctx) {
    const rows: VerifyRow[] = [];
    ctx.onProgress("verify: audit: reading specs and implementation...");
    // Loaded on use, so that the CLI starts without ts-morph and the TypeScript compiler.
    const { runAudits } = await import("../audit/run-audit.ts");
    const { defaultOutput, runCodegen } = await import("../audit/codegen/run-codegen.ts");
    for (const run of runAudits(ctx.root, mappings)) {
      const item = `${run.mapping.name}: ${run.mapping.spec} vs ${run.mapping.implementation}`;
      if ("problems" in run) {
        rows.push({ item, verdict: "could not run", detail: run.problems.map(renderProblem).join("; "), ok: false });
        continue;
      }
      const r = run.report;
      const emitted = r.actions.filter((a) => a.emitters.length > 0).length;
      const detail = `${emitted}/${r.actions.length} actions emitted, ${r.counts.emissions} emissions in ${r.counts.files} files`;
      if (r.ok) {
        rows.push({ item, verdict: "ok", detail: r.allowed.length ? `${detail}, ${r.allowed.length} allowed` : detail, ok: true });
      } else {
        const first = r.findings[0]!;
        const where = first.location ? `${formatLocation(first.location)}: ` : "";
        rows.push({ item, verdict: `${r.findings.length} finding(s)`, detail: `${where}${findingMessage(first)} (harness audit shows all)`, ok: false });
      }
    }
    const targets = mappings.map((m) => ({ spec: m.spec, out: defaultOutput(m.spec), ...(m.next ? { next: m.next } : {}) }));
    for (const run of runCodegen(ctx.root, targets, "check")) {
      if ("problems" in run) {
        rows.push({ item: `codegen ${run.spec}`, verdict: "could not run", detail: run.problems.map(renderProblem).join("; "), ok: false });
        continue;
      }
      const o = run.outcome;
      const fresh = o.status === "up-to-date";
      rows.push({
        item: `codegen ${o.out}`,
        verdict: fresh ? "up to date" : o.status,
        detail: fresh ? (o.unknown.length ? `${o.unknown.length} type(s) left unknown` : `from ${o.spec}`) : "run `npm run harness -- codegen`",
        ok: fresh,
      });
    }
    return { stage: "audit", rows };
  },
};
