import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultPaxosConfig } from "../../src/protocol/paxos/config.ts";
import { fromItfValue, toItfValue } from "../../src/trace/itf-value.ts";
import { formatItf, itfToTrace, readItfFile, traceToItf } from "../../src/trace/itf.ts";
import { parseTraceText } from "../../src/trace/reader.ts";
import { simulateTrace } from "../../src/trace/simulate.ts";
import { applyEvent, type TraceState } from "../../src/trace/state.ts";
import { tFcn, tModel, tRecord, tSeq, tSet, valuesEqual } from "../../src/trace/value.ts";
import { repoRoot } from "../helpers/run-cli.ts";

function paxosTrace(fullStateEvery = 0) {
  const r = simulateTrace({ protocol: "paxos", config: defaultPaxosConfig(), common: { seed: 4, maxSteps: 200, faults: ["drop", "dup"], fullStateEvery } });
  if (!r.ok) throw new Error(r.problem.message);
  return r.trace;
}

describe("ITF", () => {
  it("encodes values as Apalache and Quint do", () => {
    expect(toItfValue(tSet([1, 2]))).toEqual({ "#set": [{ "#bigint": "1" }, { "#bigint": "2" }] });
    expect(toItfValue(tFcn([[tModel("a1"), -1]]))).toEqual({ "#map": [["a1_OF_MODEL", { "#bigint": "-1" }]] });
    expect(toItfValue(tRecord({ type: "1a", bal: 0 }))).toEqual({ type: "1a", bal: { "#bigint": "0" } });
    expect(toItfValue(tSeq([true]))).toEqual([true]);
    expect(fromItfValue({ "#tup": [1, "x"] }, "v")).toEqual(tSeq([1, "x"]));
    expect(fromItfValue("p1_OF_PROC", "v")).toEqual(tModel("p1_OF_PROC"));
    expect(() => fromItfValue({ "#unserializable": "Nat" }, "v")).toThrow(/could not serialise/);
    expect(() => fromItfValue({ "#bigint": "12x" }, "v")).toThrow(/decimal digits/);
  });

  it("exports full states (replaying the changes) and imports them back: the same states, every event full", () => {
    const trace = paxosTrace();
    const itf = traceToItf(trace);
    expect(itf.ok).toBe(true);
    if (!itf.ok) return;
    const text = formatItf(itf.value);
    const back = itfToTrace(JSON.parse(text), "x.itf.json");
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.header.constants).toEqual(trace.header.constants);
    expect(back.value.events.map((e) => [e.seq, e.node, e.clock, e.action, e.params])).toEqual(trace.events.map((e) => [e.seq, e.node, e.clock, e.action, e.params]));
    let state: TraceState = trace.header.init!;
    for (const [i, e] of trace.events.entries()) {
      const next = applyEvent(state, e);
      if (!next.ok) throw new Error(next.message);
      state = next.state;
      const imported = back.value.events[i]!;
      expect(imported.full).toBe(true);
      for (const v of trace.header.variables) expect(valuesEqual(imported.state![v]!, state[v]!), `${v} at ${e.seq}`).toBe(true);
    }
  });

  it("imports a foreign (Quint-style) trace: actions from mbt::actionTaken, parameters from nondet picks", () => {
    const quint = {
      "#meta": { format: "ITF", source: "counter.qnt" },
      vars: ["x", "mbt::actionTaken", "mbt::nondetPicks"],
      states: [
        { "#meta": { index: 0 }, x: { "#bigint": "0" }, "mbt::actionTaken": "init", "mbt::nondetPicks": { n: { tag: "None", value: {} } } },
        { "#meta": { index: 1 }, x: { "#bigint": "2" }, "mbt::actionTaken": "Add", "mbt::nondetPicks": { n: { tag: "Some", value: { "#bigint": "2" } } } },
        { "#meta": { index: 2 }, x: { "#bigint": "3" } },
      ],
    };
    const r = itfToTrace(quint, "counter.itf.json");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.header.spec.module).toBe("counter");
    expect(r.value.header.variables).toEqual(["x"]);
    expect(r.value.header.init).toEqual({ x: 0 });
    expect(r.value.events.map((e) => [e.action, e.params, e.state])).toEqual([
      ["Add", { n: 2 }, { x: 2 }],
      ["Next", {}, { x: 3 }],
    ]);
  });

  it("refuses malformed ITF with the path of the culprit", () => {
    const bad = (json: unknown) => {
      const r = itfToTrace(json, "b.itf.json");
      return r.ok ? "ok" : r.problem.message;
    };
    expect(bad([])).toMatch(/an ITF trace is a JSON object/);
    expect(bad({ vars: ["x"], states: [] })).toBe('ITF "states" must be a non-empty array');
    expect(bad({ vars: ["x"], states: [{ y: 1 }] })).toBe("states[0]: variable x is missing");
    expect(bad({ vars: ["x"], states: [{ x: { "#set": 1 } }] })).toBe("states[0].x.#set: must be an array");
  });

  it("refuses to export a trace without an initial state", () => {
    const trace = paxosTrace();
    const { init: _init, ...header } = trace.header;
    const r = traceToItf({ header, events: trace.events }, "t.ndjson");
    expect(r.ok || r.problem.message).toBe('t.ndjson: ITF needs full states, and this trace\'s header has no "init" to start from');
  });

  it("the committed ITF exports match their NDJSON golden traces", async () => {
    const itf = await readItfFile(`${repoRoot}traces/itf/paxos-clean.itf.json`);
    const nd = await parseTraceText(readFileSync(`${repoRoot}traces/paxos-clean.ndjson`, "utf8"), "paxos-clean.ndjson");
    expect(itf.ok && nd.ok).toBe(true);
    if (!itf.ok || !nd.ok) return;
    expect(itf.value.events.map((e) => e.action)).toEqual(nd.trace.events.map((e) => e.action));
    const missing = await readItfFile("/nonexistent.itf.json");
    expect(missing.ok || missing.problem.code).toBe("io");
  });
});
