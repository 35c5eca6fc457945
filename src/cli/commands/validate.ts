import { InvalidArgumentError, type Command } from "commander";
import { ProblemError } from "../../diagnostics/problem.ts";
import { exitCodeOfBatch } from "../../validate/verdict.ts";
import { validateBatch } from "../../validate/batch.ts";
import { expandTraceArgs } from "../../validate/glob.ts";
import type { BatchReport } from "../../validate/batch.ts";
import { reasonCell, renderReport, verdictCell } from "../../validate/render.ts";
import { DEFAULT_CHECK_OPTIONS } from "../../validate/session.ts";
import { batchToJson } from "../../validate/to-json.ts";
import type { Engine } from "../../tlc/engines.ts";
import { validateWithEngine } from "../../tlc/validate-engine.ts";
import { renderTraceEngineRun, traceEngineRunJson } from "../../tlc/validate-engine-render.ts";
import { engineName, positiveInteger } from "../flag-values.ts";
import { progress, writeJson, writeLine } from "../output.ts";
import { renderTable } from "../table.ts";

interface ValidateFlags {
  readonly spec?: string;
  readonly config?: string;
  readonly json?: boolean;
  readonly maxCandidates: number;
  readonly allowHidden?: string[];
  readonly maxHidden: number;
  readonly workers: number;
  readonly engine: Engine;
}

/**
 * `harness validate <trace...>`: replay implementation traces against the spec. Exit 0 when every
 * trace is accepted, 12 when one is rejected (or breaks an invariant; 13 a property), 150/151 for
 * a bad spec or .cfg, 255 for a malformed trace.
 */
export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("check that implementation traces are behaviours of the spec (NDJSON, ITF, or TLC's -dumpTrace json)")
    .argument("<trace...>", "trace files, folders, or quoted patterns such as 'traces/**/*.ndjson'")
    .option("--spec <file>", "the spec to check against (default: the one the trace's header names)")
    .option("--config <file>", "a .cfg giving invariants, properties and constants the trace does not (default: the header's, else the .cfg beside the spec)")
    .option("--json", "print the verdicts as one JSON object")
    .option("--max-candidates <n>", "most spec states carried at once when the trace leaves variables out", positiveInteger, DEFAULT_CHECK_OPTIONS.maxCandidates)
    .option("--allow-hidden <actions>", "comma-separated actions of Next the implementation does not log, allowed between events", commaList)
    .option("--max-hidden <n>", "most unlogged steps before one event (with --allow-hidden)", positiveInteger, DEFAULT_CHECK_OPTIONS.maxHidden)
    .option("--workers <n>", "worker threads for many traces (default: one per core once the traces are big enough to repay starting them; 1: none)", nonNegativeInteger, 0)
    .option("--engine <engine>", "native (the trace checker), tlc (TLC on the generated trace-validation module: needs Java 11+), or both (the trace checker, the native engine and TLC on the module must agree)", engineName, "native")
    .action(async (patterns: string[], flags: ValidateFlags) => {
      const json = flags.json === true;
      const expanded = expandTraceArgs(patterns);
      if (!expanded.ok) throw new ProblemError(expanded.problem);
      const files = expanded.files;
      if (flags.engine !== "native") {
        const run = await validateWithEngine(flags.engine, files, {
          flags: { ...(flags.spec !== undefined ? { spec: flags.spec } : {}), ...(flags.config !== undefined ? { config: flags.config } : {}) },
          check: { maxCandidates: flags.maxCandidates, allowHidden: flags.allowHidden ?? [], maxHidden: flags.maxHidden },
        });
        if (json) writeJson(traceEngineRunJson(run));
        else writeLine(renderTraceEngineRun(run));
        process.exitCode = run.exitCode;
        return;
      }
      const bar = progress({ json }, 200);
      const report = await validateBatch(files, {
        flags: { ...(flags.spec !== undefined ? { spec: flags.spec } : {}), ...(flags.config !== undefined ? { config: flags.config } : {}) },
        check: { maxCandidates: flags.maxCandidates, allowHidden: flags.allowHidden ?? [], maxHidden: flags.maxHidden },
        workers: flags.workers,
        onProgress: (p) => bar.update(`validate: ${p.done}/${p.total} traces, ${p.events} events${p.failed > 0 ? `, ${p.failed} not accepted` : ""}`),
      });
      bar.done();
      if (json) writeJson(batchToJson(report));
      else writeLine(renderBatch(report));
      process.exitCode = exitCodeOfBatch(report.reports);
    });
}



function nonNegativeInteger(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) throw new InvalidArgumentError("expected a whole number (0: one per core)");
  return n;
}

function commaList(text: string, previous: string[] | undefined): string[] {
  const names = text.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  if (names.length === 0 || names.some((n) => !/^[A-Za-z_][A-Za-z0-9_!]*$/.test(n))) throw new InvalidArgumentError("expected action names separated by commas, e.g. DropMessage,Timeout");
  return [...(previous ?? []), ...names];
}

/**
 * The terminal report of a run: every trace that was not accepted in full (a single accepted
 * trace gets its one line), the notes once each, and for several traces a summary table and the
 * totals with the throughput.
 */
function renderBatch(b: BatchReport): string {
  const out: string[] = [];
  const single = b.reports.length === 1;
  for (const r of b.reports) {
    if (single || r.verdict.kind !== "accepted") out.push(renderReport(r), "");
  }
  const notes = [...new Set(b.reports.flatMap((r) => r.notes))];
  for (const n of notes) out.push(`note: ${n}`);
  if (notes.length > 0) out.push("");
  if (!single) {
    const rows = b.reports.map((r) => [r.file, verdictCell(r.verdict), r.events, clip(reasonCell(r.verdict), 90)]);
    out.push(renderTable(["trace", "verdict", "events", "why"], rows), "");
  }
  const counts = { accepted: 0, rejected: 0, violated: 0, error: 0 };
  for (const r of b.reports) counts[r.verdict.kind]++;
  const events = b.reports.reduce((n, r) => n + r.events, 0);
  const rate = b.seconds > 0 ? `, ${Math.round(events / b.seconds)} events/s` : "";
  const parts = [`${counts.accepted} accepted`, `${counts.rejected} rejected`, ...(counts.violated > 0 ? [`${counts.violated} breaking an invariant or property`] : []), ...(counts.error > 0 ? [`${counts.error} not checked (errors)`] : [])];
  out.push(`${b.reports.length} trace${single ? "" : "s"}: ${parts.join(", ")}; ${events} events in ${b.seconds.toFixed(2)} s${rate}${b.workers > 1 ? ` on ${b.workers} workers` : ""}`);
  return out.join("\n");
}

function clip(s: string, n: number): string {
  const line = s.replace(/\s+/g, " ");
  return line.length > n ? `${line.slice(0, n - 3)}...` : line;
}
