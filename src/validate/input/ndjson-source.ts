import { problem, type Problem } from "../../diagnostics/problem.ts";
import { LineChecker } from "../../trace/reader.ts";
import type { TraceHeader } from "../../trace/schema.ts";
import { FullStateFastPath } from "./full-state.ts";
import type { OpenResult, OpenedTrace, TraceItem } from "./opened-trace.ts";
import { readLineChunks } from "./read-lines.ts";
import { isProblem, TraceEventReader } from "./trace-events.ts";

/**
 * NDJSON traces, streamed a chunk of lines at a time. Each line goes through src/trace's line
 * checker (JSON, schema, sequence numbers, clocks: its checks and its messages) and becomes a
 * checker event; a line carrying the full state first takes the fast path (./full-state.ts),
 * which decodes the state from what changed since the previous line and hands the rest of the
 * line to the line checker. Only the current chunk is in memory, so a trace of any length is
 * checked in constant memory.
 */
export async function openNdjson(file: string): Promise<OpenResult> {
  const r = await readLineChunks(file);
  if (!r.ok) return r;
  return openChunks(r.chunks, file);
}

async function openChunks(chunks: AsyncGenerator<string[]>, file: string): Promise<OpenResult> {
  const lines = new LineChecker(file);
  let first = await chunks.next();
  while (!first.done && first.value.length === 0) first = await chunks.next();
  if (first.done) return { ok: false, problem: lines.finish() ?? problem("trace-format", "the trace is empty: line 1 must be the header", { file, line: 1, column: 1 }) };
  const rest = first.value.slice(1);
  const item = lines.check(first.value[0]!, 1);
  if (item.kind !== "header") {
    await chunks.return(undefined);
    return { ok: false, problem: item.kind === "problem" ? item.problem : problem("internal", "line 1 was read as an event", { file, line: 1, column: 1 }) };
  }
  const header: TraceHeader = item.header;
  const at = { file, line: 1, column: 1 };
  const opened: OpenedTrace = {
    file,
    format: "ndjson",
    header: { specPath: header.spec.path, module: header.spec.module, configPath: header.spec.config ?? null, constants: header.constants, location: at },
    bind(model) {
      const reader = TraceEventReader.create(model.variables, header.variables, model.models, file, at);
      if (isProblem(reader)) return { ok: false, problem: reader };
      const initial = reader.initial(header.init, 1);
      if (isProblem(initial)) return { ok: false, problem: initial };
      const fast = new FullStateFastPath(header.variables, model.models);
      return { ok: true, trace: { initial, events: batches(rest, chunks, lines, reader, fast) } };
    },
    async close() {
      await chunks.return(undefined);
    },
  };
  return { ok: true, trace: opened };
}

async function* batches(first: string[], chunks: AsyncGenerator<string[]>, lines: LineChecker, reader: TraceEventReader, fast: FullStateFastPath): AsyncGenerator<readonly TraceItem[]> {
  let n = 1;
  const convert = (text: string): TraceItem | null => {
    n++;
    const stripped = fast.strip(text);
    const it = lines.check(stripped === null ? text : stripped.rest, n);
    if (it.kind === "problem") return { kind: "problem", problem: it.problem };
    // The line checker reports a second header as a problem, never as a header.
    if (it.kind === "header") return null;
    const ev = stripped === null ? reader.event(it.event, n) : reader.eventWithState(it.event, n, stripped.state);
    return isProblem(ev) ? { kind: "problem", problem: ev as Problem } : { kind: "event", event: ev };
  };
  const batch = (texts: readonly string[]): TraceItem[] => {
    const out: TraceItem[] = [];
    for (const t of texts) {
      const item = convert(t);
      if (item !== null) out.push(item);
    }
    return out;
  };
  if (first.length > 0) yield batch(first);
  for await (const texts of chunks) yield batch(texts);
}
