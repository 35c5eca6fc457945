import { ignore, type Step } from "../step.ts";
import { clientNode } from "./config.ts";
import type { RegisterEvent } from "./events.ts";
import { lessTs, ZERO, type RegisterMsg, type RegValue, type Timestamp } from "./messages.ts";

/**
 * A replica: a timestamped copy, durable. It answers every query it receives, a duplicate too
 * (possibly with a newer copy): the client uses one answer per replica, and the spec allows
 * any of them to be that one.
 */
export interface ReplicaState {
  readonly id: string;
  readonly ts: Timestamp;
  readonly val: RegValue;
}

type ReplicaStep = Step<ReplicaState, RegisterMsg, RegisterEvent>;

export function initialReplica(id: string): ReplicaState {
  return { id, ts: ZERO, val: null };
}

export function replicaReceive(s: ReplicaState, msg: RegisterMsg): ReplicaStep {
  switch (msg.type) {
    case "query": {
      const reply = { type: "queryReply", client: msg.client, op: msg.op, replica: s.id, ts: s.ts, val: s.val } as const;
      return {
        state: s,
        send: [{ to: clientNode(msg.client), msg: reply }],
        events: [{ action: "ReplyQuery", r: s.id, c: msg.client, k: msg.op, sent: reply }],
      };
    }
    case "store": {
      const state = lessTs(s.ts, msg.ts) ? { ...s, ts: msg.ts, val: msg.val } : s;
      const ack = { type: "storeAck", client: msg.client, op: msg.op, replica: s.id } as const;
      // Acked either way (and again for a duplicate): the writer only needs to know the copy
      // is at least this fresh.
      return {
        state,
        send: [{ to: clientNode(msg.client), msg: ack }],
        events: [{ action: "ReplyStore", r: s.id, c: msg.client, k: msg.op, copy: { ts: state.ts, val: state.val }, sent: ack }],
      };
    }
    case "queryReply":
    case "storeAck":
      return ignore(s);
  }
}

/** Everything a replica has is durable. */
export function restartReplica(s: ReplicaState): ReplicaState {
  return s;
}
