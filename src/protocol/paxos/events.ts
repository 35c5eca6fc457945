import type { MatchesSpec } from "../../generated/Paxos.ts";
import type { AcceptorState } from "./acceptor.ts";
import type { Ballot, Msg1a, Msg1b, Msg2a, Msg2b, PaxosValue } from "./messages.ts";

/**
 * What a Paxos node did, one event per spec action it performed (docs/spec-actions.md), with
 * the parameters named as in the spec and what the trace layer needs to report the changed
 * variables: the message sent and, for acceptors, their state after the step.
 */
export type PaxosEvent =
  | { readonly action: "Phase1a"; readonly b: Ballot; readonly sent: Msg1a }
  | { readonly action: "Phase1b"; readonly a: string; readonly b: Ballot; readonly sent: Msg1b; readonly acceptor: AcceptorState }
  | { readonly action: "Phase2a"; readonly b: Ballot; readonly v: PaxosValue; readonly quorum: readonly string[]; readonly sent: Msg2a }
  | { readonly action: "Phase2b"; readonly a: string; readonly b: Ballot; readonly v: PaxosValue; readonly sent: Msg2b; readonly acceptor: AcceptorState }
  | { readonly action: "Learn"; readonly b: Ballot; readonly v: PaxosValue; readonly quorum: readonly string[] };

/** Compiles only while every event is an action of spec/Paxos.tla with its parameters (src/generated/Paxos.ts). */
export type SpecCheckedPaxosEvent = MatchesSpec<PaxosEvent>;
