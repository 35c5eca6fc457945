import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { renderProblem } from "../../src/diagnostics/render.ts";
import { loadTraceFile, parseTraceText, readTraceFile, readTraceStream } from "../../src/trace/reader.ts";

const header = JSON.stringify({
  format: "consensus-harness-trace",
  version: 1,
  spec: { module: "Paxos", path: "spec/Paxos.tla" },
  constants: { Ballots: { $set: [0, 1] }, None: { $model: "None" } },
  variables: ["maxBal", "msgs"],
  implementation: { name: "test", version: "1" },
});
const e1 = JSON.stringify({ seq: 1, node: "p1", clock: 1, action: "Phase1a", params: { b: 0 }, changes: { msgs: { add: [{ type: "1a", bal: 0 }] } } });
const e2 = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ seq: 2, node: "a1", clock: 2, action: "Phase1b", params: { a: { $model: "a1" }, b: 0 }, changes: { maxBal: { at: [[{ $model: "a1" }, 0]] } }, ...extra });

/** The rendered problems of a trace given as lines. */
async function problems(lines: string[]): Promise<string[]> {
  const r = await parseTraceText(lines.length ? lines.join("\n") + "\n" : "", "t.ndjson");
  return r.ok ? [] : r.problems.map((p) => renderProblem(p).split("\n")[0]!);
}

describe("trace reader", () => {
  it("accepts a well-formed trace and decodes its values", async () => {
    const r = await parseTraceText([header, e1, e2()].join("\n") + "\n", "t.ndjson");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.trace.header.constants.Ballots).toEqual({ kind: "set", elems: [0, 1] });
    expect(r.trace.events[1]!.changes!.maxBal).toEqual({ kind: "update", entries: [[{ kind: "model", name: "a1" }, 0]] });
  });

  it("reports every malformed line with file:line:column, never skipping one", async () => {
    const cases: [string[], string][] = [
      [[], "t.ndjson:1:1: the trace is empty: line 1 must be the header"],
      [[e1], 't.ndjson:1:1: line 1 must be the trace header, an object with "format": "consensus-harness-trace"'],
      [[header.slice(0, 20)], "t.ndjson:1:21: not valid JSON: Unterminated string"],
      [[header.replace('"version":1', '"version":2')], "t.ndjson:1:1: header.version: must be 1 (this harness reads trace format version 1)"],
      [[header.replace('"variables":["maxBal","msgs"]', '"variables":["maxBal","maxBal"]')], "t.ndjson:1:1: header.variables: lists a variable twice"],
      [[header, e1, ""], "t.ndjson:3:1: empty line: every line of a trace is one JSON object"],
      [[header, e1, "[1,2]"], "t.ndjson:3:1: an event must be a JSON object, got an array"],
      [[header, e1, header], "t.ndjson:3:1: a second header: only line 1 may be a header"],
      [[header, e1, e2({ seq: 3 })], "t.ndjson:3:1: event.seq: expected 2, got 3 (events are numbered 1, 2, 3, ... with no gap)"],
      [[header, e1, e2({ clock: 0, node: "p1" })], "t.ndjson:3:1: event.clock: the logical clock of node p1 went back from 1 to 0"],
      [[header, e1, e2({ seq: "2" })], 't.ndjson:3:1: event.seq: expected an integer, got "2"'],
      [[header, e1, e2({ action: "2b" })], "t.ndjson:3:1: event.action: must be a TLA+ identifier (letters, digits, _; not starting with a digit)"],
      [[header, e1, e2({ extra: 1 })], 't.ndjson:3:1: event: unknown key "extra"'],
      [[header, e1, JSON.stringify({ seq: 2, node: "a1", clock: 2, params: {} })], "t.ndjson:3:1: event.action: missing (expected a string)"],
      [[header, e1, e2({ params: { b: 0.5 } })], "t.ndjson:3:1: event.params.b: 0.5 is not an integer (TLA+ values in traces are integers, strings, booleans, model values, sets, functions, records and sequences)"],
      [[header, e1, e2({ changes: { maxbal: { value: 1 } } })], "t.ndjson:3:1: event.changes.maxbal: not a variable of this trace (the header lists maxBal, msgs)"],
      [[header, e1, e2({ changes: { maxBal: { value: 1, add: [1] } } })], 't.ndjson:3:1: event.changes.maxBal: a change has exactly one of "value", "at" or "add", not value and add'],
      [[header, e1, e2({ changes: { maxBal: {} } })], 't.ndjson:3:1: event.changes.maxBal: a change needs exactly one of "value", "at" or "add"'],
      [[header, e1, e2({ changes: { msgs: { add: [] } } })], "t.ndjson:3:1: event.changes.msgs.add: must list at least one element"],
      [[header, e1, e2({ changes: { maxBal: { at: [[1]] } } })], "t.ndjson:3:1: event.changes.maxBal.at[0]: must be a [key, value] pair"],
      [[header, e1, e2({ changes: undefined, full: true })], 't.ndjson:3:1: event.state: an event with "full": true must carry "state", the value of every variable'],
      [[header, e1, e2({ changes: undefined, full: true, state: { maxBal: 1 } })], "t.ndjson:3:1: event.state: must give exactly the variables maxBal, msgs (missing msgs)"],
      [[header, e1, e2({ state: { maxBal: 1, msgs: { $set: [] } } })], 't.ndjson:3:1: event.full: an event carrying "state" must say "full": true'],
    ];
    for (const [lines, expected] of cases) expect((await problems(lines))[0], expected).toBe(expected);
  });

  it("collects a problem for each bad line, not only the first", async () => {
    const ps = await problems([header, e1.replace('"b":0', '"b":"x"').replace('"seq":1', '"seq":1.5'), "oops", e2()]);
    expect(ps.map((p) => p.split(":").slice(0, 2).join(":"))).toEqual(["t.ndjson:2", "t.ndjson:3"]);
  });

  it("streams a file from disk line by line, with \\r\\n line ends", async () => {
    const dir = mkdtempSync(join(tmpdir(), "trace-"));
    const path = join(dir, "crlf.ndjson");
    writeFileSync(path, [header, e1, e2()].join("\r\n") + "\r\n");
    const kinds: string[] = [];
    for await (const item of readTraceFile(path)) kinds.push(item.kind === "problem" ? renderProblem(item.problem) : item.kind);
    expect(kinds).toEqual(["header", "event", "event"]);
  });

  it("streams from any readable stream, such as stdin", async () => {
    const items = [];
    for await (const item of readTraceStream(Readable.from([header + "\n" + e1.slice(0, 30), e1.slice(30) + "\n"]), "<stdin>")) items.push(item.kind);
    expect(items).toEqual(["header", "event"]);
  });

  it("reports a missing file as an io problem", async () => {
    const r = await loadTraceFile("/nonexistent/x.ndjson");
    expect(r.ok || r.problems.map((p) => [p.code, p.message])).toEqual([["io", "cannot read trace /nonexistent/x.ndjson: no such file"]]);
  });
});
