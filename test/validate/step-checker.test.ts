import { describe, expect, it } from "vitest";
import type { TraceEvent, TraceHeader } from "../../src/trace/schema.ts";
import { tSet, type TValue } from "../../src/trace/value.ts";
import { createStepChecker, Session, type StepResult } from "../../src/validate/index.ts";
import { root } from "./helpers.ts";

/**
 * The checker's semantics on a small spec (fixtures/LossyChannel.tla): partial observability
 * and candidate sets, their bound, unlogged actions, actions Next does not split, steps Next
 * does not allow, invariants and action properties, and the initial state.
 */
const SPEC = root("test/validate/fixtures/LossyChannel.tla");
const CHECKED = root("test/validate/fixtures/LossyChannel_checked.cfg");
const session = new Session();

function header(variables: string[], init?: Record<string, TValue>): TraceHeader {
  return {
    format: "consensus-harness-trace",
    version: 1,
    spec: { module: "LossyChannel", path: SPEC },
    constants: { Max: 3 },
    variables,
    ...(init ? { init } : {}),
    implementation: { name: "test", version: "1" },
  };
}

let seq = 0;
function ev(action: string, params: Record<string, TValue> = {}, changes: TraceEvent["changes"] = undefined): TraceEvent {
  seq++;
  return { seq, node: "n", clock: seq, action, params, ...(changes ? { changes } : {}) };
}

function run(h: TraceHeader, events: (() => TraceEvent)[], opts: { config?: string; allowHidden?: string[]; maxCandidates?: number; maxHidden?: number } = {}): { results: StepResult[]; candidates: number } {
  seq = 0;
  const c = createStepChecker({
    header: h,
    session,
    ...(opts.config ? { config: opts.config } : {}),
    options: { ...(opts.allowHidden ? { allowHidden: opts.allowHidden } : {}), ...(opts.maxCandidates ? { maxCandidates: opts.maxCandidates } : {}), ...(opts.maxHidden ? { maxHidden: opts.maxHidden } : {}) },
  });
  if (!c.ok) throw new Error(c.problem.message);
  const results = [c.checker.start()];
  for (const e of events) results.push(c.checker.step(e()));
  return { results, candidates: c.checker.candidates };
}

const last = (r: { results: StepResult[] }) => r.results[r.results.length - 1]!;
/** A Send; the tests send before anything else, so the k-th event sends message k. */
const send = (): TraceEvent => {
  const e = ev("Send");
  return { ...e, changes: { next: { kind: "value", value: e.seq + 1 } } };
};
/** A Send for a trace that also reports the whole wire (messages 1..k, none lost yet). */
const sendOnWire = (): TraceEvent => {
  const e = send();
  return { ...e, changes: { ...e.changes, wire: { kind: "value", value: tSet(Array.from({ length: e.seq }, (_, i) => i + 1)) } } };
};

