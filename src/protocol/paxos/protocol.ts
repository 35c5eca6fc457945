import type { ProtocolDefinition } from "../definition.ts";
import { unreachable } from "../never.ts";
import type { CommandResult, Step } from "../step.ts";
import { acceptorReceive, initialAcceptor, restartAcceptor, type AcceptorState } from "./acceptor.ts";
import type { PaxosSetup } from "./config.ts";
import type { PaxosEvent } from "./events.ts";
import { initialLearner, learnerReceive, restartLearner, type LearnerState } from "./learner.ts";
import { showPaxosMsg, type Ballot, type PaxosMsg, type PaxosValue } from "./messages.ts";
import { initialProposer, ownedBallots, proposerReceive, restartProposer, startBallot, type ProposerState } from "./proposer.ts";

/** A Paxos node is exactly one of the three roles. */
export type PaxosNode =
  | { readonly role: "acceptor"; readonly state: AcceptorState }
  | { readonly role: "proposer"; readonly state: ProposerState }
  | { readonly role: "learner"; readonly state: LearnerState };

/** The only external input: a proposer starts ballot b with value v. */
export interface PaxosCommand {
  readonly kind: "propose";
  readonly ballot: Ballot;
  readonly value: PaxosValue;
}

type NodeStep = Step<PaxosNode, PaxosMsg, PaxosEvent>;

function wrap<S>(role: PaxosNode["role"], step: Step<S, PaxosMsg, PaxosEvent>): NodeStep {
  return { ...step, state: { role, state: step.state } as PaxosNode };
}

export function paxosProtocol(setup: PaxosSetup): ProtocolDefinition<PaxosNode, PaxosMsg, PaxosEvent, PaxosCommand> {
  const { acceptors, proposers, learners } = setup.config;
  return {
    name: "paxos",
    nodes: [...proposers, ...acceptors, ...learners],
    initial(node) {
      if (acceptors.includes(node)) return { role: "acceptor", state: initialAcceptor(node) };
      if (proposers.includes(node)) return { role: "proposer", state: initialProposer(node) };
      if (learners.includes(node)) return { role: "learner", state: initialLearner(node) };
      throw new RangeError(`${node} is not a node of this Paxos deployment`);
    },
    receive(n, _node, _from, msg) {
      switch (n.role) {
        case "acceptor":
          return wrap("acceptor", acceptorReceive(n.state, msg, setup));
        case "proposer":
          return wrap("proposer", proposerReceive(n.state, msg, setup));
        case "learner":
          return wrap("learner", learnerReceive(n.state, msg, setup));
        default:
          return unreachable(n);
      }
    },
    command(n, node, cmd): CommandResult<PaxosNode, PaxosMsg, PaxosEvent> {
      if (n.role !== "proposer") return { ok: false, reason: `${node} is ${n.role === "acceptor" ? "an acceptor" : "a learner"}: only proposers start ballots` };
      const r = startBallot(n.state, cmd.ballot, cmd.value, setup);
      return r.ok ? { ok: true, step: wrap("proposer", r.step) } : r;
    },
    restart(n) {
      switch (n.role) {
        case "acceptor":
          return { role: "acceptor", state: restartAcceptor(n.state, setup) };
        case "proposer":
          return { role: "proposer", state: restartProposer(n.state) };
        case "learner":
          return { role: "learner", state: restartLearner(n.state) };
        default:
          return unreachable(n);
      }
    },
    possibleCommands(n) {
      if (n.role !== "proposer") return [];
      const next = ownedBallots(setup, n.state.id).find((b) => b > n.state.highestStarted);
      return next === undefined ? [] : setup.config.values.map((value) => ({ kind: "propose", ballot: next, value }) as const);
    },
    showMessage: showPaxosMsg,
    showCommand: (cmd) => `start ballot ${cmd.ballot} with value ${cmd.value}`,
  };
}
