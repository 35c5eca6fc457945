import { problem, type Problem } from "../../diagnostics/problem.ts";
import { intersectionProblem } from "../quorum/analysis.ts";
import { buildQuorumSystem, type QuorumSpec } from "../quorum/build.ts";
import { defaultNodeNames, type QuorumSystem } from "../quorum/quorum-system.ts";
import { parseMutants, type Mutants } from "../mutants.ts";

/**
 * A Paxos deployment: who plays which role, which values and ballots exist (the spec's
 * `Values` and `Ballots`), and the quorum system over the acceptors (phase 1 = q1, phase 2 = q2).
 */
export interface PaxosConfig {
  readonly acceptors: readonly string[];
  readonly proposers: readonly string[];
  readonly learners: readonly string[];
  readonly values: readonly string[];
  readonly ballots: readonly number[];
  readonly quorum: QuorumSpec;
  readonly mutants: readonly string[];
  /** Run on quorums that do not intersect (to watch the spec catch it); refused otherwise. */
  readonly allowUnsafeQuorums?: boolean;
}

/** A validated configuration with its quorum system built: what every handler receives. */
export interface PaxosSetup {
  readonly config: PaxosConfig;
  readonly quorums: QuorumSystem;
  readonly mutants: Mutants;
}

export function defaultPaxosConfig(opts: { acceptors?: number; proposers?: number; learners?: number; values?: number; ballots?: number } = {}): PaxosConfig {
  const acceptors = defaultNodeNames("a", opts.acceptors ?? 3);
  return {
    acceptors,
    proposers: defaultNodeNames("p", opts.proposers ?? 2),
    learners: defaultNodeNames("l", opts.learners ?? 1),
    values: defaultNodeNames("v", opts.values ?? 2),
    ballots: Array.from({ length: opts.ballots ?? 4 }, (_, i) => i),
    quorum: { kind: "majority", nodes: acceptors },
    mutants: [],
  };
}

function usage(message: string): { ok: false; problem: Problem } {
  return { ok: false, problem: problem("usage", message) };
}

export function setupPaxos(config: PaxosConfig): { ok: true; setup: PaxosSetup } | { ok: false; problem: Problem } {
  const roles = [...config.acceptors, ...config.proposers, ...config.learners];
  if (config.acceptors.length === 0) return usage("Paxos needs at least one acceptor");
  if (config.proposers.length === 0) return usage("Paxos needs at least one proposer");
  if (config.learners.length === 0) return usage("Paxos needs at least one learner");
  const dup = roles.find((n, i) => roles.indexOf(n) !== i);
  if (dup) return usage(`node ${dup} has two roles: every node is exactly one acceptor, proposer or learner`);
  if (config.values.length === 0) return usage("Paxos needs at least one value to propose");
  if (new Set(config.values).size !== config.values.length) return usage("a value is listed twice");
  if (config.values.includes("None")) return usage('"None" is the spec\'s no-value marker and cannot be a proposed value');
  if (config.ballots.length === 0) return usage("Paxos needs at least one ballot");
  for (const [i, b] of config.ballots.entries()) {
    if (!Number.isInteger(b) || b < 0) return usage(`ballot ${b} is not a natural number`);
    if (i > 0 && b <= config.ballots[i - 1]!) return usage("ballots must be listed in increasing order without repeats");
  }
  const sameNodes = config.quorum.nodes.length === config.acceptors.length && config.quorum.nodes.every((n, i) => n === config.acceptors[i]);
  if (!sameNodes) return usage("the quorum system must be over exactly the acceptors, in the same order");
  const built = buildQuorumSystem(config.quorum);
  if (!built.ok) return built;
  if (!config.allowUnsafeQuorums) {
    const p = intersectionProblem(built.system);
    if (p) return { ok: false, problem: p };
  }
  const m = parseMutants(config.mutants, "paxos");
  if (!m.ok) return m;
  return { ok: true, setup: { config, quorums: built.system, mutants: m.mutants } };
}
