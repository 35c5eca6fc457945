import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import { problem, type Problem } from "../diagnostics/problem.ts";
import { parseEventLine, parseHeaderLine } from "./parse-line.ts";
import type { TraceEvent, TraceHeader } from "./schema.ts";

/**
 * Reading NDJSON traces, line by line. The reader yields the header, each event, and a
 * `trace-format` Problem for every line that is wrong, and never skips one silently: a consumer
 * that wants to stop at the first problem stops iterating. Memory stays bounded by one line plus
 * per-node clocks, so a trace of any length streams.
 *
 * Rules across lines, on top of the per-line schema (./schema.ts):
 * - line 1 is the header, no other line is;
 * - `seq` is 1 on the first event and grows by exactly 1;
 * - a node's `clock` never decreases;
 * - `changes` name only variables the header lists, and a full `state` gives every one of them.
 */
export type TraceItem =
  | { readonly kind: "header"; readonly header: TraceHeader; readonly line: number }
  | { readonly kind: "event"; readonly event: TraceEvent; readonly line: number }
  | { readonly kind: "problem"; readonly problem: Problem };

/** Exported for callers that read lines in batches and check them synchronously (src/validate). */
export class LineChecker {
  private header: TraceHeader | undefined;
  private headerSeen = false;
  private lastSeq = 0;
  /** After a bad line the next good event's seq is taken as given: one error, not a cascade. */
  private resync = false;
  private readonly clocks = new Map<string, number>();

  constructor(private readonly file: string) {}

  check(text: string, line: number): TraceItem {
    if (line === 1) {
      this.headerSeen = true;
      const r = parseHeaderLine(text, this.file, line);
      if (!r.ok) return { kind: "problem", problem: r.problem };
      const initProblem = r.value.init ? this.sameVariables(r.value.variables, Object.keys(r.value.init), "header.init", line) : undefined;
      if (initProblem) return { kind: "problem", problem: initProblem };
      this.header = r.value;
      return { kind: "header", header: r.value, line };
    }
    const r = parseEventLine(text, this.file, line);
    if (!r.ok) {
      this.resync = true;
      return { kind: "problem", problem: r.problem };
    }
    const e = r.value;
    const here = { file: this.file, line, column: 1 };
    const expected = this.resync ? e.seq : this.lastSeq + 1;
    this.resync = false;
    this.lastSeq = e.seq;
    if (e.seq !== expected) return { kind: "problem", problem: problem("trace-format", `event.seq: expected ${expected}, got ${e.seq} (events are numbered 1, 2, 3, ... with no gap)`, here) };
    const before = this.clocks.get(e.node);
    this.clocks.set(e.node, e.clock);
    if (before !== undefined && e.clock < before) {
      return { kind: "problem", problem: problem("trace-format", `event.clock: the logical clock of node ${e.node} went back from ${before} to ${e.clock}`, here) };
    }
    if (this.header) {
      const vars = new Set(this.header.variables);
      for (const v of Object.keys(e.changes ?? {})) {
        if (!vars.has(v)) return { kind: "problem", problem: problem("trace-format", `event.changes.${v}: not a variable of this trace (the header lists ${this.header.variables.join(", ")})`, here) };
      }
      if (e.state) {
        const p = this.sameVariables(this.header.variables, Object.keys(e.state), "event.state", line);
        if (p) return { kind: "problem", problem: p };
      }
    }
    return { kind: "event", event: e, line };
  }

  /** A trace with no line at all still gets its problem. */
  finish(): Problem | undefined {
    return this.headerSeen ? undefined : problem("trace-format", "the trace is empty: line 1 must be the header", { file: this.file, line: 1, column: 1 });
  }

  private sameVariables(declared: readonly string[], given: readonly string[], where: string, line: number): Problem | undefined {
    const missing = declared.filter((v) => !given.includes(v));
    const extra = given.filter((v) => !declared.includes(v));
    if (missing.length === 0 && extra.length === 0) return undefined;
    const parts = [missing.length ? `missing ${missing.join(", ")}` : "", extra.length ? `unknown ${extra.join(", ")}` : ""].filter(Boolean);
    return problem("trace-format", `${where}: must give exactly the variables ${declared.join(", ")} (${parts.join("; ")})`, { file: this.file, line, column: 1 });
  }
}

/** Checks lines from any source (a file, stdin, a test's array); `file` names it in problems. */
export async function* readTraceLines(lines: AsyncIterable<string> | Iterable<string>, file: string): AsyncGenerator<TraceItem> {
  const checker = new LineChecker(file);
  let n = 0;
  for await (const text of lines) {
    n++;
    yield checker.check(text, n);
  }
  const end = checker.finish();
  if (end) yield { kind: "problem", problem: end };
}

/** Streams a trace file from disk; an unreadable file is an `io` problem. */
export async function* readTraceFile(path: string): AsyncGenerator<TraceItem> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : e instanceof Error ? e.message : String(e);
    yield { kind: "problem", problem: problem("io", `cannot read trace ${path}: ${why}`) };
    return;
  }
  const input = handle.createReadStream({ encoding: "utf8" });
  const rl = createInterface({ input, crlfDelay: Infinity });
  try {
    yield* readTraceLines(rl, path);
  } catch (e) {
    yield { kind: "problem", problem: problem("io", `cannot read trace ${path}: ${e instanceof Error ? e.message : String(e)}`) };
  } finally {
    rl.close();
    input.destroy();
    await handle.close().catch(() => undefined);
  }
}

/** Streams a trace from any readable stream (stdin, a socket, a decompressor); `name` labels problems. */
export async function* readTraceStream(input: NodeJS.ReadableStream, name: string): AsyncGenerator<TraceItem> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  try {
    yield* readTraceLines(rl, name);
  } catch (e) {
    yield { kind: "problem", problem: problem("io", `cannot read trace ${name}: ${e instanceof Error ? e.message : String(e)}`) };
  } finally {
    rl.close();
  }
}

export interface Trace {
  readonly header: TraceHeader;
  readonly events: readonly TraceEvent[];
}

export type LoadResult = { readonly ok: true; readonly trace: Trace } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Collects a whole trace (tests, exports of short traces); every problem is returned, not the first. */
export async function collectTrace(items: AsyncIterable<TraceItem>): Promise<LoadResult> {
  let header: TraceHeader | undefined;
  const events: TraceEvent[] = [];
  const problems: Problem[] = [];
  for await (const item of items) {
    if (item.kind === "header") header = item.header;
    else if (item.kind === "event") events.push(item.event);
    else problems.push(item.problem);
  }
  if (problems.length > 0 || !header) return { ok: false, problems };
  return { ok: true, trace: { header, events } };
}

export function loadTraceFile(path: string): Promise<LoadResult> {
  return collectTrace(readTraceFile(path));
}

/** A trace held in a string (tests, generated traces); same checks as a file. */
export function parseTraceText(text: string, file: string): Promise<LoadResult> {
  const lines = text.endsWith("\n") ? text.slice(0, -1).split("\n") : text.length === 0 ? [] : text.split("\n");
  return collectTrace(readTraceLines(lines.map((l) => l.replace(/\r$/, "")), file));
}
