import { has } from "../mutants.ts";
import { isQuorum, minimalQuorumWithin } from "../quorum/quorum-system.ts";
import { broadcast, ignore, type CommandResult, type Step } from "../step.ts";
import type { RegisterSetup } from "./config.ts";
import type { RegisterEvent } from "./events.ts";
import { lessTs, ZERO, type QueryReplyMsg, type RegisterMsg, type RegValue, type Timestamp } from "./messages.ts";

/**
 * The client's current (or last) operation, exactly the spec's `op[c]`. Durable: a client that
 * restarts mid-operation resumes it (it cannot start another before this one is done).
 */
export interface ClientOp {
  readonly seq: number;
  readonly kind: "none" | "read" | "write";
  readonly phase: "query" | "store" | "done";
  readonly ts: Timestamp;
  readonly val: RegValue;
}

export interface ClientState {
  readonly id: number;
  readonly op: ClientOp;
  /** Replies to the current query phase, one per replica (volatile). */
  readonly replies: readonly QueryReplyMsg[];
  /** Replicas that acknowledged the current store phase (volatile). */
  readonly acks: readonly string[];
  /** num of this client's last write timestamp; only the write-skips-query mutant reads it. */
  readonly lastOwnNum: number;
}

type ClientStep = Step<ClientState, RegisterMsg, RegisterEvent>;

export type RegisterCommand = { readonly kind: "write"; readonly value: string } | { readonly kind: "read" };

export function initialClient(id: number): ClientState {
  return { id, op: { seq: 0, kind: "none", phase: "done", ts: ZERO, val: null }, replies: [], acks: [], lastOwnNum: 0 };
}

export function beginOperation(s: ClientState, cmd: RegisterCommand, setup: RegisterSetup): CommandResult<ClientState, RegisterMsg, RegisterEvent> {
  if (s.op.phase !== "done") return { ok: false, reason: `c${s.id} is still in the ${s.op.phase} phase of its ${s.op.kind} ${s.op.seq}` };
  if (s.op.seq >= setup.config.maxOps) return { ok: false, reason: `c${s.id} has done its ${setup.config.maxOps} operations (MaxOps)` };
  if (cmd.kind === "write" && !setup.config.values.includes(cmd.value)) return { ok: false, reason: `${cmd.value} is not one of the values ${setup.config.values.join(", ")}` };
  const seq = s.op.seq + 1;
  const op: ClientOp = { seq, kind: cmd.kind, phase: "query", ts: ZERO, val: cmd.kind === "write" ? cmd.value : null };
  const sent = { type: "query", client: s.id, op: seq } as const;
  const event: RegisterEvent = cmd.kind === "write" ? { action: "BeginWrite", c: s.id, v: cmd.value, op, sent } : { action: "BeginRead", c: s.id, op, sent };
  return { ok: true, step: { state: { ...s, op, replies: [], acks: [] }, send: broadcast(setup.config.replicas, sent), events: [event] } };
}

/** The read quorum the client waits for; the mutant settles for N - W replies. */
function queryQuorum(setup: RegisterSetup, from: readonly string[]): readonly string[] | undefined {
  if (has(setup.mutants, "register-weak-read-quorum")) {
    const w = minimalQuorumWithin(setup.quorums, "q2", setup.config.replicas)?.length ?? setup.config.replicas.length;
    const need = Math.max(1, setup.config.replicas.length - w);
    return from.length >= need ? from.slice(0, need) : undefined;
  }
  return minimalQuorumWithin(setup.quorums, "q1", from);
}

function endQuery(s: ClientState, replies: readonly QueryReplyMsg[], setup: RegisterSetup): ClientStep {
  const from = replies.map((r) => r.replica);
  const Q = queryQuorum(setup, from);
  if (!Q) return { state: { ...s, replies }, send: [], events: [] };
  let best = replies.find((r) => Q.includes(r.replica))!;
  for (const r of replies) if (Q.includes(r.replica) && lessTs(best.ts, r.ts)) best = r;
  const k = s.op.seq;
  let op: ClientOp;
  let lastOwnNum = s.lastOwnNum;
  if (s.op.kind === "write") {
    const base = has(setup.mutants, "register-write-skips-query") ? s.lastOwnNum : best.ts.num;
    op = { ...s.op, phase: "store", ts: { num: base + 1, writer: s.id } };
    lastOwnNum = base + 1;
  } else if (setup.config.writeBack && !has(setup.mutants, "register-read-skips-write-back")) {
    op = { ...s.op, phase: "store", ts: best.ts, val: best.val };
  } else {
    op = { ...s.op, phase: "done", ts: best.ts, val: best.val };
  }
  const sent = op.phase === "store" ? ({ type: "store", client: s.id, op: k, ts: op.ts, val: op.val } as const) : null;
  return {
    state: { ...s, op, replies, acks: [], lastOwnNum },
    send: sent ? broadcast(setup.config.replicas, sent) : [],
    events: [{ action: "EndQuery", c: s.id, Q, op, sent }],
  };
}

export function clientReceive(s: ClientState, msg: RegisterMsg, setup: RegisterSetup): ClientStep {
  if (msg.type === "queryReply") {
    if (msg.op !== s.op.seq || s.op.phase !== "query") return ignore(s);
    if (s.replies.some((r) => r.replica === msg.replica)) return ignore(s);
    return endQuery(s, [...s.replies, msg], setup);
  }
  if (msg.type === "storeAck") {
    if (msg.op !== s.op.seq || s.op.phase !== "store" || s.acks.includes(msg.replica)) return ignore(s);
    const acks = [...s.acks, msg.replica];
    const Q = isQuorum(setup.quorums, "q2", acks) ? minimalQuorumWithin(setup.quorums, "q2", acks) : undefined;
    if (!Q) return { state: { ...s, acks }, send: [], events: [] };
    const op: ClientOp = { ...s.op, phase: "done" };
    return { state: { ...s, op, acks }, send: [], events: [{ action: "EndStore", c: s.id, Q, op }] };
  }
  return ignore(s);
}

export function restartClient(s: ClientState): ClientState {
  return { ...s, replies: [], acks: [] };
}
