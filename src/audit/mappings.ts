import type { ProtocolMapping } from "./mapping.ts";

/**
 * The project's protocols as the audit sees them: which spec judges which implementation folder,
 * and which implementation fields stand for which spec variables (docs/spec-actions.md).
 */
const paxos: ProtocolMapping = {
  name: "paxos",
  spec: "spec/Paxos.tla",
  implementation: "src/protocol/paxos",
  // Events carry the spec parameters beside the action, plus what the trace layer needs to
  // report changed variables.
  emission: { actionProperty: "action", params: { kind: "flat", payload: ["sent", "acceptor", "quorum"] } },
  step: { eventsProperty: "events", messages: { property: "send", variable: "msgs" } },
  tracer: { file: "src/trace/paxos-mapping.ts", function: "paxosParams" },
  state: [
    { type: "AcceptorState", fields: { maxBal: "maxBal", maxVBal: "maxVBal", maxVal: "maxVal" } },
    // A learner's announced (b, v) pairs: their values are the spec's chosen set.
    { type: "LearnerState", fields: { learned: "chosen" } },
  ],
  environment: [],
  silent: [
    { function: "restartAcceptor", reason: "a crash and restart is no spec action: acceptor state is durable" },
    { function: "restartLearner", reason: "a crash and restart is no spec action" },
  ],
  allow: [
    {
      code: "untraced-state-change",
      function: "restartAcceptor",
      reason: "only under the seeded mutant acceptor-forgets-promise, which the fuzzer must catch",
    },
  ],
};

const register: ProtocolMapping = {
  name: "register",
  spec: "spec/QuorumRegister.tla",
  implementation: "src/protocol/register",
  emission: { actionProperty: "action", params: { kind: "flat", payload: ["op", "sent", "copy"] } },
  // No messages mapping: only store requests are a spec variable (storeMsgs); queries and
  // answers are reported through op, replies and acks.
  step: { eventsProperty: "events" },
  tracer: { file: "src/trace/register-mapping.ts", function: "registerParams" },
  state: [
    { type: "ReplicaState", fields: { ts: "store", val: "store" } },
    { type: "ClientState", fields: { op: "op" } },
  ],
  environment: [],
  silent: [
    { function: "restartReplica", reason: "a crash and restart is no spec action: a replica's copy is durable" },
    { function: "restartClient", reason: "a crash and restart is no spec action: a client's operation is durable" },
  ],
};

export const mappings: readonly ProtocolMapping[] = [paxos, register];
