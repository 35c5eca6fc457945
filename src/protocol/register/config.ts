import { problem, type Problem } from "../../diagnostics/problem.ts";
import { intersectionProblem } from "../quorum/analysis.ts";
import { buildQuorumSystem, type QuorumSpec } from "../quorum/build.ts";
import { defaultNodeNames, type QuorumSystem } from "../quorum/quorum-system.ts";
import { parseMutants, type Mutants } from "../mutants.ts";

/**
 * A register deployment: replicas, clients (ids 1..clients, nodes "c1", "c2", ...), values,
 * the read (q1) / write (q2) quorum system over the replicas, whether reads write back, and
 * how many operations each client may perform (the spec's MaxOps).
 */
export interface RegisterConfig {
  readonly replicas: readonly string[];
  readonly clients: number;
  readonly values: readonly string[];
  readonly quorum: QuorumSpec;
  readonly writeBack: boolean;
  readonly maxOps: number;
  readonly mutants: readonly string[];
  /** Run on quorums that do not intersect (to watch the spec catch it); refused otherwise. */
  readonly allowUnsafeQuorums?: boolean;
}

export interface RegisterSetup {
  readonly config: RegisterConfig;
  readonly quorums: QuorumSystem;
  readonly mutants: Mutants;
  readonly clientNodes: readonly string[];
}

export function clientNode(id: number): string {
  return `c${id}`;
}

export function clientIdOf(node: string): number | undefined {
  const m = /^c([1-9][0-9]*)$/.exec(node);
  return m ? Number(m[1]) : undefined;
}

export function defaultRegisterConfig(opts: { replicas?: number; clients?: number; values?: number; maxOps?: number } = {}): RegisterConfig {
  const replicas = defaultNodeNames("r", opts.replicas ?? 3);
  return {
    replicas,
    clients: opts.clients ?? 2,
    values: defaultNodeNames("v", opts.values ?? 2),
    quorum: { kind: "majority", nodes: replicas },
    writeBack: true,
    maxOps: opts.maxOps ?? 3,
    mutants: [],
  };
}

function usage(message: string): { ok: false; problem: Problem } {
  return { ok: false, problem: problem("usage", message) };
}

export function setupRegister(config: RegisterConfig): { ok: true; setup: RegisterSetup } | { ok: false; problem: Problem } {
  if (config.replicas.length === 0) return usage("the register needs at least one replica");
  if (!Number.isInteger(config.clients) || config.clients < 1) return usage(`clients=${config.clients}: the register needs at least one client`);
  const clientNodes = Array.from({ length: config.clients }, (_, i) => clientNode(i + 1));
  const clash = config.replicas.find((r) => clientNodes.includes(r));
  if (clash) return usage(`replica ${clash} has a client's name (clients are c1, c2, ...)`);
  if (config.values.length === 0) return usage("the register needs at least one value to write");
  if (new Set(config.values).size !== config.values.length) return usage("a value is listed twice");
  if (config.values.includes("None")) return usage('"None" is the register\'s initial value and cannot be written');
  if (!Number.isInteger(config.maxOps) || config.maxOps < 0) return usage(`maxOps=${config.maxOps} must be a whole number >= 0`);
  const sameNodes = config.quorum.nodes.length === config.replicas.length && config.quorum.nodes.every((n, i) => n === config.replicas[i]);
  if (!sameNodes) return usage("the quorum system must be over exactly the replicas, in the same order");
  const built = buildQuorumSystem(config.quorum);
  if (!built.ok) return built;
  if (!config.allowUnsafeQuorums) {
    const p = intersectionProblem(built.system);
    if (p) return { ok: false, problem: p };
  }
  const m = parseMutants(config.mutants, "register");
  if (!m.ok) return m;
  return { ok: true, setup: { config, quorums: built.system, mutants: m.mutants, clientNodes } };
}
