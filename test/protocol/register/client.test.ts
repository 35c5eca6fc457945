import { describe, expect, it } from "vitest";
import { beginOperation, clientReceive, initialClient, restartClient, type ClientState, type RegisterCommand } from "../../../src/protocol/register/client.ts";
import type { RegisterSetup } from "../../../src/protocol/register/config.ts";
import type { RegisterEvent } from "../../../src/protocol/register/events.ts";
import type { QueryReplyMsg, Timestamp } from "../../../src/protocol/register/messages.ts";
import { registerSetup } from "./setup.ts";

const setup = registerSetup();

function begin(cmd: RegisterCommand, s: ClientState = initialClient(1), su: RegisterSetup = setup): ClientState {
  const r = beginOperation(s, cmd, su);
  if (!r.ok) throw new Error(r.reason);
  return r.step.state;
}

const reply = (replica: string, ts: Timestamp, val: string | null, client = 1, op = 1): QueryReplyMsg => ({ type: "queryReply", client, op, replica, ts, val });

function receiveAll(s: ClientState, msgs: Parameters<typeof clientReceive>[1][], su: RegisterSetup = setup): { state: ClientState; events: RegisterEvent[] } {
  const events: RegisterEvent[] = [];
  for (const m of msgs) {
    const step = clientReceive(s, m, su);
    s = step.state;
    events.push(...step.events);
  }
  return { state: s, events };
}

describe("register client", () => {
  it("begins a write: query to every replica, BeginWrite with the spec's op record", () => {
    const r = beginOperation(initialClient(1), { kind: "write", value: "v1" }, setup);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.step.send.map((o) => o.to)).toEqual(["r1", "r2", "r3"]);
    expect(r.step.events).toEqual([
      { action: "BeginWrite", c: 1, v: "v1", op: { seq: 1, kind: "write", phase: "query", ts: { num: 0, writer: 0 }, val: "v1" }, sent: { type: "query", client: 1, op: 1 } },
    ]);
  });

  it("refuses a second operation while one is running, and more than MaxOps", () => {
    const s = begin({ kind: "read" });
    expect(beginOperation(s, { kind: "read" }, setup)).toEqual({ ok: false, reason: "c1 is still in the query phase of its read 1" });
    const spent = { ...initialClient(1), op: { ...initialClient(1).op, seq: 3 } };
    expect(beginOperation(spent, { kind: "read" }, setup)).toEqual({ ok: false, reason: "c1 has done its 3 operations (MaxOps)" });
  });

  it("a write takes the highest timestamp of a read quorum, plus one, with its id", () => {
    const s = begin({ kind: "write", value: "v1" });
    const { state, events } = receiveAll(s, [reply("r3", { num: 2, writer: 2 }, "v2"), reply("r1", { num: 1, writer: 1 }, "v1")]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "EndQuery", c: 1, Q: ["r1", "r3"], op: { phase: "store", ts: { num: 3, writer: 1 }, val: "v1" } });
    const end = receiveAll(state, [
      { type: "storeAck", client: 1, op: 1, replica: "r2" },
      { type: "storeAck", client: 1, op: 1, replica: "r2" },
      { type: "storeAck", client: 1, op: 1, replica: "r3" },
    ]);
    expect(end.events).toEqual([{ action: "EndStore", c: 1, Q: ["r2", "r3"], op: { seq: 1, kind: "write", phase: "done", ts: { num: 3, writer: 1 }, val: "v1" } }]);
  });

  it("a read writes back the freshest pair before returning it; without write-back it returns at once", () => {
    const s = begin({ kind: "read" });
    const replies = [reply("r1", { num: 1, writer: 2 }, "v2"), reply("r2", { num: 1, writer: 1 }, "v1")];
    const wb = receiveAll(s, replies);
    expect(wb.events[0]).toMatchObject({ action: "EndQuery", op: { phase: "store", ts: { num: 1, writer: 2 }, val: "v2" }, sent: { type: "store", ts: { num: 1, writer: 2 }, val: "v2" } });
    const plain = registerSetup({ writeBack: false });
    const nowb = receiveAll(begin({ kind: "read" }, initialClient(1), plain), replies, plain);
    expect(nowb.events[0]).toMatchObject({ action: "EndQuery", op: { phase: "done", val: "v2" }, sent: null });
  });

  it("ignores replies of other operations, duplicates, and acks outside the store phase", () => {
    const s = begin({ kind: "read" });
    expect(clientReceive(s, reply("r1", { num: 0, writer: 0 }, null, 1, 2), setup).state).toEqual(s);
    const once = clientReceive(s, reply("r1", { num: 0, writer: 0 }, null), setup).state;
    expect(clientReceive(once, reply("r1", { num: 0, writer: 0 }, null), setup).state).toEqual(once);
    expect(clientReceive(s, { type: "storeAck", client: 1, op: 1, replica: "r1" }, setup).state).toEqual(s);
  });

  it("keeps its operation across a restart but loses the replies it had", () => {
    const s = clientReceive(begin({ kind: "read" }), reply("r1", { num: 0, writer: 0 }, null), setup).state;
    const after = restartClient(s);
    expect(after.op).toEqual(s.op);
    expect(after.replies).toEqual([]);
  });

  it("mutants: a weak read quorum; a read without write-back; a write timestamped from its own last write", () => {
    const weak = registerSetup({ mutants: ["register-weak-read-quorum"] });
    expect(receiveAll(begin({ kind: "read" }, initialClient(1), weak), [reply("r2", { num: 0, writer: 0 }, null)], weak).events[0]).toMatchObject({ action: "EndQuery", Q: ["r2"] });
    const skip = registerSetup({ mutants: ["register-read-skips-write-back"] });
    expect(receiveAll(begin({ kind: "read" }, initialClient(1), skip), [reply("r1", { num: 0, writer: 0 }, null), reply("r2", { num: 0, writer: 0 }, null)], skip).events[0]).toMatchObject({ op: { phase: "done" } });
    const own = registerSetup({ mutants: ["register-write-skips-query"] });
    const w = receiveAll(begin({ kind: "write", value: "v1" }, initialClient(1), own), [reply("r1", { num: 5, writer: 2 }, "v2"), reply("r2", { num: 5, writer: 2 }, "v2")], own);
    expect(w.events[0]).toMatchObject({ op: { ts: { num: 1, writer: 1 } } });
  });
});
