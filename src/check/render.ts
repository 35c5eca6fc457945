import { basename, extname } from "node:path";
import { formatTlcRange, type SourceLocation } from "../diagnostics/location.ts";
import { renderProblem } from "../diagnostics/render.ts";
import type { CheckResult, TraceStep } from "./result.ts";

/**
 * A CheckResult as TLC's console prints it, so that people (and scripts) used to TLC's output
 * read it without surprise: the `Error:` line, `State N: <Action line .. of module M>` headers,
 * `/\ var = value` lines (a lone variable prints without `/\`), then the counts.
 */
export function renderCheckResult(r: CheckResult): string {
  const out: string[] = [];
  for (const note of r.notes ?? []) out.push(`Note: ${note}`);
  if (r.result === "error" && r.error && r.generated === 0 && r.trace.length === 0) {
    // Nothing was explored (a bad spec, cfg or flag): the message alone, compiler style.
    out.push(renderProblem(r.error));
    return out.join("\n");
  }
  out.push(...verdictLines(r));
  if (r.result !== "assumption") {
    out.push(`${r.generated} states generated, ${r.distinct} distinct states found, ${r.leftOnQueue ?? 0} states left on queue.`);
    out.push(`The depth of the complete state graph search is ${r.depth}.`);
  }
  out.push(`Finished in ${r.seconds.toFixed(2)} s.`);
  return out.join("\n");
}

function verdictLines(r: CheckResult): string[] {
  const initialOnly = r.trace.length === 1 && r.trace[0]!.action === null;
  switch (r.result) {
    case "ok":
      return ["Model checking completed. No error has been found."];
    case "assumption": {
      const where = r.violatedLocation ? tlcRange(r.violatedLocation) : r.violated ?? "?";
      return [`Error: Assumption ${where} is false.`];
    }
    case "deadlock":
      return ["Error: Deadlock reached.", ...behavior(r)];
    case "invariant":
      return initialOnly
        ? [`Error: Invariant ${r.violated} is violated by the initial state:`, ...stateLines(r.trace[0]!)]
        : [`Error: Invariant ${r.violated} is violated.`, ...behavior(r)];
    case "property":
      return initialOnly
        ? [`Error: Property ${r.violated} is violated by the initial state:`, ...stateLines(r.trace[0]!)]
        : [`Error: ${r.traceEndsInStuttering ? "Temporal" : "Action"} property ${r.violated} is violated.`, ...behavior(r)];
    case "error": {
      const head = r.error ? renderProblem(r.error).split("\n") : ["unknown error"];
      return [`Error: ${head[0]}`, ...head.slice(1), ...(r.trace.length > 0 ? behavior(r) : [])];
    }
  }
}

function behavior(r: CheckResult): string[] {
  const lines = ["Error: The behavior up to this point is:"];
  r.trace.forEach((step, i) => {
    lines.push(`State ${i + 1}: ${actionHeader(step)}`, ...stateLines(step), "");
  });
  if (r.traceEndsInStuttering) lines.push(`State ${r.trace.length + 1}: Stuttering`);
  return lines;
}

function actionHeader(step: TraceStep): string {
  if (step.action === null) return "<Initial predicate>";
  return step.location ? `<${step.action} ${tlcRange(step.location)}>` : `<${step.action}>`;
}

function stateLines(step: TraceStep): string[] {
  const entries = Object.entries(step.state);
  if (entries.length === 1) return [`${entries[0]![0]} = ${entries[0]![1]}`];
  return entries.map(([name, value]) => `/\\ ${name} = ${value}`);
}

function tlcRange(loc: SourceLocation): string {
  return formatTlcRange(loc, moduleOf(loc));
}

/** Every module lives in `<Name>.tla`, so the file names the module. */
function moduleOf(loc: SourceLocation): string {
  return basename(loc.file, extname(loc.file));
}
