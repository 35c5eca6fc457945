import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runHarness } from "../helpers/run-cli.ts";

/** `harness fuzz` and `harness replay` spawned as a user runs them. */
const dir = mkdtempSync(join(tmpdir(), "fuzz-cli-"));
const MUTANT = "acceptor-forgets-promise";

interface FailureJson {
  seed: number;
  path: string;
  replayPath: string;
  trace: string;
  steps: { step: number; actions: string[]; events: { text: string }[]; failed: boolean }[];
  outcome: { kind: string; verdict: { kind: string; event: { step: number; line: number; file: string } } };
}

describe("harness fuzz", () => {
  it("passes a campaign on the unmutated implementation, with a summary and the coverage of the spec", () => {
    const r = runHarness(["fuzz", "paxos", "--runs", "40", "--seed", "3", "--no-coverage"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^harness fuzz paxos: 40 runs passed/);
    expect(r.stdout).toMatch(/runs\s+40 of 40, seed 3, up to 50 steps each/);
    expect(r.stdout).toMatch(/Coverage of the spec:\n\s+Phase1a\s+\d+ events?\n\s+Phase1b/);
  });

  it("runs exactly its share of a campaign with --shard, and says so in --json", () => {
    const r = runHarness(["fuzz", "register", "--runs", "30", "--shard", "2/3", "--no-coverage", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { result: string; runs: { campaign: number; planned: number; done: number }; shard: { index: number; count: number }; coverage: { actions: { name: string }[] } };
    expect(j.result).toBe("passed");
    expect(j.runs).toEqual({ campaign: 30, planned: 10, done: 10 });
    expect(j.shard).toEqual({ index: 2, count: 3 });
    expect(j.coverage.actions.map((a) => a.name)).toEqual(["BeginWrite", "BeginRead", "ReplyQuery", "EndQuery", "ReplyStore", "EndStore"]);
  });

  it("refuses bad flags with a clear message and exit 255", () => {
    const bad = runHarness(["fuzz", "raft"]);
    expect(bad.code).toBe(255);
    expect(bad.stderr).toContain('unknown protocol "raft": use paxos or register');
    const foreign = runHarness(["fuzz", "register", "--mutant", MUTANT, "--shard", "1/2"]);
    expect(foreign.code).toBe(255);
    expect(foreign.stderr).toContain(`mutant "${MUTANT}" is a paxos mutant, not a register one`);
  });
});

describe("a failure: found, explained, saved, replayed", () => {
  let failure: FailureJson;
  let terminal: string;

  beforeAll(() => {
    const r = runHarness(["fuzz", "paxos", "--mutant", MUTANT, "--runs", "2000", "--no-coverage", "--failures", dir, "--json"]);
    expect(r.code).toBe(12);
    failure = (JSON.parse(r.stdout) as { failure: FailureJson }).failure;
    const t = runHarness(["replay", failure.trace]);
    expect(t.code).toBe(12);
    terminal = t.stdout;
  });

  it("writes the failing trace to <dir>/paxos-<seed>.ndjson and reports the trace checker's verdict on it", () => {
    expect(failure.trace).toBe(join(dir, `paxos-${failure.seed}.ndjson`));
    expect(existsSync(failure.trace)).toBe(true);
    expect(failure.steps.length).toBeGreaterThan(1);
    expect(failure.steps.length).toBeLessThanOrEqual(12);
    expect(failure.steps.at(-1)!.failed).toBe(true);
    const v = failure.outcome.verdict;
    expect(v.kind).toBe("rejected");
    // Event n is line n + 1 of the saved trace.
    expect(v.event.file).toBe(failure.trace);
    expect(v.event.line).toBe(v.event.step + 1);
  });

  it("harness replay <file> reruns the schedule with exactly the recorded events and prints it step by step", () => {
    expect(terminal).toContain(`replay paxos --mutant ${MUTANT}: the failure reproduces, with exactly the events the file holds`);
    for (const s of failure.steps) for (const a of s.actions) expect(terminal).toContain(a);
    expect(terminal).toContain("<-- refused by the spec");
    expect(terminal).toMatch(/Why \(the trace checker's verdict\):\n\s+.*rejected at step \d+: Phase1b/);
    expect(terminal).toContain(`fast-check: seed ${failure.seed}, path "${failure.path}"`);
  });

  it("harness replay --seed --path --replay-path reaches the same minimal schedule", () => {
    const again = join(dir, "again");
    const r = runHarness(["replay", "--protocol", "paxos", "--mutant", MUTANT, "--seed", String(failure.seed), "--path", failure.path, "--replay-path", failure.replayPath, "--failures", again, "--json"]);
    expect(r.code).toBe(12);
    const j = JSON.parse(r.stdout) as { reproduced: boolean; failure: FailureJson };
    expect(j.reproduced).toBe(true);
    expect(j.failure.steps).toEqual(failure.steps);
    expect(j.failure.trace).toBe(join(again, `paxos-${failure.seed}.ndjson`));
  });

  it("harness validate rejects the saved trace at the same step", () => {
    const r = runHarness(["validate", failure.trace]);
    expect(r.code).toBe(12);
    expect(r.stdout).toContain(`${failure.trace}:${failure.outcome.verdict.event.line}: rejected at step ${failure.outcome.verdict.event.step}`);
  });

  it("harness replay refuses a trace that is not a fuzzing failure, and a call without file or seed", () => {
    const notOurs = runHarness(["replay", "traces/paxos-clean.ndjson"]);
    expect(notOurs.code).toBe(255);
    expect(notOurs.stderr).toMatch(/traces\/paxos-clean\.ndjson:1:1: header\.replay\.tool: .*not a failure file of harness fuzz/);
    const nothing = runHarness(["replay"]);
    expect(nothing.code).toBe(255);
    expect(nothing.stderr).toContain("give a failure file");
  });
});