describe("the step checker", () => {
  it("carries every state the unreported variables allow, and narrows them when the trace says more", () => {
    // Only `next` is reported, and the event does not say which message was lost: Lose(m) for m
    // in 1..Max is split by Next, so both messages on the wire are candidates.
    const r = run(header(["next"]), [send, send, () => ev("Lose")]);
    expect(last(r)).toMatchObject({ kind: "accepted", candidates: 2 });
    const narrowed = run(header(["next", "wire"]), [sendOnWire, sendOnWire, () => ev("Lose", {}, { wire: { kind: "value", value: tSet([2]) } })]);
    expect(last(narrowed)).toMatchObject({ kind: "accepted", candidates: 1 });
    const given = run(header(["next"]), [send, send, () => ev("Lose", { m: 1 })]);
    expect(last(given)).toMatchObject({ kind: "accepted", candidates: 1 });
  });

  it("names the conjunct that is false in every candidate state", () => {
    const r = run(header(["next"]), [send, send, () => ev("Lose"), () => ev("Receive", { m: 3 })]);
    expect(last(r)).toMatchObject({ kind: "rejected", candidates: 2, reason: { kind: "disabled", action: "Receive(3)", conjunct: { text: "m \\in wire" }, everywhere: true, candidates: 2 } });
  });

  it("refuses to carry more candidate states than --max-candidates, with a limit error", () => {
    const r = run(header(["next"]), [send, send, () => ev("Lose")], { maxCandidates: 1 });
    expect(last(r)).toMatchObject({ kind: "error", problem: { code: "limit" }, event: { step: 3 } });
  });

  it("rejects parameter values Next never binds, naming the values it does", () => {
    const r = run(header(["next"]), [send, () => ev("Lose", { m: 7 })]);
    expect(last(r)).toMatchObject({ kind: "rejected", reason: { kind: "bad-parameters", message: "Next never takes Lose with m = 7: it takes Lose with m \\in {1, 2, 3}" } });
  });

  it("evaluates an action Next does not split on its own, with every parameter given", () => {
    const ok = run(header(["next", "wire", "got"]), [sendOnWire, () => ev("Receive", { m: 1 }, { wire: { kind: "value", value: tSet([]) }, got: { kind: "add", elems: [1] } })]);
    expect(last(ok)).toMatchObject({ kind: "accepted" });
    const missing = run(header(["next", "wire", "got"]), [sendOnWire, () => ev("Receive", {}, { got: { kind: "add", elems: [1] } })]);
    expect(last(missing)).toMatchObject({ kind: "rejected", reason: { kind: "bad-parameters", message: expect.stringContaining("the event must give m") } });
    const disabled = run(header(["next", "wire", "got"]), [sendOnWire, () => ev("Receive", { m: 2 }, { got: { kind: "add", elems: [2] } })]);
    expect(last(disabled)).toMatchObject({ kind: "rejected", reason: { kind: "disabled", action: "Receive(2)", conjunct: { text: "m \\in wire" } } });
  });

  it("rejects a step that the named action allows but Next does not", () => {
    const r = run(header(["next", "got"]), [send, () => ev("Forge", { m: 3 }, { got: { kind: "add", elems: [3] } })]);
    expect(last(r)).toMatchObject({ kind: "rejected", event: { step: 2 }, reason: { kind: "not-next-step", action: "Forge(3)" } });
  });

  it("inserts unlogged actions named by --allow-hidden, and only those, up to --max-hidden steps", () => {
    // Message 1 is lost on the wire without a log line; the receiver then takes message 2.
    const events = [sendOnWire, sendOnWire, () => ev("Receive", { m: 2 }, { wire: { kind: "value", value: tSet([]) }, got: { kind: "add", elems: [2] } })];
    const h = header(["next", "wire", "got"]);
    expect(last(run(h, events))).toMatchObject({ kind: "rejected", event: { step: 3 }, reason: { kind: "mismatch", variables: [{ variable: "wire", expected: "{1}", reported: "{}" }] } });
    expect(last(run(h, events, { allowHidden: ["Lose"] }))).toMatchObject({ kind: "accepted" });
    // Two losses before one event need two hidden steps.
    const twoLost = [sendOnWire, sendOnWire, sendOnWire, () => ev("Receive", { m: 3 }, { wire: { kind: "value", value: tSet([]) }, got: { kind: "add", elems: [3] } })];
    expect(last(run(h, twoLost, { allowHidden: ["Lose"], maxHidden: 1 }))).toMatchObject({ kind: "rejected" });
    expect(last(run(h, twoLost, { allowHidden: ["Lose"], maxHidden: 2 }))).toMatchObject({ kind: "accepted" });
  });

  it("checks the .cfg's invariants in every state and its action properties on every step", () => {
    const h = header(["next", "wire", "lost"]);
    const loss = run(h, [sendOnWire, () => ev("Lose", { m: 1 }, { wire: { kind: "value", value: tSet([]) }, lost: { kind: "value", value: 1 } })], { config: CHECKED });
    expect(last(loss)).toMatchObject({ kind: "violated", property: { name: "NoLoss", kind: "invariant" }, event: { step: 2 }, state: { lost: "1" } });
    const g = header(["next", "got"]);
    const older = run(g, [send, send, () => ev("Receive", { m: 1 }, { got: { kind: "add", elems: [1] } })], { config: CHECKED });
    expect(last(older)).toMatchObject({ kind: "violated", property: { name: "OnlyNewest", kind: "property" }, event: { step: 3 } });
    const newest = run(g, [send, send, () => ev("Receive", { m: 2 }, { got: { kind: "add", elems: [2] } })], { config: CHECKED });
    expect(last(newest)).toMatchObject({ kind: "accepted" });
  });

  it("starts from the initial states that agree with the trace's first state, and says why when none does", () => {
    const r = run(header(["next", "got"], { next: 2, got: tSet([]) }), []);
    expect(r.results[0]).toMatchObject({ kind: "rejected", event: { step: 0 }, reason: { kind: "initial-state", initialStates: 1, variables: [{ variable: "next", expected: "1", reported: "2" }] } });
  });

  it("keeps returning its verdict after a rejection, and refuses events out of sequence", () => {
    seq = 0;
    const c = createStepChecker({ header: header(["next"]), session });
    if (!c.ok) throw new Error(c.problem.message);
    c.checker.start();
    const bad = c.checker.step(ev("Receive", { m: 1 }));
    expect(bad.kind).toBe("rejected");
    expect(c.checker.step(ev("Send"))).toBe(bad);
    const d = createStepChecker({ header: header(["next"]), session });
    if (!d.ok) throw new Error(d.problem.message);
    expect(d.checker.step({ seq: 2, node: "n", clock: 1, action: "Send", params: {} })).toMatchObject({ kind: "error", problem: { code: "trace-format" } });
  });

  it("reports a header that does not fit the spec as a problem, not a verdict", () => {
    const c = createStepChecker({ header: { ...header(["next", "inbox"]) }, session });
    expect(c).toMatchObject({ ok: false, problem: { code: "trace-format", message: expect.stringContaining("inbox is not a variable of the spec") } });
    const k = createStepChecker({ header: { ...header(["next"]), constants: { Max: 3, Min: 1 } }, session });
    expect(k).toMatchObject({ ok: false, problem: { message: expect.stringContaining("declares no constant Min") } });
  });
});
