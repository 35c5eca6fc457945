import { problemToJson } from "../diagnostics/render.ts";
import type { BatchReport } from "./batch.ts";
import { exitCodeOfBatch, exitCodeOfVerdict, type FileReport, type Verdict } from "./verdict.ts";

/**
 * `harness validate --json`: the verdicts as data, one object whatever the number of traces.
 * Field names are part of the CLI's contract: consumers read `traces[i].verdict.kind`,
 * `.event.step`, `.reason.kind`, and so on.
 */
export function batchToJson(b: BatchReport): Record<string, unknown> {
  const counts = { accepted: 0, rejected: 0, violated: 0, error: 0 };
  for (const r of b.reports) counts[r.verdict.kind]++;
  return {
    traces: b.reports.map(reportToJson),
    summary: { traces: b.reports.length, ...counts, events: b.reports.reduce((n, r) => n + r.events, 0), seconds: b.seconds, workers: b.workers },
    exitCode: exitCodeOfBatch(b.reports),
  };
}

export function reportToJson(r: FileReport): Record<string, unknown> {
  return {
    file: r.file,
    format: r.format,
    spec: r.spec,
    config: r.config,
    verdict: verdictToJson(r.verdict),
    events: r.events,
    seconds: r.seconds,
    notes: r.notes,
    exitCode: exitCodeOfVerdict(r.verdict),
  };
}

function verdictToJson(v: Verdict): unknown {
  return v.kind === "error" ? { ...v, problem: problemToJson(v.problem) } : v;
}
