import { has } from "../mutants.ts";
import { minimalQuorumWithin } from "../quorum/quorum-system.ts";
import { ignore, type Step } from "../step.ts";
import type { PaxosSetup } from "./config.ts";
import type { PaxosEvent } from "./events.ts";
import type { Ballot, Msg2b, PaxosMsg, PaxosValue } from "./messages.ts";

/**
 * A learner collects 2b votes and learns (b, v) once a phase-2 quorum of distinct acceptors
 * voted for it. Votes are volatile (a restarted learner relearns from re-sent 2bs); what it
 * announced is durable so that it announces each (b, v) once.
 */
export interface LearnerState {
  readonly id: string;
  /** Every 2b received, duplicates included (the mutant counts them). */
  readonly votes: readonly Msg2b[];
  readonly learned: readonly { readonly b: Ballot; readonly v: PaxosValue }[];
}

export function initialLearner(id: string): LearnerState {
  return { id, votes: [], learned: [] };
}

function smallestPhase2Size(setup: PaxosSetup): number {
  return minimalQuorumWithin(setup.quorums, "q2", setup.config.acceptors)?.length ?? setup.config.acceptors.length;
}

export function learnerReceive(s: LearnerState, msg: PaxosMsg, setup: PaxosSetup): Step<LearnerState, PaxosMsg, PaxosEvent> {
  if (msg.type !== "2b") return ignore(s);
  const votes = [...s.votes, msg];
  const state = { ...s, votes };
  if (s.learned.some((l) => l.b === msg.bal && l.v === msg.val)) return { state, send: [], events: [] };
  const same = votes.filter((m) => m.bal === msg.bal && m.val === msg.val);
  const voters = [...new Set(same.map((m) => m.acc))];
  let quorum = minimalQuorumWithin(setup.quorums, "q2", voters);
  if (!quorum && has(setup.mutants, "learner-counts-duplicates") && same.length >= smallestPhase2Size(setup)) quorum = voters;
  if (!quorum) return { state, send: [], events: [] };
  return {
    state: { ...state, learned: [...s.learned, { b: msg.bal, v: msg.val }] },
    send: [],
    events: [{ action: "Learn", b: msg.bal, v: msg.val, quorum }],
  };
}

export function restartLearner(s: LearnerState): LearnerState {
  return { ...s, votes: [] };
}
