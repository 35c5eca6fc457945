import { describe, expect, it } from "vitest";
import { mutantCatalog, mutantNames, parseMutants } from "../../src/protocol/mutants.ts";
import { setupPaxos, defaultPaxosConfig } from "../../src/protocol/paxos/config.ts";
import { setupRegister, defaultRegisterConfig } from "../../src/protocol/register/config.ts";

describe("mutant registry", () => {
  it("lists at least the seeded bugs issue 6 asks for, each with a protocol and a description", () => {
    expect(mutantNames).toEqual(
      expect.arrayContaining([
        "acceptor-accepts-below-promise",
        "acceptor-forgets-promise",
        "proposer-ignores-accepted-value",
        "proposer-quorum-one-short",
        "learner-counts-duplicates",
        "proposers-share-ballots",
        "register-weak-read-quorum",
        "register-read-skips-write-back",
        "register-write-skips-query",
      ]),
    );
    for (const n of mutantNames) expect(mutantCatalog[n].description.length).toBeGreaterThan(10);
  });

  it("is off by default and switched on by name only", () => {
    const p = setupPaxos(defaultPaxosConfig());
    expect(p.ok && p.setup.mutants.size).toBe(0);
    const r = parseMutants(["learner-counts-duplicates"], "paxos");
    expect(r.ok && [...r.mutants]).toEqual(["learner-counts-duplicates"]);
  });

  it("refuses unknown names and mutants of the other protocol", () => {
    const unknown = parseMutants(["bogus"], "paxos");
    expect(unknown.ok || unknown.problem.message).toMatch(/^unknown mutant "bogus"; paxos mutants: acceptor-accepts-below-promise, /);
    const other = setupRegister({ ...defaultRegisterConfig(), mutants: ["acceptor-forgets-promise"] });
    expect(other.ok || other.problem.message).toBe('mutant "acceptor-forgets-promise" is a paxos mutant, not a register one');
  });

  it("refuses deployments that are wrong, before any run", () => {
    const msg = (r: { ok: true } | { ok: false; problem: { message: string } }) => (r.ok ? "ok" : r.problem.message);
    expect(msg(setupPaxos({ ...defaultPaxosConfig(), proposers: ["a1"] }))).toBe("node a1 has two roles: every node is exactly one acceptor, proposer or learner");
    expect(msg(setupPaxos({ ...defaultPaxosConfig(), ballots: [1, 0] }))).toBe("ballots must be listed in increasing order without repeats");
    expect(msg(setupPaxos({ ...defaultPaxosConfig(), values: ["None"] }))).toMatch(/None/);
    const weak = { ...defaultRegisterConfig(), quorum: { kind: "threshold", nodes: ["r1", "r2", "r3"], read: 1, write: 2 } as const };
    expect(msg(setupRegister(weak))).toBe("R=1 + W=2 is not greater than N=3: a read can miss the latest write");
    expect(msg(setupRegister({ ...weak, allowUnsafeQuorums: true }))).toBe("ok");
    expect(msg(setupRegister({ ...defaultRegisterConfig(), replicas: ["c1", "r2", "r3"], quorum: { kind: "majority", nodes: ["c1", "r2", "r3"] } }))).toBe("replica c1 has a client's name (clients are c1, c2, ...)");
  });
});
