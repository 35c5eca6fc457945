import fc from "fast-check";
import type { Problem } from "../../diagnostics/problem.ts";
import type { MutantName } from "../../protocol/mutants.ts";
import { defaultPaxosConfig, setupPaxos, type PaxosConfig } from "../../protocol/paxos/config.ts";
import { paxosProtocol, type PaxosCommand, type PaxosNode } from "../../protocol/paxos/protocol.ts";
import type { PaxosMsg } from "../../protocol/paxos/messages.ts";
import type { SimAction } from "../../sim/actions.ts";
import { simulator } from "../../sim/simulator.ts";
import { paxosMapping } from "../../trace/paxos-mapping.ts";
import type { Intent, ProtocolIntent } from "../schedule/intent.ts";
import { networkIntents, weighted } from "../schedule/network-arbitrary.ts";
import { simulatedRun, type RunContext } from "./simulated-run.ts";
import type { FuzzTarget } from "./target.ts";

/**
 * Paxos as the fuzzer deploys it: the constants of spec/Paxos_majority.cfg (acceptors a1..a3,
 * values v1 and v2, ballots 0 and 1, majority quorums), two proposers that each own one ballot
 * (so their ballots are adjacent), one learner.
 */
export const PAXOS_MODEL = { spec: "spec/MC_Paxos.tla", config: "spec/Paxos_majority.cfg" } as const;

export function paxosConfig(mutants: readonly MutantName[]): PaxosConfig {
  return { ...defaultPaxosConfig({ acceptors: 3, proposers: 2, learners: 1, values: 2, ballots: 2 }), mutants: [...mutants] };
}

export function paxosTarget(mutants: readonly MutantName[]): { ok: true; target: FuzzTarget } | { ok: false; problem: Problem } {
  const config = paxosConfig(mutants);
  const s = setupPaxos(config);
  if (!s.ok) return s;
  const m = paxosMapping(s.setup);
  if (!m.ok) return m;
  const sim = simulator(paxosProtocol(s.setup));
  const { acceptors, proposers, values } = config;

  // The adversary's menu: mostly delivery in any order, with racing proposers, promises
  // interrupted by crashes, and minority partitions mixed in.
  const intent: fc.Arbitrary<Intent> = weighted([
    ...networkIntents({ nodes: sim.protocol.nodes, focus: [...acceptors, ...proposers] }),
    [16, fc.record({ kind: fc.constant("propose" as const), proposer: fc.constantFrom(...proposers), value: fc.constantFrom(...values) })],
    [6, fc.record({ kind: fc.constant("race" as const), values: fc.array(fc.constantFrom(...values), { minLength: proposers.length, maxLength: proposers.length }) })],
    [4, fc.record({ kind: fc.constant("crash-after-promise" as const), pick: fc.nat(acceptors.length - 1) })],
  ]);

  const nextBallot = (ctx: RunContext<PaxosNode, PaxosMsg>, proposer: string, value: string): SimAction<PaxosCommand> | null => {
    if (ctx.world.up[proposer] !== true) return null;
    const cmd = sim.protocol.possibleCommands(ctx.world.states[proposer]!, proposer).find((c) => c.value === value);
    return cmd ? { kind: "command", node: proposer, command: cmd } : null;
  };

  const resolve = (i: ProtocolIntent, ctx: RunContext<PaxosNode, PaxosMsg>): readonly SimAction<PaxosCommand>[] | null => {
    switch (i.kind) {
      case "propose": {
        const a = nextBallot(ctx, i.proposer, i.value);
        return a ? [a] : null;
      }
      case "race": {
        const starts = proposers.flatMap((p, k) => nextBallot(ctx, p, i.values[k % i.values.length]!) ?? []);
        return starts.length > 0 ? starts : null;
      }
      case "crash-after-promise": {
        const promised = acceptors.filter((a) => {
          const n = ctx.world.states[a]!;
          return ctx.world.up[a] === true && n.role === "acceptor" && n.state.maxBal > n.state.maxVBal;
        });
        return promised.length > 0 ? [{ kind: "crash", node: promised[i.pick % promised.length]! }] : null;
      }
      default:
        // Another protocol's intent: nothing to act on here.
        return null;
    }
  };

  return {
    ok: true,
    target: {
      protocol: "paxos",
      model: PAXOS_MODEL,
      mutants,
      config: config as unknown as Readonly<Record<string, unknown>>,
      header: (meta) => m.mapping.header(meta),
      intent,
      start: () => simulatedRun(sim, m.mapping, resolve),
    },
  };
}
