import type { Command } from "commander";
import { fileURLToPath } from "node:url";
import { ExitCode } from "../../diagnostics/exit-codes.ts";
import { exitCodeFor } from "../../diagnostics/problem.ts";
import { problemToJson, renderProblem } from "../../diagnostics/render.ts";
import { mappings } from "../../audit/mappings.ts";
import type { CodegenRun, CodegenTarget } from "../../audit/codegen/run-codegen.ts";
import { writeError, writeJson, writeLine } from "../output.ts";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * `harness codegen [--check]`: zod schemas and TypeScript types for each spec's variables and
 * action parameters in src/generated/<Module>.ts. `--check` writes nothing and exits 255 when a
 * file is stale or missing (part of npm test, so CI fails on a stale file).
 */
export function registerCodegen(program: Command): void {
  program
    .command("codegen")
    .description("generate TypeScript types and zod schemas for each spec's variables and actions")
    .option("--check", "write nothing; fail when a generated file differs from what its spec generates")
    .option("--spec <file...>", "generate from these specs (paths from the project root; default: every spec the audit maps)")
    .option("--out-dir <dir>", "folder for the generated modules, from the project root", "src/generated")
    .option("--json", "print the outcome as JSON")
    .option("--root <dir>", "project root holding spec/ and src/", repoRoot)
    .action(async (opts: { check?: boolean; spec?: string[]; outDir: string; json?: boolean; root: string }) => {
      // Loaded on use: ts-morph and the TypeScript compiler cost every other command a second.
      const { defaultOutput, runCodegen } = await import("../../audit/codegen/run-codegen.ts");
      const targets: CodegenTarget[] = opts.spec
        ? opts.spec.map((spec) => ({ spec, out: defaultOutput(spec, opts.outDir), ...nextOf(spec) }))
        : mappings.map((m) => ({ spec: m.spec, out: defaultOutput(m.spec, opts.outDir), ...(m.next ? { next: m.next } : {}) }));
      const runs = runCodegen(opts.root, targets, opts.check === true ? "check" : "write");
      if (opts.json === true) writeJson(codegenToJson(runs));
      else renderRuns(runs);
      const failed = runs.find((r) => "problems" in r);
      if (failed && "problems" in failed) process.exitCode = exitCodeFor(failed.problems[0]!);
      else process.exitCode = runs.every((r) => "outcome" in r && !["stale", "missing"].includes(r.outcome.status)) ? ExitCode.ok : ExitCode.other;
    });
}

function nextOf(spec: string): { next?: string } {
  const m = mappings.find((x) => x.spec === spec);
  return m?.next ? { next: m.next } : {};
}

function renderRuns(runs: readonly CodegenRun[]): void {
  for (const r of runs) {
    if ("problems" in r) {
      for (const p of r.problems) writeError(renderProblem(p));
      continue;
    }
    const o = r.outcome;
    const line: Record<typeof o.status, string> = {
      written: `wrote ${o.out} from ${o.spec}`,
      unchanged: `${o.out} is up to date with ${o.spec}`,
      "up-to-date": `${o.out} is up to date with ${o.spec}`,
      stale: `STALE: ${o.out} differs from what ${o.spec} generates; run \`npm run harness -- codegen\``,
      missing: `MISSING: ${o.out} (generated from ${o.spec}); run \`npm run harness -- codegen\``,
    };
    writeLine(line[o.status]);
    for (const u of o.unknown) writeLine(`  unknown type: ${u}`);
  }
}

function codegenToJson(runs: readonly CodegenRun[]): Record<string, unknown> {
  return {
    ok: runs.every((r) => "outcome" in r && !["stale", "missing"].includes(r.outcome.status)),
    files: runs.map((r) => ("outcome" in r ? r.outcome : { spec: r.spec, problems: r.problems.map(problemToJson) })),
  };
}
