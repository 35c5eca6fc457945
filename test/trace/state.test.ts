import { describe, expect, it } from "vitest";
import type { TraceEvent } from "../../src/trace/schema.ts";
import { applyChange, applyEvent } from "../../src/trace/state.ts";
import { tFcn, tModel, tRecord, tSeq, tSet } from "../../src/trace/value.ts";

const a1 = tModel("a1");
const a2 = tModel("a2");
const state = { maxBal: tFcn([[a1, -1], [a2, -1]]), msgs: tSet([]), rec: tRecord({ x: 1 }), seq: tSeq([1, 2]) };

describe("applying changes to a state", () => {
  it("applies the three forms: whole value, update at keys, set addition", () => {
    const e: TraceEvent = {
      seq: 1,
      node: "a1",
      clock: 1,
      action: "Phase1b",
      params: {},
      changes: { maxBal: { kind: "update", entries: [[a1, 0]] }, msgs: { kind: "add", elems: [tRecord({ type: "1a", bal: 0 })] }, rec: { kind: "value", value: 7 } },
    };
    const r = applyEvent(state, e);
    expect(r.ok && r.state).toEqual({ maxBal: tFcn([[a1, 0], [a2, -1]]), msgs: tSet([tRecord({ type: "1a", bal: 0 })]), rec: 7, seq: state.seq });
  });

  it("updates records by field and sequences by index", () => {
    const r1 = applyChange(state, "rec", { kind: "update", entries: [["x", 2]] });
    expect(r1.ok && r1.state.rec).toEqual(tRecord({ x: 2 }));
    const r2 = applyChange(state, "seq", { kind: "update", entries: [[2, 9]] });
    expect(r2.ok && r2.state.seq).toEqual(tSeq([1, 9]));
  });

  it("refuses an update outside the domain, an update of a non-function and an addition to a non-set", () => {
    const m = (r: { ok: boolean; message?: string }) => (r.ok ? "ok" : r.message);
    expect(m(applyChange(state, "maxBal", { kind: "update", entries: [[tModel("a9"), 0]] }))).toBe("a9 is not in the domain of maxBal");
    expect(m(applyChange(state, "seq", { kind: "update", entries: [[3, 0]] }))).toBe("3 is not in the domain of seq");
    expect(m(applyChange({ x: 1 }, "x", { kind: "update", entries: [[1, 0]] }))).toBe('x is 1, not a function: "at" updates need a function');
    expect(m(applyChange(state, "rec", { kind: "add", elems: [1] }))).toBe('rec is [x |-> 1], not a set: "add" needs a set');
    expect(m(applyChange({}, "y", { kind: "update", entries: [[1, 0]] }))).toBe("y has no value yet, so it cannot be updated at keys");
  });

  it("takes a full-state event's state as it is", () => {
    const r = applyEvent(state, { seq: 1, node: "n", clock: 0, action: "A", params: {}, full: true, state: { maxBal: 1 } });
    expect(r.ok && r.state).toEqual({ maxBal: 1 });
  });
});
