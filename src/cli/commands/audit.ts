import type { Command } from "commander";
import { fileURLToPath } from "node:url";
import { ExitCode } from "../../diagnostics/exit-codes.ts";
import { exitCodeFor, ProblemError } from "../../diagnostics/problem.ts";
import { readMappingFile } from "../../audit/mapping-file.ts";
import { mappings } from "../../audit/mappings.ts";
import { auditRunsToJson, renderAuditRuns } from "../../audit/render-report.ts";
import { selectMappings } from "../../audit/select-mappings.ts";
import { writeJson, writeLine } from "../output.ts";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * `harness audit`: compares the implementation's trace emissions and state changes with each
 * spec's actions and variables. Exit 0 when clean; 255 (TLC's "other") on any finding; a spec
 * that does not parse exits as a parse error (150) since the audit could not run.
 */
export function registerAudit(program: Command): void {
  program
    .command("audit")
    .description("check that the code emits exactly the spec's actions and traces every change to spec state")
    .option("--spec <file...>", "audit only the protocols of these specs (default: every mapped spec)")
    .option("--mapping <file>", "a JSON manifest of protocol mappings to audit instead of this project's (paths relative to it)")
    .option("--json", "print the reports as JSON")
    .option("--root <dir>", "project root holding spec/ and src/", repoRoot)
    .action(async (opts: { spec?: string[]; mapping?: string; json?: boolean; root: string }) => {
      const source = opts.mapping === undefined ? { root: opts.root, mappings: [...mappings] } : readMappingFile(opts.mapping);
      if ("problems" in source) throw new ProblemError(source.problems[0]!);
      const selected = selectMappings(source.mappings, opts.spec ?? [], source.root, process.cwd());
      if ("problems" in selected) throw new ProblemError(selected.problems[0]!);
      // Loaded on use: ts-morph and the TypeScript compiler cost every other command a second.
      const { runAudits } = await import("../../audit/run-audit.ts");
      const runs = runAudits(source.root, selected.mappings);
      if (opts.json === true) writeJson(auditRunsToJson(runs));
      else writeLine(renderAuditRuns(runs));
      const failed = runs.find((r) => "problems" in r);
      if (failed && "problems" in failed) process.exitCode = exitCodeFor(failed.problems[0]!);
      else process.exitCode = runs.every((r) => "report" in r && r.report.ok) ? ExitCode.ok : ExitCode.other;
    });
}
