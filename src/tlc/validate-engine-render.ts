import type { CheckResult } from "../check/result.ts";
import { renderProblem } from "../diagnostics/render.ts";
import { reportToJson } from "../validate/to-json.ts";
import type { CheckerOutcome, EngineVerdict, TraceEngineFile, TraceEngineRun } from "./validate-engine.ts";

/**
 * `harness validate --engine tlc|both` output: per trace, each checker's verdict on its own line
 * (so two that differ are seen side by side), whether they agree, and where a kept generated
 * module is; then the notes once each and a summary line. `--json` gives the same as data.
 */
export function renderTraceEngineRun(run: TraceEngineRun): string {
  const out: string[] = [];
  const width = Math.max(...run.files.flatMap((f) => f.outcomes.map((o) => label(o).length)));
  for (const f of run.files) {
    out.push(f.file);
    for (const o of f.outcomes) out.push(`  ${label(o).padEnd(width)}  ${verdictText(o.verdict)}${countsText(o.result)}`);
    if (f.agree === true) out.push("  the trace checkers agree");
    if (f.agree === false) out.push("  the trace checkers DISAGREE");
    if (f.kept !== null) out.push(`  generated module kept in ${f.kept}`);
    out.push("");
  }
  const notes = [...new Set(run.files.flatMap((f) => f.notes))];
  for (const n of notes) out.push(`note: ${n}`);
  if (notes.length > 0) out.push("");
  out.push(summary(run));
  return out.join("\n");
}

export function traceEngineRunJson(run: TraceEngineRun): unknown {
  return {
    engine: run.engine,
    exitCode: run.exitCode,
    traces: run.files.map((f) => ({
      file: f.file,
      agree: f.agree,
      exitCode: f.exitCode,
      keptModule: f.kept,
      notes: f.notes,
      checkers: f.outcomes.map((o) => ({
        checker: o.checker,
        verdict: verdictJson(o.verdict),
        ...(o.result !== undefined ? { result: resultSummary(o.result) } : {}),
        ...(o.report !== undefined ? { report: reportToJson(o.report) } : {}),
      })),
    })),
  };
}

function label(o: CheckerOutcome): string {
  return o.checker === "native trace checker" ? o.checker : `${o.checker} on the trace module`;
}

export function verdictText(v: EngineVerdict): string {
  switch (v.kind) {
    case "accepted":
      return "accepted";
    case "rejected":
      return `rejected at step ${v.step}: ${v.why}`;
    case "violated":
      return `${v.property} violated at step ${v.step}`;
    case "error":
      return `error: ${renderProblem(v.problem).split("\n").join("\n    ")}`;
    case "not-run":
      return `not run: ${v.reason}`;
  }
}

function countsText(r: CheckResult | undefined): string {
  if (r === undefined || r.result === "error") return "";
  return ` (${r.distinct} distinct states, depth ${r.depth}, ${r.seconds.toFixed(2)} s)`;
}

function verdictJson(v: EngineVerdict): unknown {
  return v.kind === "error" ? { kind: "error", exitCode: v.exitCode, problem: v.problem, message: renderProblem(v.problem) } : v;
}

/** The counts and verdict of a check of the module; its witness (the whole trace again) is left out. */
function resultSummary(r: CheckResult): unknown {
  return { engine: r.engine ?? null, result: r.result, violated: r.violated, distinct: r.distinct, generated: r.generated, depth: r.depth, error: r.error, seconds: r.seconds };
}

function summary(run: TraceEngineRun): string {
  const n = run.files.length;
  const traces = `${n} trace${n === 1 ? "" : "s"}`;
  if (run.engine === "both") {
    const agree = run.files.filter((f) => f.agree === true).length;
    return `${traces}: the checkers agree on ${agree}${agree < n ? `, DISAGREE on ${n - agree}` : ""}`;
  }
  const kinds = (k: EngineVerdict["kind"]) => run.files.filter((f: TraceEngineFile) => f.outcomes.some((o) => o.checker === "TLC" && o.verdict.kind === k)).length;
  return `${traces} checked by TLC: ${kinds("accepted")} accepted, ${kinds("rejected")} rejected${kinds("error") > 0 ? `, ${kinds("error")} not checked (errors)` : ""}`;
}
