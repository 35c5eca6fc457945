import type { PaxosSetup } from "../protocol/paxos/config.ts";
import type { PaxosEvent } from "../protocol/paxos/events.ts";
import type { PaxosMsg } from "../protocol/paxos/messages.ts";
import { unreachable } from "../protocol/never.ts";
import { minimalQuorums } from "../protocol/quorum/enumerate.ts";
import type { TraceEvent } from "./schema.ts";
import { buildHeader, type MappingResult } from "./spec-mapping.ts";
import { tFcn, tModel, tRecord, tSet, type TValue } from "./value.ts";

/** spec/Paxos.tla's names (docs/spec-actions.md); the only place they are spelt in src/trace. */
export const PAXOS_VARIABLES = ["maxBal", "maxVBal", "maxVal", "msgs", "chosen"] as const;

const NONE = tModel("None");

const valueOf = (v: string | null): TValue => (v === null ? NONE : tModel(v));

export function paxosMessageValue(m: PaxosMsg): TValue {
  switch (m.type) {
    case "1a":
      return tRecord({ type: "1a", bal: m.bal });
    case "1b":
      return tRecord({ type: "1b", acc: tModel(m.acc), bal: m.bal, mbal: m.mbal, mval: valueOf(m.mval) });
    case "2a":
      return tRecord({ type: "2a", bal: m.bal, val: tModel(m.val) });
    case "2b":
      return tRecord({ type: "2b", acc: tModel(m.acc), bal: m.bal, val: tModel(m.val) });
  }
}

function paxosChanges(e: PaxosEvent): TraceEvent["changes"] {
  switch (e.action) {
    case "Phase1a":
    case "Phase2a":
      return { msgs: { kind: "add", elems: [paxosMessageValue(e.sent)] } };
    case "Phase1b":
      return { maxBal: { kind: "update", entries: [[tModel(e.a), e.acceptor.maxBal]] }, msgs: { kind: "add", elems: [paxosMessageValue(e.sent)] } };
    case "Phase2b": {
      const a = tModel(e.a);
      return {
        maxBal: { kind: "update", entries: [[a, e.acceptor.maxBal]] },
        maxVBal: { kind: "update", entries: [[a, e.acceptor.maxVBal]] },
        maxVal: { kind: "update", entries: [[a, valueOf(e.acceptor.maxVal)]] },
        msgs: { kind: "add", elems: [paxosMessageValue(e.sent)] },
      };
    }
    case "Learn":
      return { chosen: { kind: "add", elems: [tModel(e.v)] } };
    default:
      return unreachable(e);
  }
}

function paxosParams(e: PaxosEvent): Record<string, TValue> {
  switch (e.action) {
    case "Phase1a":
      return { b: e.b };
    case "Phase1b":
      return { a: tModel(e.a), b: e.b };
    case "Phase2a":
    case "Learn":
      return { b: e.b, v: tModel(e.v) };
    case "Phase2b":
      return { a: tModel(e.a), b: e.b, v: tModel(e.v) };
    default:
      return unreachable(e);
  }
}

export function paxosMapping(setup: PaxosSetup): MappingResult<PaxosEvent> {
  const q1 = minimalQuorums(setup.quorums, "q1");
  if (!q1.ok) return q1;
  const q2 = minimalQuorums(setup.quorums, "q2");
  if (!q2.ok) return q2;
  const { acceptors, values, ballots } = setup.config;
  const quorumSet = (qs: string[][]) => tSet(qs.map((q) => tSet(q.map(tModel))));
  const constants: Record<string, TValue> = {
    Acceptors: tSet(acceptors.map(tModel)),
    Values: tSet(values.map(tModel)),
    Ballots: tSet(ballots),
    Phase1Quorums: quorumSet(q1.quorums),
    Phase2Quorums: quorumSet(q2.quorums),
    None: NONE,
  };
  const perAcceptor = (v: TValue) => tFcn(acceptors.map((a) => [tModel(a), v] as const));
  const init = { maxBal: perAcceptor(-1), maxVBal: perAcceptor(-1), maxVal: perAcceptor(NONE), msgs: tSet([]), chosen: tSet([]) };
  return {
    ok: true,
    mapping: {
      variables: PAXOS_VARIABLES,
      initialState: () => init,
      header: (meta) => buildHeader({ module: "Paxos", implementation: "consensus-harness/paxos" }, constants, PAXOS_VARIABLES, init, meta),
      toEvent: (r) => ({ seq: r.seq, node: r.node, clock: r.clock, action: r.event.action, params: paxosParams(r.event), changes: paxosChanges(r.event) }),
    },
  };
}
