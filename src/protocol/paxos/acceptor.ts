import { has } from "../mutants.ts";
import { broadcast, ignore, type Step } from "../step.ts";
import type { PaxosSetup } from "./config.ts";
import type { PaxosEvent } from "./events.ts";
import type { Ballot, PaxosMsg, PaxosValue } from "./messages.ts";

/**
 * An acceptor. All three fields are durable (written to stable storage before any reply leaves),
 * so a crash and restart changes nothing: that is what makes Paxos safe across restarts, and
 * why the spec needs no crash action.
 */
export interface AcceptorState {
  readonly id: string;
  /** The highest ballot promised or accepted in; -1 before any. */
  readonly maxBal: Ballot;
  /** The ballot of the last accepted value; -1 before any. */
  readonly maxVBal: Ballot;
  /** The last accepted value; null (the spec's None) before any. */
  readonly maxVal: PaxosValue | null;
}

type AcceptorStep = Step<AcceptorState, PaxosMsg, PaxosEvent>;

export function initialAcceptor(id: string): AcceptorState {
  return { id, maxBal: -1, maxVBal: -1, maxVal: null };
}

export function acceptorReceive(s: AcceptorState, msg: PaxosMsg, setup: PaxosSetup): AcceptorStep {
  switch (msg.type) {
    case "1a": {
      // A stale or duplicate 1a is ignored and leaves no event: Phase1b needs b > maxBal[a].
      if (msg.bal <= s.maxBal) return ignore(s);
      const state = { ...s, maxBal: msg.bal };
      const reply = { type: "1b", acc: s.id, bal: msg.bal, mbal: s.maxVBal, mval: s.maxVal } as const;
      // Every proposer hears the promise; only the one running that ballot uses it.
      return {
        state,
        send: broadcast(setup.config.proposers, reply),
        events: [{ action: "Phase1b", a: s.id, b: msg.bal, sent: reply, acceptor: state }],
      };
    }
    case "2a": {
      const allowed = msg.bal >= s.maxBal || has(setup.mutants, "acceptor-accepts-below-promise");
      if (!allowed) return ignore(s);
      const state = { ...s, maxBal: msg.bal, maxVBal: msg.bal, maxVal: msg.val };
      const vote = { type: "2b", acc: s.id, bal: msg.bal, val: msg.val } as const;
      // A duplicate 2a is accepted again: the spec's Phase2b step that changes nothing, and the
      // re-sent 2b repairs a lost one.
      return {
        state,
        send: broadcast(setup.config.learners, vote),
        events: [{ action: "Phase2b", a: s.id, b: msg.bal, v: msg.val, sent: vote, acceptor: state }],
      };
    }
    case "1b":
    case "2b":
      return ignore(s);
  }
}

export function restartAcceptor(s: AcceptorState, setup: PaxosSetup): AcceptorState {
  // The mutant keeps only the accepted pair on disk; the promise falls back to it.
  return has(setup.mutants, "acceptor-forgets-promise") ? { ...s, maxBal: s.maxVBal } : s;
}
