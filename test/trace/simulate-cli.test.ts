import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { simulateOptionsFromFlags, type SimulateFlags } from "../../src/cli/commands/simulate.ts";
import { ProblemError } from "../../src/diagnostics/problem.ts";
import { parseTraceText } from "../../src/trace/reader.ts";
import { simulateTrace } from "../../src/trace/simulate.ts";
import { formatTrace } from "../../src/trace/writer.ts";
import { runHarness } from "../helpers/run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "simulate-"));

/** Flags as commander hands them to the action (defaults filled in). */
function flags(change: Partial<SimulateFlags>): SimulateFlags {
  return { seed: "1", steps: "200", nodes: "3", out: "x", mutant: [], fullStateEvery: "0", values: "2", writeBack: true, kind: "majority", ...change };
}

function usageError(protocol: string, change: Partial<SimulateFlags>): string {
  try {
    simulateOptionsFromFlags(protocol, flags(change));
  } catch (e) {
    if (e instanceof ProblemError) return e.problem.message;
    throw e;
  }
  const o = simulateOptionsFromFlags(protocol, flags(change));
  const r = simulateTrace(o);
  return r.ok ? "ok" : r.problem.message;
}

describe("harness simulate (spawned, as a user runs it)", () => {
  it("writes a Paxos trace identical to the library's for the same options, and prints what the run did", async () => {
    const out = join(dir, "p.ndjson");
    const r = runHarness(["simulate", "paxos", "--seed", "5", "--faults", "drop,dup", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^simulated paxos with seed 5: \d+ steps \(ran to quiescence\), \d+ events -> /);
    expect(r.stdout).toMatch(/spec actions: Phase1a \d+, Phase1b \d+/);
    const same = simulateTrace(simulateOptionsFromFlags("paxos", flags({ seed: "5", faults: "drop,dup", out })));
    expect(same.ok && formatTrace(same.trace.header, same.trace.events)).toBe(readFileSync(out, "utf8"));
  });

  it("prints the summary as JSON and writes ITF for .itf.json", () => {
    const out = join(dir, "r.itf.json");
    const r = runHarness(["simulate", "register", "--seed", "2", "--out", out, "--json", "--kind", "threshold", "--read", "2", "--write", "2"]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ protocol: "register", seed: 2, format: "itf", stopped: "quiescent" });
    expect(summary.actions.BeginWrite + summary.actions.BeginRead).toBe(6);
    const itf = JSON.parse(readFileSync(out, "utf8"));
    expect(itf.vars).toEqual(["store", "storeMsgs", "op"]);
    expect(itf.states.length).toBe(summary.events + 1);
  });

  it("writes the trace to stdout with --out -, the summary to stderr", async () => {
    const r = runHarness(["simulate", "paxos", "--seed", "1", "--steps", "20", "--out", "-"]);
    expect(r.code).toBe(0);
    expect((await parseTraceText(r.stdout, "stdout")).ok).toBe(true);
    expect(r.stderr).toMatch(/^simulated paxos with seed 1: 20 steps \(step limit reached\)/);
  });

  it("refuses a bad flag with one clear line and exit 255, no stack trace; requires --seed", () => {
    const bad = runHarness(["simulate", "paxos", "--seed", "1", "--faults", "drop,fire", "--out", "x"]);
    expect(bad.code).toBe(255);
    expect(bad.stderr).toBe('unknown fault "fire" in --faults: use drop, dup, crash, partition (comma-separated)\n');
    const missing = runHarness(["simulate", "paxos", "--out", "x"]);
    expect(missing.code).toBe(255);
    expect(missing.stderr).toMatch(/required option '--seed <n>' not specified/);
  });
});

describe("harness simulate flags (in process)", () => {
  it("builds the deployment the flags describe", () => {
    const o = simulateOptionsFromFlags("paxos", flags({ nodes: "4", proposers: "3", ballots: "6", kind: "flexible", q1: "3", q2: "2", mutant: ["proposers-share-ballots"], faults: "crash,crash" }));
    expect(o.protocol).toBe("paxos");
    if (o.protocol !== "paxos") return;
    expect(o.config).toMatchObject({ acceptors: ["a1", "a2", "a3", "a4"], proposers: ["p1", "p2", "p3"], ballots: [0, 1, 2, 3, 4, 5], quorum: { kind: "flexible", q1: 3, q2: 2 }, mutants: ["proposers-share-ballots"] });
    expect(o.common.faults).toEqual(["crash"]);
    const r = simulateOptionsFromFlags("register", flags({ nodes: "x,y,z", clients: "3", maxOps: "1", writeBack: false }));
    expect(r.protocol === "register" && r.config).toMatchObject({ replicas: ["x", "y", "z"], clients: 3, maxOps: 1, writeBack: false });
  });

  it.each([
    ["raft", {}, 'unknown protocol "raft": use paxos or register'],
    ["paxos", { seed: "-1" }, '--seed must be a whole number, got "-1"'],
    ["paxos", { steps: "many" }, '--steps must be a whole number, got "many"'],
    ["paxos", { clients: "2" }, "--clients applies to register, not paxos"],
    ["paxos", { writeBack: false }, "--no-write-back applies to register, not paxos"],
    ["register", { ballots: "2" }, "--ballots applies to paxos, not register"],
    ["paxos", { mutant: ["register-weak-read-quorum"] }, 'mutant "register-weak-read-quorum" is a register mutant, not a paxos one'],
    ["register", { kind: "threshold", read: "1", write: "2" }, "R=1 + W=2 is not greater than N=3: a read can miss the latest write"],
    ["register", { kind: "threshold", read: "1", write: "2", allowUnsafeQuorums: true }, "ok"],
    ["paxos", { nodes: "a b" }, '--nodes must be a count or a comma-separated list of names (letters, digits, _), got "a b"'],
    ["paxos", { nodes: "17" }, "17 nodes: listing the quorums of more than 16 nodes is not supported"],
    ["paxos", { proposers: "0" }, "--proposers must be at least 1, got 0"],
  ] as const)("%s %j -> %s", (protocol, change, message) => {
    expect(usageError(protocol, change as Partial<SimulateFlags>)).toBe(message);
  });
});
