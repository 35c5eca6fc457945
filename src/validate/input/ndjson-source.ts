import { problem } from "../../diagnostics/problem.ts";
import { readTraceLines, type TraceItem as LineItem } from "../../trace/reader.ts";
import type { Value } from "../../tla/values/index.ts";
import { FullStateFastPath } from "./full-state.ts";
import { readLines } from "./read-lines.ts";
import type { TraceHeader } from "../../trace/schema.ts";
import type { OpenResult, OpenedTrace, TraceItem } from "./opened-trace.ts";
import { isProblem, TraceEventReader } from "./trace-events.ts";

/**
 * NDJSON traces, streamed: src/trace's reader checks each line as it comes (JSON, schema,
 * sequence numbers, clocks) and this turns each event into the checker's form. Nothing holds
 * more than the current line, so a trace of any length is checked in constant memory.
 */
export async function openNdjson(file: string): Promise<OpenResult> {
  const r = await readLines(file);
  if (!r.ok) return r;
  return openNdjsonLines(r.lines, file);
}

/**
 * The same from lines from any source (tests, stdin). Full-state lines take the fast path once
 * the header is known: their state is decoded here (./full-state.ts) and the rest of the line
 * goes to the reader; `decoded` holds the states by line number until their events come out.
 */
export function openNdjsonLines(lines: AsyncIterable<string> | Iterable<string>, file: string): Promise<OpenResult> {
  const fast: FastPath = { path: null, decoded: new Map() };
  async function* stripped(): AsyncGenerator<string> {
    let n = 0;
    for await (const line of lines) {
      n++;
      const s = n > 1 && fast.path !== null ? fast.path.strip(line) : null;
      if (s === null) yield line;
      else {
        fast.decoded.set(n, s.state);
        yield s.rest;
      }
    }
  }
  return openLines(readTraceLines(stripped(), file), file, fast);
}

interface FastPath {
  path: FullStateFastPath | null;
  readonly decoded: Map<number, readonly Value[]>;
}

async function openLines(items: AsyncGenerator<LineItem>, file: string, fast: FastPath): Promise<OpenResult> {
  const first = await items.next();
  if (first.done) return { ok: false, problem: problem("trace-format", "the trace is empty: line 1 must be the header", { file, line: 1, column: 1 }) };
  const item = first.value;
  if (item.kind === "problem") {
    await items.return(undefined);
    return { ok: false, problem: item.problem };
  }
  if (item.kind !== "header") {
    await items.return(undefined);
    return { ok: false, problem: problem("internal", "the trace reader yielded an event before the header", { file, line: 1, column: 1 }) };
  }
  const header: TraceHeader = item.header;
  const at = { file, line: item.line, column: 1 };
  const opened: OpenedTrace = {
    file,
    format: "ndjson",
    header: { specPath: header.spec.path, module: header.spec.module, configPath: header.spec.config ?? null, constants: header.constants, location: at },
    bind(model) {
      const reader = TraceEventReader.create(model.variables, header.variables, model.models, file, at);
      if (isProblem(reader)) return { ok: false, problem: reader };
      const initial = reader.initial(header.init, item.line);
      if (isProblem(initial)) return { ok: false, problem: initial };
      fast.path = new FullStateFastPath(header.variables, model.models);
      return { ok: true, trace: { initial, events: events(items, reader, fast.decoded) } };
    },
    async close() {
      await items.return(undefined);
    },
  };
  return { ok: true, trace: opened };
}

async function* events(items: AsyncGenerator<LineItem>, reader: TraceEventReader, decoded: Map<number, readonly Value[]>): AsyncGenerator<TraceItem> {
  for (;;) {
    const next = await items.next();
    if (next.done) return;
    const it = next.value;
    if (it.kind === "problem") {
      decoded.clear();
      yield { kind: "problem", problem: it.problem };
      continue;
    }
    if (it.kind === "header") continue; // the reader reports a second header as a problem, never as a header
    const state = decoded.get(it.line);
    decoded.delete(it.line);
    const ev = state === undefined ? reader.event(it.event, it.line) : reader.eventWithState(it.event, it.line, state);
    yield isProblem(ev) ? { kind: "problem", problem: ev } : { kind: "event", event: ev };
  }
}
