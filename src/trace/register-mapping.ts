import type { ClientOp } from "../protocol/register/client.ts";
import type { RegisterSetup } from "../protocol/register/config.ts";
import type { RegisterEvent } from "../protocol/register/events.ts";
import { ZERO, type RegValue, type StoreMsg, type Timestamp } from "../protocol/register/messages.ts";
import { unreachable } from "../protocol/never.ts";
import { minimalQuorums } from "../protocol/quorum/enumerate.ts";
import type { TraceEvent } from "./schema.ts";
import { buildHeader, type MappingResult } from "./spec-mapping.ts";
import { tFcn, tModel, tRecord, tSet, type TValue } from "./value.ts";

/**
 * spec/QuorumRegister.tla's names (docs/spec-actions.md). Replicas report their copy (`store`),
 * clients their operation (`op`) and the store requests they send (`storeMsgs`). The spec's
 * `replies`, `acks` and `begun`, and the history variables, are no node's state: traces leave
 * them to the spec.
 */
export const REGISTER_VARIABLES = ["store", "storeMsgs", "op"] as const;

const NONE = tModel("None");

const val = (v: RegValue): TValue => (v === null ? NONE : tModel(v));
const ts = (t: Timestamp): TValue => tRecord({ num: t.num, writer: t.writer });

/** A store request as the spec's `storeMsgs` holds it: no type, since it is the only kind. */
export function storeMessageValue(m: StoreMsg): TValue {
  return tRecord({ client: m.client, op: m.op, ts: ts(m.ts), val: val(m.val) });
}

export function opValue(op: ClientOp): TValue {
  return tRecord({ seq: op.seq, kind: op.kind, phase: op.phase, ts: ts(op.ts), val: val(op.val) });
}

function registerChanges(e: RegisterEvent): TraceEvent["changes"] {
  const opAt = (c: number, op: ClientOp) => ({ kind: "update", entries: [[c, opValue(op)]] }) as const;
  switch (e.action) {
    case "BeginWrite":
    case "BeginRead":
      return { op: opAt(e.c, e.op) };
    case "ReplyQuery":
      // The answer joins the spec's replies[c], which no node reports.
      return {};
    case "EndQuery":
      return e.sent ? { op: opAt(e.c, e.op), storeMsgs: { kind: "add", elems: [storeMessageValue(e.sent)] } } : { op: opAt(e.c, e.op) };
    case "ReplyStore":
      return { store: { kind: "update", entries: [[tModel(e.r), tRecord({ ts: ts(e.copy.ts), val: val(e.copy.val) })]] } };
    case "EndStore":
      return { op: opAt(e.c, e.op) };
    default:
      return unreachable(e);
  }
}

function registerParams(e: RegisterEvent): Record<string, TValue> {
  switch (e.action) {
    case "BeginWrite":
      return { c: e.c, v: tModel(e.v) };
    case "BeginRead":
      return { c: e.c };
    case "ReplyQuery":
    case "ReplyStore":
      return { r: tModel(e.r), c: e.c, k: e.k };
    case "EndQuery":
    case "EndStore":
      return { c: e.c, Q: tSet(e.Q.map(tModel)) };
    default:
      return unreachable(e);
  }
}

export function registerMapping(setup: RegisterSetup): MappingResult<RegisterEvent> {
  const rq = minimalQuorums(setup.quorums, "q1");
  if (!rq.ok) return rq;
  const wq = minimalQuorums(setup.quorums, "q2");
  if (!wq.ok) return wq;
  const { replicas, values, clients, writeBack, maxOps } = setup.config;
  // Each client may spend its operations on writes or reads in any mix.
  const totalOps = clients * maxOps;
  const clientIds = Array.from({ length: clients }, (_, i) => i + 1);
  const quorumSet = (qs: string[][]) => tSet(qs.map((q) => tSet(q.map(tModel))));
  const constants: Record<string, TValue> = {
    Replicas: tSet(replicas.map(tModel)),
    Clients: tSet(clientIds),
    Values: tSet(values.map(tModel)),
    ReadQuorums: quorumSet(rq.quorums),
    WriteQuorums: quorumSet(wq.quorums),
    WriteBack: writeBack,
    MaxWrites: totalOps,
    MaxReads: totalOps,
    None: NONE,
  };
  const init = {
    store: tFcn(replicas.map((r) => [tModel(r), tRecord({ ts: ts(ZERO), val: NONE })] as const)),
    storeMsgs: tSet([]),
    op: tFcn(clientIds.map((c) => [c, opValue({ seq: 0, kind: "none", phase: "done", ts: ZERO, val: null })] as const)),
  };
  return {
    ok: true,
    mapping: {
      variables: REGISTER_VARIABLES,
      initialState: () => init,
      header: (meta) => buildHeader({ module: "QuorumRegister", implementation: "consensus-harness/register" }, constants, REGISTER_VARIABLES, init, meta),
      toEvent: (r) => ({ seq: r.seq, node: r.node, clock: r.clock, action: r.event.action, params: registerParams(r.event), changes: registerChanges(r.event) }),
    },
  };
}
