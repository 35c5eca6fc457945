import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { CheckResult } from "../check/result.ts";
import { type Problem, problem } from "../diagnostics/problem.ts";
import { compareResults, type ResultComparison } from "./compare-results.ts";
import type { TlcResult } from "./tlc-result.ts";

/**
 * The native engine against TLC on every model of `spec/models.json`: both must give the same
 * verdict and counts, and both must give the verdict the manifest expects. Used by the opt-in
 * test (test/tlc/crosscheck.test.ts) and by scripts/tlc-crosscheck.ts, which CI runs whenever
 * TLA2TOOLS_JAR is set.
 */
const modelSchema = z.object({
  name: z.string(),
  spec: z.string(),
  config: z.string(),
  tier: z.enum(["ci", "bench"]),
  expect: z.object({ result: z.string(), violated: z.string().nullable().optional() }),
  description: z.string().optional(),
});
const manifestSchema = z.object({ models: z.array(modelSchema) });

export type ModelEntry = z.infer<typeof modelSchema>;

export function readModels(root: string): { ok: true; models: ModelEntry[] } | { ok: false; problem: Problem } {
  const file = join(root, "spec", "models.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    return { ok: false, problem: problem("io", `cannot read ${file}: ${(err as Error).message}`) };
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: problem("config-parse", `${file}: at ${issue.path.map(String).join(".")}: ${issue.message}`, { file, line: 1, column: 1 }) };
  }
  return { ok: true, models: parsed.data.models };
}

export interface CrosscheckRow {
  readonly model: ModelEntry;
  readonly native: CheckResult;
  readonly tlc: CheckResult;
  readonly tlcExitCode: number;
  readonly comparison: ResultComparison;
  /** Both engines gave the manifest's expected verdict (and violated name, when it names one). */
  readonly asExpected: boolean;
}

export interface CrosscheckRunners {
  readonly runNative: (spec: string, config: string) => Promise<CheckResult>;
  readonly runTlc: (spec: string, config: string) => Promise<TlcResult>;
  readonly onModel?: (model: ModelEntry) => void;
}

export async function crosscheck(root: string, models: readonly ModelEntry[], runners: CrosscheckRunners): Promise<CrosscheckRow[]> {
  const rows: CrosscheckRow[] = [];
  for (const model of models) {
    runners.onModel?.(model);
    const spec = join(root, model.spec);
    const config = join(root, model.config);
    // One after the other: the two engines share the machine's cores.
    const native = await runners.runNative(spec, config);
    const tlc = await runners.runTlc(spec, config);
    const meets = (r: CheckResult): boolean =>
      r.result === model.expect.result && (model.expect.violated === undefined || model.expect.violated === null || r.violated === model.expect.violated);
    rows.push({ model, native, tlc: tlc.check, tlcExitCode: tlc.exitCode, comparison: compareResults(native, tlc.check), asExpected: meets(native) && meets(tlc.check) });
  }
  return rows;
}

export function crosscheckPassed(rows: readonly CrosscheckRow[]): boolean {
  return rows.every((r) => r.comparison.agree && r.asExpected);
}

/** One line per model: both verdicts and counts, then what differs. */
export function renderCrosscheck(rows: readonly CrosscheckRow[]): string {
  const summary = (r: CheckResult): string => `${r.result}${r.violated ? ` ${r.violated}` : ""} ${r.distinct}/${r.generated}/${r.depth}`;
  const table = [["model", "native (distinct/generated/depth)", "TLC", "verdict"]];
  for (const row of rows) {
    const verdict = !row.comparison.agree
      ? `DISAGREE on ${row.comparison.differences.map((d) => d.field).join(", ")}`
      : row.asExpected
        ? "agree"
        : `agree, but not the expected ${row.model.expect.result}${row.model.expect.violated ? ` ${row.model.expect.violated}` : ""}`;
    table.push([row.model.name, summary(row.native), summary(row.tlc), verdict]);
  }
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const lines = table.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd());
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  const failed = rows.filter((r) => !r.comparison.agree || !r.asExpected).length;
  lines.push("", failed === 0 ? `crosscheck: ${rows.length} model(s), native engine and TLC agree` : `crosscheck: ${failed} of ${rows.length} model(s) FAILED`);
  return lines.join("\n");
}
