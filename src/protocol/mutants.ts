import { problem, type Problem } from "../diagnostics/problem.ts";

/**
 * Seeded bugs ("mutants"): named, small deviations of the implementation from the protocol,
 * off unless switched on by name. Each handler asks `has(ctx.mutants, name)` at the one point
 * where the bug lives, so a mutant is one entry here plus one condition there. The fuzzer
 * (issue 6) must find every one; the unmutated implementation must never be flagged.
 */
export const mutantCatalog = {
  "acceptor-accepts-below-promise": {
    protocol: "paxos",
    description: "an acceptor accepts a 2a whose ballot is below the ballot it promised",
  },
  "acceptor-forgets-promise": {
    protocol: "paxos",
    description: "an acceptor keeps its promise (maxBal) in memory only, so a restart forgets it",
  },
  "proposer-ignores-accepted-value": {
    protocol: "paxos",
    description: "a proposer proposes its own value even when a promise reports an accepted one",
  },
  "proposer-quorum-one-short": {
    protocol: "paxos",
    description: "a proposer starts phase 2 with promises from one acceptor fewer than a phase-1 quorum",
  },
  "learner-counts-duplicates": {
    protocol: "paxos",
    description: "a learner counts 2b messages rather than distinct acceptors, so a duplicated 2b counts twice",
  },
  "proposers-share-ballots": {
    protocol: "paxos",
    description: "proposers draw ballots from one shared range, so two of them can run the same ballot",
  },
  "register-weak-read-quorum": {
    protocol: "register",
    description: "clients end a query phase with N - W replies, so R + W = N and a query can miss the latest store",
  },
  "register-read-skips-write-back": {
    protocol: "register",
    description: "a read returns right after its query phase, without writing the freshest value back",
  },
  "register-write-skips-query": {
    protocol: "register",
    description: "a write timestamps its value from its own last write instead of the highest timestamp its query found",
  },
} as const satisfies Record<string, { protocol: "paxos" | "register"; description: string }>;

export type MutantName = keyof typeof mutantCatalog;

export type Mutants = ReadonlySet<MutantName>;

export const noMutants: Mutants = new Set();

export const mutantNames = Object.keys(mutantCatalog) as MutantName[];

export function has(mutants: Mutants, name: MutantName): boolean {
  return mutants.has(name);
}

export function isMutantName(s: string): s is MutantName {
  return Object.hasOwn(mutantCatalog, s);
}

/** Names from a flag, each checked to exist and to belong to the protocol. */
export function parseMutants(names: readonly string[], protocol: "paxos" | "register"): { ok: true; mutants: Mutants } | { ok: false; problem: Problem } {
  const out = new Set<MutantName>();
  for (const n of names) {
    if (!isMutantName(n)) {
      const known = mutantNames.filter((m) => mutantCatalog[m].protocol === protocol).join(", ");
      return { ok: false, problem: problem("usage", `unknown mutant "${n}"; ${protocol} mutants: ${known}`) };
    }
    if (mutantCatalog[n].protocol !== protocol) return { ok: false, problem: problem("usage", `mutant "${n}" is a ${mutantCatalog[n].protocol} mutant, not a ${protocol} one`) };
    out.add(n);
  }
  return { ok: true, mutants: out };
}
