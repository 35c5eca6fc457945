import { z } from "zod";
import type { ProtocolDefinition } from "../protocol/definition.ts";
import { problem, type Problem } from "../diagnostics/problem.ts";
import { setupPaxos, type PaxosConfig } from "../protocol/paxos/config.ts";
import { paxosProtocol } from "../protocol/paxos/protocol.ts";
import { setupRegister, type RegisterConfig } from "../protocol/register/config.ts";
import { registerProtocol } from "../protocol/register/protocol.ts";
import { isFault, type Fault, type SimAction, type SimActionKind } from "../sim/actions.ts";
import { randomRun } from "../sim/random-run.ts";
import { simulator } from "../sim/simulator.ts";
import type { SimRecord } from "../sim/world.ts";
import { paxosMapping } from "./paxos-mapping.ts";
import { recordTrace, type RecordedTrace } from "./recorder.ts";
import { registerMapping } from "./register-mapping.ts";
import type { TraceHeader } from "./schema.ts";
import type { SpecMapping } from "./spec-mapping.ts";

/**
 * The `harness simulate` pipeline: configuration -> seeded random run -> trace. The header's
 * `replay` holds every option, so `replayOptions(header)` rebuilds them and the same run comes
 * out byte for byte.
 */
export type SimulateOptions =
  | { readonly protocol: "paxos"; readonly config: PaxosConfig; readonly common: CommonOptions }
  | { readonly protocol: "register"; readonly config: RegisterConfig; readonly common: CommonOptions };

export interface CommonOptions {
  readonly seed: number;
  readonly maxSteps: number;
  readonly faults: readonly Fault[];
  readonly fullStateEvery?: number;
}

export interface SimulationStats {
  readonly steps: number;
  readonly events: number;
  readonly stopped: "max-steps" | "quiescent";
  /** How many steps of each kind the schedule took (deliver, drop, crash, ...). */
  readonly steps_by_kind: Readonly<Partial<Record<SimActionKind, number>>>;
  /** How many events of each spec action the trace holds. */
  readonly actions: Readonly<Record<string, number>>;
}

export type SimulateResult = { readonly ok: true; readonly trace: RecordedTrace; readonly stats: SimulationStats } | { readonly ok: false; readonly problem: Problem };

function stats<C>(actions: readonly SimAction<C>[], records: readonly SimRecord<{ readonly action: string }>[], stopped: SimulationStats["stopped"]): SimulationStats {
  const byKind: Partial<Record<SimActionKind, number>> = {};
  for (const a of actions) byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
  const byAction: Record<string, number> = {};
  for (const r of records) byAction[r.event.action] = (byAction[r.event.action] ?? 0) + 1;
  return { steps: actions.length, events: records.length, stopped, steps_by_kind: byKind, actions: byAction };
}

function run<S, M, E extends { readonly action: string }, C>(
  def: ProtocolDefinition<S, M, E, C>,
  mapping: SpecMapping<E>,
  options: SimulateOptions,
): SimulateResult {
  const c = options.common;
  const r = randomRun(simulator(def), { seed: c.seed, maxSteps: c.maxSteps, faults: new Set(c.faults) });
  const replay = { protocol: options.protocol, maxSteps: c.maxSteps, faults: [...c.faults], fullStateEvery: c.fullStateEvery ?? 0, config: options.config };
  const trace = recordTrace(mapping, r.records, { seed: c.seed, replay }, { fullStateEvery: c.fullStateEvery ?? 0 });
  return { ok: true, trace, stats: stats(r.actions, r.records, r.stopped) };
}

export function simulateTrace(options: SimulateOptions): SimulateResult {
  const c = options.common;
  if (!Number.isSafeInteger(c.seed) || c.seed < 0) return { ok: false, problem: problem("usage", `seed ${c.seed} must be a whole number >= 0`) };
  if (!Number.isSafeInteger(c.maxSteps) || c.maxSteps < 0) return { ok: false, problem: problem("usage", `steps ${c.maxSteps} must be a whole number >= 0`) };
  if (options.protocol === "paxos") {
    const s = setupPaxos(options.config);
    if (!s.ok) return s;
    const m = paxosMapping(s.setup);
    if (!m.ok) return m;
    return run(paxosProtocol(s.setup), m.mapping, options);
  }
  const s = setupRegister(options.config);
  if (!s.ok) return s;
  const m = registerMapping(s.setup);
  if (!m.ok) return m;
  return run(registerProtocol(s.setup), m.mapping, options);
}

const quorumSpecSchema = z.looseObject({ kind: z.enum(["majority", "threshold", "weighted", "grid", "flexible"]), nodes: z.array(z.string()) });

const replaySchema = z.discriminatedUnion("protocol", [
  z.object({
    protocol: z.literal("paxos"),
    maxSteps: z.int().nonnegative(),
    faults: z.array(z.string().refine(isFault, "unknown fault")),
    fullStateEvery: z.int().nonnegative().optional(),
    config: z.looseObject({
      acceptors: z.array(z.string()),
      proposers: z.array(z.string()),
      learners: z.array(z.string()),
      values: z.array(z.string()),
      ballots: z.array(z.int()),
      quorum: quorumSpecSchema,
      mutants: z.array(z.string()),
      allowUnsafeQuorums: z.boolean().optional(),
    }),
  }),
  z.object({
    protocol: z.literal("register"),
    maxSteps: z.int().nonnegative(),
    faults: z.array(z.string().refine(isFault, "unknown fault")),
    fullStateEvery: z.int().nonnegative().optional(),
    config: z.looseObject({
      replicas: z.array(z.string()),
      clients: z.int(),
      values: z.array(z.string()),
      quorum: quorumSpecSchema,
      writeBack: z.boolean(),
      maxOps: z.int(),
      mutants: z.array(z.string()),
      allowUnsafeQuorums: z.boolean().optional(),
    }),
  }),
]);

/** The options that produced a simulated trace, from its header (seed + replay). */
export function replayOptions(header: TraceHeader): { ok: true; options: SimulateOptions } | { ok: false; problem: Problem } {
  if (header.seed === undefined || header.replay === undefined) {
    return { ok: false, problem: problem("usage", "this trace has no seed and replay section: it was not produced by `harness simulate`") };
  }
  const r = replaySchema.safeParse(header.replay);
  if (!r.success) {
    const i = r.error.issues[0]!;
    return { ok: false, problem: problem("trace-format", `header.replay.${i.path.join(".")}: ${i.message}`) };
  }
  const common: CommonOptions = { seed: header.seed, maxSteps: r.data.maxSteps, faults: r.data.faults as Fault[], fullStateEvery: r.data.fullStateEvery ?? 0 };
  return r.data.protocol === "paxos"
    ? { ok: true, options: { protocol: "paxos", config: r.data.config as unknown as PaxosConfig, common } }
    : { ok: true, options: { protocol: "register", config: r.data.config as unknown as RegisterConfig, common } };
}
