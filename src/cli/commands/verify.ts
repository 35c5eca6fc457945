import type { Command } from "commander";
import { fileURLToPath } from "node:url";
import { ExitCode } from "../../diagnostics/exit-codes.ts";
import { runVerify, type VerifyReport } from "../../verify/run.ts";
import { stages } from "../../verify/stages.ts";
import { progress, writeJson, writeLine } from "../output.ts";
import { renderTable } from "../table.ts";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

export function registerVerify(program: Command): void {
  program
    .command("verify")
    .description("check the bundled project end to end: model checks, fuzz campaigns, traces, audit")
    .option("--json", "print the report as JSON")
    .option("--root <dir>", "project root holding spec/ and traces/", repoRoot)
    .action(async (opts: { json?: boolean; root: string }) => {
      const json = opts.json === true;
      const bar = progress({ json });
      const report = await runVerify(stages, { root: opts.root, onProgress: (t) => bar.update(t) });
      bar.done();
      if (json) writeJson(report);
      else writeLine(renderVerifyReport(report));
      process.exitCode = report.ok ? ExitCode.ok : ExitCode.other;
    });
}

export function renderVerifyReport(report: VerifyReport): string {
  const rows: (string | number)[][] = [];
  for (const s of report.stages) {
    if (s.missing) rows.push([s.stage, "-", "not there yet", s.missing]);
    for (const r of s.rows) rows.push([s.stage, r.item, r.ok ? r.verdict : `FAIL: ${r.verdict}`, r.detail]);
  }
  const failed = report.stages.flatMap((s) => s.rows).filter((r) => !r.ok).length;
  const summary = report.ok
    ? `verify: all checks passed in ${report.seconds.toFixed(1)} s`
    : `verify: ${failed} check(s) failed in ${report.seconds.toFixed(1)} s`;
  return `${renderTable(["stage", "item", "verdict", "detail"], rows)}\n\n${summary}`;
}
