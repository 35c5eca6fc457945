import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readTraceLines } from "../../../src/trace/reader.ts";
import { eventToJson, formatHeaderLine, formatEventLine } from "../../../src/trace/writer.ts";
import { printValue } from "../../../src/tla/values/index.ts";
import { FullStateFastPath } from "../../../src/validate/input/full-state.ts";
import { ModelValueTable } from "../../../src/validate/model-values.ts";
import { toValue } from "../../../src/validate/to-value.ts";
import { Session, validateFile } from "../../../src/validate/index.ts";
import { simulated } from "../helpers.ts";

/**
 * The full-state fast path decodes exactly what the trace reader decodes, whatever the layout
 * of the line, and leaves every line it is not sure of to the reader, so that a broken line
 * gets the reader's own message.
 */
const dir = mkdtempSync(join(tmpdir(), "full-state-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const session = new Session();

async function readerProblem(lines: string[]): Promise<string | null> {
  for await (const it of readTraceLines(lines, "t.ndjson")) if (it.kind === "problem") return it.problem.message;
  return null;
}

describe("full-state fast path", () => {
  it("gives the values the reader gives, for any layout of the line", async () => {
    for (const protocol of ["paxos", "register"] as const) {
      const trace = simulated(protocol, 7, { steps: 40, fullStateEvery: 1 });
      const models = new ModelValueTable();
      const fast = new FullStateFastPath(trace.header.variables, models);
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: trace.events.length - 1 }), fc.boolean(), async (i, spaced) => {
          const e = trace.events[i]!;
          const line = spaced ? JSON.stringify(eventToJson(e), null, 1).replace(/\n/g, " ") : formatEventLine(e);
          const s = fast.strip(line);
          expect(s).not.toBeNull();
          trace.header.variables.forEach((v, k) => expect(printValue(s!.state[k]!)).toBe(printValue(toValue(e.state![v]!, models))));
          const rest = JSON.parse(s!.rest);
          expect(rest).toEqual({ seq: e.seq, node: e.node, clock: e.clock, action: e.action, params: eventToJson(e).params });
        }),
        { numRuns: 60 },
      );
    }
  });

  it("leaves a line it is not sure of to the reader, which names the problem", async () => {
    const trace = simulated("paxos", 3, { steps: 30, fullStateEvery: 1 });
    const header = formatHeaderLine(trace.header);
    const good = formatEventLine(trace.events[0]!);
    const fast = new FullStateFastPath(trace.header.variables, new ModelValueTable());
    const broken = [
      good.replace('"chosen":{"$set":[]}', '"chosen":{"$model":7}'),
      good.replace(',"chosen":{"$set":[]}', ""),
      good.replace('"chosen":{"$set":[]}', '"chosen":{"$set":[]},"extra":1'),
      good.replace('"full":true', '"full":false'),
      good.replace('"state":{', '"state":{"inbox":1,'),
      good.replace('"chosen":{"$set":[]}', '"chosen":{"$set":[1.5]}'),
    ];
    for (const [k, line] of broken.entries()) {
      expect(line, `case ${k}`).not.toBe(good);
      expect(fast.strip(line), `case ${k}: ${line}`).toBeNull();
      const file = join(dir, `broken-${k}.ndjson`);
      writeFileSync(file, `${header}\n${line}\n`);
      const r = await validateFile(file, session, { spec: "spec/Paxos.tla" });
      const expected = await readerProblem([header, line]);
      expect(expected, `case ${k}`).not.toBeNull();
      expect(r.verdict, `case ${k}`).toMatchObject({ kind: "error", problem: { code: "trace-format", message: expected, location: { line: 2 } } });
    }
  });

  it("accepts a long full-state trace and rejects one whose state goes wrong, at that line", async () => {
    const trace = simulated("paxos", 11, { steps: 60, fullStateEvery: 1 });
    const lines = [formatHeaderLine(trace.header), ...trace.events.map(formatEventLine)];
    const file = join(dir, "full.ndjson");
    writeFileSync(file, lines.join("\n") + "\n");
    expect((await validateFile(file, session)).verdict).toMatchObject({ kind: "accepted", events: trace.events.length });
    const k = Math.floor(trace.events.length / 2);
    const wrong = [...lines];
    wrong[k + 1] = wrong[k + 1]!.replace(/"maxBal":\{"\$fcn":\[\[\{"\$model":"a1"\},(-?\d+)\]/, (_m, n) => `"maxBal":{"$fcn":[[{"$model":"a1"},${Number(n) + 5}]`);
    expect(wrong[k + 1]).not.toBe(lines[k + 1]);
    writeFileSync(file, wrong.join("\n") + "\n");
    const r = await validateFile(file, session);
    expect(r.verdict).toMatchObject({ kind: "rejected", event: { step: k + 1, line: k + 2 } });
  });
});
