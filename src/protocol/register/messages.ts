/**
 * Register messages, shaped exactly as the spec's records (docs/spec-actions.md). Clients are
 * numbers (the spec orders concurrent writes by client id); replicas and values are names
 * (model values); `null` is the spec's `None`, the register's initial value.
 */
export interface Timestamp {
  readonly num: number;
  /** The writing client's id; 0 only in the initial timestamp. */
  readonly writer: number;
}

export const ZERO: Timestamp = { num: 0, writer: 0 };

export function lessTs(a: Timestamp, b: Timestamp): boolean {
  return a.num < b.num || (a.num === b.num && a.writer < b.writer);
}

export type RegValue = string | null;

export interface QueryMsg {
  readonly type: "query";
  readonly client: number;
  readonly op: number;
}

export interface QueryReplyMsg {
  readonly type: "queryReply";
  readonly client: number;
  readonly op: number;
  readonly replica: string;
  readonly ts: Timestamp;
  readonly val: RegValue;
}

export interface StoreMsg {
  readonly type: "store";
  readonly client: number;
  readonly op: number;
  readonly ts: Timestamp;
  readonly val: RegValue;
}

export interface StoreAckMsg {
  readonly type: "storeAck";
  readonly client: number;
  readonly op: number;
  readonly replica: string;
}

export type RegisterMsg = QueryMsg | QueryReplyMsg | StoreMsg | StoreAckMsg;

const showTs = (t: Timestamp) => `(${t.num},${t.writer})`;

export function showRegisterMsg(m: RegisterMsg): string {
  switch (m.type) {
    case "query":
      return `query(c${m.client} op ${m.op})`;
    case "queryReply":
      return `queryReply(c${m.client} op ${m.op} from ${m.replica}: ${m.val ?? "None"}@${showTs(m.ts)})`;
    case "store":
      return `store(c${m.client} op ${m.op}: ${m.val ?? "None"}@${showTs(m.ts)})`;
    case "storeAck":
      return `storeAck(c${m.client} op ${m.op} from ${m.replica})`;
  }
}
