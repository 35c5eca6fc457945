import { has } from "../mutants.ts";
import { minimalQuorumWithin, isQuorum } from "../quorum/quorum-system.ts";
import { broadcast, ignore, type CommandResult, type Step } from "../step.ts";
import type { PaxosSetup } from "./config.ts";
import type { PaxosEvent } from "./events.ts";
import type { Ballot, Msg1b, PaxosMsg, PaxosValue } from "./messages.ts";

/**
 * A proposer runs one ballot at a time: phase 1 (1a, collect promises from a phase-1 quorum),
 * then phase 2 (one 2a with the value the promises force, or its own). Only `highestStarted`
 * is durable: a restarted proposer must never run a ballot again, or it could send a second
 * 2a for it with another value.
 */
export interface ProposerState {
  readonly id: string;
  readonly highestStarted: Ballot;
  readonly ballot: Ballot | null;
  readonly phase: "idle" | "promising" | "accepting";
  /** The value this proposer would like chosen in its current ballot. */
  readonly value: PaxosValue | null;
  /** Promises for the current ballot, first one per acceptor, in arrival order. */
  readonly promises: readonly Msg1b[];
}

type ProposerStep = Step<ProposerState, PaxosMsg, PaxosEvent>;

export function initialProposer(id: string): ProposerState {
  return { id, highestStarted: -1, ballot: null, phase: "idle", value: null, promises: [] };
}

/**
 * Ballots a proposer may use: proposer i of P owns the ballots b with b mod P = i, so no two
 * proposers share one. The mutant lets every proposer use every ballot.
 */
export function ownedBallots(setup: PaxosSetup, proposer: string): readonly Ballot[] {
  const { ballots, proposers } = setup.config;
  if (has(setup.mutants, "proposers-share-ballots")) return ballots;
  const i = proposers.indexOf(proposer);
  return ballots.filter((b) => b % proposers.length === i);
}

/** The external command "start ballot b with value v". */
export function startBallot(s: ProposerState, b: Ballot, v: PaxosValue, setup: PaxosSetup): CommandResult<ProposerState, PaxosMsg, PaxosEvent> {
  if (!setup.config.values.includes(v)) return { ok: false, reason: `${v} is not one of the values ${setup.config.values.join(", ")}` };
  if (!ownedBallots(setup, s.id).includes(b)) return { ok: false, reason: `ballot ${b} is not one of ${s.id}'s ballots (${ownedBallots(setup, s.id).join(", ") || "none"})` };
  if (b <= s.highestStarted) return { ok: false, reason: `${s.id} already started ballot ${s.highestStarted}; ballots only go up` };
  const sent = { type: "1a", bal: b } as const;
  return {
    ok: true,
    step: {
      state: { ...s, highestStarted: b, ballot: b, phase: "promising", value: v, promises: [] },
      send: broadcast(setup.config.acceptors, sent),
      events: [{ action: "Phase1a", b, sent }],
    },
  };
}

/** Whether these acceptors' promises let the proposer start phase 2 (the mutant: one short). */
function enoughPromises(setup: PaxosSetup, from: readonly string[]): boolean {
  if (isQuorum(setup.quorums, "q1", from)) return true;
  if (!has(setup.mutants, "proposer-quorum-one-short")) return false;
  return setup.config.acceptors.some((a) => !from.includes(a) && isQuorum(setup.quorums, "q1", [...from, a]));
}

/** The value the promises of `quorum` force: the one accepted in the highest ballot, if any. */
export function forcedValue(promises: readonly Msg1b[]): PaxosValue | null {
  let best: Msg1b | undefined;
  for (const p of promises) if (p.mbal >= 0 && (best === undefined || p.mbal > best.mbal)) best = p;
  return best?.mval ?? null;
}

export function proposerReceive(s: ProposerState, msg: PaxosMsg, setup: PaxosSetup): ProposerStep {
  if (msg.type !== "1b" || s.phase !== "promising" || msg.bal !== s.ballot) return ignore(s);
  if (s.promises.some((p) => p.acc === msg.acc)) return ignore(s);
  const promises = [...s.promises, msg];
  const from = promises.map((p) => p.acc);
  if (!enoughPromises(setup, from)) return { state: { ...s, promises }, send: [], events: [] };
  // Decide on an exact phase-1 quorum so the value is justified by a quorum the spec lists.
  const quorum = minimalQuorumWithin(setup.quorums, "q1", from) ?? from;
  const used = promises.filter((p) => quorum.includes(p.acc));
  const forced = has(setup.mutants, "proposer-ignores-accepted-value") ? null : forcedValue(used);
  const v = forced ?? s.value!;
  const b = s.ballot!;
  const sent = { type: "2a", bal: b, val: v } as const;
  return {
    state: { ...s, promises, phase: "accepting" },
    send: broadcast(setup.config.acceptors, sent),
    events: [{ action: "Phase2a", b, v, quorum, sent }],
  };
}

export function restartProposer(s: ProposerState): ProposerState {
  return { ...initialProposer(s.id), highestStarted: s.highestStarted };
}
