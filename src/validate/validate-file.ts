import type { Problem } from "../diagnostics/problem.ts";
import { openTrace } from "./input/open-trace.ts";
import type { BoundTrace, TraceFormat } from "./input/opened-trace.ts";
import { resolvePaths } from "./resolve-paths.ts";
import type { Session } from "./session.ts";
import { StepChecker } from "./step-checker.ts";
import type { FileReport, Verdict } from "./verdict.ts";

/**
 * One trace file, start to end: open it, find its spec and .cfg, get the (shared) model, then
 * stream the events through a step checker until the first one the spec does not allow. The
 * trace is never held whole (except ITF and TLC dumps, which are single JSON documents).
 */
export interface FileFlags {
  readonly spec?: string;
  readonly config?: string;
  /** Called every so often with the number of events checked, for progress display. */
  readonly onProgress?: (events: number) => void;
}

export async function validateFile(file: string, session: Session, flags: FileFlags = {}): Promise<FileReport> {
  const started = performance.now();
  const opened = await openTrace(file);
  const fail = (format: TraceFormat, problem: Problem, spec: string | null = null, config: string | null = null, notes: readonly string[] = []): FileReport => ({
    file,
    format,
    spec,
    config,
    verdict: { kind: "error", problem, event: null },
    events: 0,
    seconds: (performance.now() - started) / 1000,
    notes,
  });
  if (!opened.ok) return fail(guessFormat(file), opened.problem);
  const trace = opened.trace;
  try {
    const paths = resolvePaths(file, trace.header, flags, (p) => session.exists(p));
    if (!paths.ok) return fail(trace.format, paths.problem);
    const { spec, config } = paths.paths;
    const prepared = session.prepare(spec, config, trace.header.constants, trace.header.location);
    if (!prepared.ok) return fail(trace.format, prepared.problem, spec, config);
    const { model, index } = prepared.prepared;
    const hidden = index.hidden(session.options.allowHidden);
    if (!hidden.ok) return fail(trace.format, hidden.problem, spec, config);
    const bound = trace.bind(model);
    if (!bound.ok) return fail(trace.format, bound.problem, spec, config, model.notes);
    const checker = new StepChecker(model, index, { maxCandidates: session.options.maxCandidates, hidden: hidden.actions, maxHidden: session.options.maxHidden });
    const { verdict, events } = await run(checker, bound.trace, flags.onProgress);
    return { file, format: trace.format, spec, config, verdict, events, seconds: (performance.now() - started) / 1000, notes: model.notes };
  } finally {
    await trace.close();
  }
}

async function run(checker: StepChecker, trace: BoundTrace, onProgress?: (n: number) => void): Promise<{ verdict: Verdict; events: number }> {
  const first = checker.start(trace.initial);
  if (first.kind !== "ok") return { verdict: first, events: 0 };
  let events = 0;
  for await (const batch of trace.events) {
    for (const item of batch) {
      if (item.kind === "problem") return { verdict: { kind: "error", problem: item.problem, event: null }, events };
      events++;
      const out = checker.step(item.event);
      if (out.kind !== "ok") return { verdict: out, events };
      if (onProgress !== undefined && (events & 1023) === 0) onProgress(events);
    }
  }
  return { verdict: { kind: "accepted", events, candidates: checker.size, maxCandidates: checker.maxCandidates }, events };
}

function guessFormat(file: string): TraceFormat {
  return file.endsWith(".itf.json") ? "itf" : file.endsWith(".json") ? "tlc-dump" : "ndjson";
}
