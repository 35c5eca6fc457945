import { defaultPaxosConfig, setupPaxos, type PaxosConfig, type PaxosSetup } from "../../../src/protocol/paxos/config.ts";

/** A validated Paxos setup for handler tests: 3 acceptors, 2 proposers, 1 learner, majority. */
export function paxosSetup(change: Partial<PaxosConfig> = {}): PaxosSetup {
  const r = setupPaxos({ ...defaultPaxosConfig(), ...change });
  if (!r.ok) throw new Error(r.problem.message);
  return r.setup;
}
