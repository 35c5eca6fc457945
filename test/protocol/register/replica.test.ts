import { describe, expect, it } from "vitest";
import { initialReplica, replicaReceive, restartReplica } from "../../../src/protocol/register/replica.ts";

describe("register replica", () => {
  it("answers a query with its copy, to the asking client, and a duplicated query again", () => {
    const s = { ...initialReplica("r1"), ts: { num: 2, writer: 1 }, val: "v1" };
    const step = replicaReceive(s, { type: "query", client: 2, op: 1 });
    const reply = { type: "queryReply", client: 2, op: 1, replica: "r1", ts: { num: 2, writer: 1 }, val: "v1" };
    expect(step.send).toEqual([{ to: "c2", msg: reply }]);
    expect(step.events).toEqual([{ action: "ReplyQuery", r: "r1", c: 2, k: 1, sent: reply }]);
    expect(step.state).toEqual(s);
    // The client uses one answer per replica; the spec allows any of them to be that one.
    expect(replicaReceive(step.state, { type: "query", client: 2, op: 1 }).events.map((e) => e.action)).toEqual(["ReplyQuery"]);
  });

  it("adopts a stored pair with a higher timestamp and acks either way", () => {
    const s = { ...initialReplica("r2"), ts: { num: 1, writer: 2 }, val: "v2" };
    const higher = replicaReceive(s, { type: "store", client: 1, op: 1, ts: { num: 2, writer: 1 }, val: "v1" });
    expect(higher.state).toMatchObject({ ts: { num: 2, writer: 1 }, val: "v1" });
    expect(higher.send).toEqual([{ to: "c1", msg: { type: "storeAck", client: 1, op: 1, replica: "r2" } }]);
    expect(higher.events[0]).toMatchObject({ action: "ReplyStore", r: "r2", c: 1, k: 1, copy: { ts: { num: 2, writer: 1 }, val: "v1" } });
    // Same num, lower writer: older; the copy stays, the ack goes anyway.
    const lower = replicaReceive(s, { type: "store", client: 1, op: 1, ts: { num: 1, writer: 1 }, val: "v1" });
    expect(lower.state).toEqual(s);
    expect(lower.events[0]).toMatchObject({ action: "ReplyStore", copy: { ts: { num: 1, writer: 2 }, val: "v2" } });
  });

  it("keeps everything across a restart and ignores replies and acks", () => {
    const s = { ...initialReplica("r1"), ts: { num: 3, writer: 1 }, val: "v1" };
    expect(restartReplica(s)).toEqual(s);
    expect(replicaReceive(s, { type: "storeAck", client: 1, op: 1, replica: "r2" }).events).toEqual([]);
  });
});
