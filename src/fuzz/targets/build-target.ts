import type { Problem } from "../../diagnostics/problem.ts";
import { parseMutants, type MutantName } from "../../protocol/mutants.ts";
import { paxosTarget } from "./paxos-target.ts";
import { registerTarget } from "./register-target.ts";
import type { FuzzTarget, Protocol } from "./target.ts";

/** The target for a protocol with the named mutants on; an unknown or foreign mutant is a usage problem. */
export function buildTarget(protocol: Protocol, mutantNames: readonly string[]): { ok: true; target: FuzzTarget } | { ok: false; problem: Problem } {
  const parsed = parseMutants(mutantNames, protocol);
  if (!parsed.ok) return parsed;
  const mutants: MutantName[] = [...parsed.mutants];
  return protocol === "paxos" ? paxosTarget(mutants) : registerTarget(mutants);
}
