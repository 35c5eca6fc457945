import fc from "fast-check";
import type { Problem } from "../../diagnostics/problem.ts";
import type { MutantName } from "../../protocol/mutants.ts";
import { defaultRegisterConfig, setupRegister, type RegisterConfig } from "../../protocol/register/config.ts";
import { registerProtocol, type RegisterNode } from "../../protocol/register/protocol.ts";
import type { RegisterCommand } from "../../protocol/register/client.ts";
import type { RegisterMsg } from "../../protocol/register/messages.ts";
import type { SimAction } from "../../sim/actions.ts";
import { simulator } from "../../sim/simulator.ts";
import { registerMapping } from "../../trace/register-mapping.ts";
import type { Intent, ProtocolIntent } from "../schedule/intent.ts";
import { networkIntents, weighted } from "../schedule/network-arbitrary.ts";
import { simulatedRun, type RunContext } from "./simulated-run.ts";
import type { FuzzTarget } from "./target.ts";

/**
 * The quorum register as the fuzzer deploys it: the constants of spec/QuorumRegister_writers.cfg
 * (replicas r1..r3 with majority quorums, clients 1 and 2, value v1, write-back on, two writes
 * and one read in all). Two writes are what it takes for a write that ignores the highest
 * timestamp to show; the spec's MaxWrites and MaxReads bound a run, so the fuzzer issues no more.
 */
export const REGISTER_MODEL = { spec: "spec/MC_QuorumRegister.tla", config: "spec/QuorumRegister_writers.cfg" } as const;

const BUDGET = { BeginWrite: 2, BeginRead: 1 } as const;

export function registerConfig(mutants: readonly MutantName[]): RegisterConfig {
  return { ...defaultRegisterConfig({ replicas: 3, clients: 2, values: 1, maxOps: BUDGET.BeginWrite + BUDGET.BeginRead }), mutants: [...mutants] };
}

export function registerTarget(mutants: readonly MutantName[]): { ok: true; target: FuzzTarget } | { ok: false; problem: Problem } {
  const config = registerConfig(mutants);
  const s = setupRegister(config);
  if (!s.ok) return s;
  const m = registerMapping(s.setup);
  if (!m.ok) return m;
  const sim = simulator(registerProtocol(s.setup));
  const clients = s.setup.clientNodes;

  const intent: fc.Arbitrary<Intent> = weighted([
    ...networkIntents({ nodes: sim.protocol.nodes, focus: [...config.replicas, ...clients] }),
    [8, fc.record({ kind: fc.constant("write" as const), client: fc.constantFrom(...clients), value: fc.constantFrom(...config.values) })],
    [6, fc.record({ kind: fc.constant("read" as const), client: fc.constantFrom(...clients) })],
  ]);

  const begin = (ctx: RunContext<RegisterNode, RegisterMsg>, client: string, command: RegisterCommand, counted: keyof typeof BUDGET): readonly SimAction<RegisterCommand>[] | null => {
    if ((ctx.performed.get(counted) ?? 0) >= BUDGET[counted] || ctx.world.up[client] !== true) return null;
    const node = ctx.world.states[client]!;
    if (node.role !== "client" || node.state.op.phase !== "done") return null;
    return [{ kind: "command", node: client, command }];
  };

  const resolve = (i: ProtocolIntent, ctx: RunContext<RegisterNode, RegisterMsg>): readonly SimAction<RegisterCommand>[] | null => {
    switch (i.kind) {
      case "write":
        return begin(ctx, i.client, { kind: "write", value: i.value }, "BeginWrite");
      case "read":
        return begin(ctx, i.client, { kind: "read" }, "BeginRead");
      default:
        // Another protocol's intent: nothing to act on here.
        return null;
    }
  };

  return {
    ok: true,
    target: {
      protocol: "register",
      model: REGISTER_MODEL,
      mutants,
      config: config as unknown as Readonly<Record<string, unknown>>,
      // The fuzzer keeps a run within the model's totals, so the header states those, not the
      // per-client maximum the mapping would derive.
      header: (meta) => {
        const h = m.mapping.header(meta);
        return { ...h, constants: { ...h.constants, MaxWrites: BUDGET.BeginWrite, MaxReads: BUDGET.BeginRead } };
      },
      intent,
      start: () => simulatedRun(sim, m.mapping, resolve),
    },
  };
}
