import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runHarness } from "../helpers/run-cli.ts";
import { hasShared, sharedDir } from "../helpers/shared.ts";

/** `harness validate` as a user runs it: verdicts, exit codes, --json, batches and bad input. */
const scratch = mkdtempSync(join(tmpdir(), "validate-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("harness validate", () => {
  it("accepts a golden trace: exit 0, one line", () => {
    const r = runHarness(["validate", "traces/paxos-clean.ndjson"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("traces/paxos-clean.ndjson: accepted, 9 events");
  });

  it("rejects an invalid trace at its step, with the false conjunct and its location: exit 12", () => {
    const r = runHarness(["validate", "traces/invalid/paxos-accept-below-promise.ndjson"]);
    expect(r.code).toBe(12);
    expect(r.stdout).toContain("traces/invalid/paxos-accept-below-promise.ndjson:8: rejected at step 7: Phase2b(a = a1, b = 0, v = v1) by a1");
    expect(r.stdout).toMatch(/false: spec\/Paxos\.tla:\d+:\d+: b >= maxBal\[a\]/);
    expect(r.stdout).toContain("enabled in that state: ");
  });

  it("shows a reported value that no successor has as a diff", () => {
    const r = runHarness(["validate", "traces/invalid/paxos-reported-state-mismatch.ndjson"]);
    expect(r.code).toBe(12);
    expect(r.stdout).toContain("spec:     (a1 :> 0 @@ a2 :> 0 @@ a3 :> -1)");
    expect(r.stdout).toContain("reported: (a1 :> 0 @@ a2 :> 1 @@ a3 :> -1)");
    expect(r.stdout).toContain("at a2: expected 0, reported 1");
  });

  it("--json gives the same verdict as data", () => {
    const r = runHarness(["validate", "--json", "traces/invalid/paxos-1b-without-1a.ndjson"]);
    expect(r.code).toBe(12);
    const out = JSON.parse(r.stdout);
    expect(out.exitCode).toBe(12);
    expect(out.summary).toMatchObject({ traces: 1, accepted: 0, rejected: 1 });
    expect(out.traces[0]).toMatchObject({
      file: "traces/invalid/paxos-1b-without-1a.ndjson",
      format: "ndjson",
      exitCode: 12,
      verdict: { kind: "rejected", event: { step: 2, line: 3, action: "Phase1b", params: [["a", "a1"], ["b", "1"]] }, reason: { kind: "disabled", action: "Phase1b(a1,1)" } },
    });
    expect(out.traces[0].verdict.reason.conjunct.location).toMatchObject({ file: "spec/Paxos.tla" });
  });

  it("a malformed line is a located trace-format error: exit 255", () => {
    const r = runHarness(["validate", "traces/invalid/malformed-line.ndjson"]);
    expect(r.code).toBe(255);
    expect(r.stdout).toMatch(/traces\/invalid\/malformed-line\.ndjson:3:\d+: not valid JSON/);
  });

  it("checks a quoted pattern in one run on worker threads, with a summary table", () => {
    const r = runHarness(["validate", "--workers", "2", "traces/paxos-*.ndjson"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/trace\s+verdict\s+events/);
    expect(r.stdout).toMatch(/6 traces: 6 accepted, 0 rejected; \d+ events in [\d.]+ s, \d+ events\/s on 2 workers/);
  });

  it("a batch with a rejected trace exits 12 and lists it", () => {
    const r = runHarness(["validate", "--workers", "1", "traces/paxos-clean.ndjson", "traces/invalid/unknown-action.ndjson"]);
    expect(r.code).toBe(12);
    expect(r.stdout).toContain("the spec has no action Phase3");
    expect(r.stdout).toMatch(/traces\/invalid\/unknown-action\.ndjson\s+rejected at step 2/);
  });

  it("a pattern that matches nothing is a usage error", () => {
    const r = runHarness(["validate", "traces/nothing-*.ndjson"]);
    expect(r.code).toBe(255);
    expect(r.stderr).toContain("no file matches 'traces/nothing-*.ndjson'");
  });

  it("a spec that does not parse exits 150, a .cfg that names nothing exits 151", () => {
    const bad = join(scratch, "Broken.tla");
    writeFileSync(bad, "---- MODULE Broken ----\nVARIABLE x\nInit == x = \nNext == x' = x\n====\n");
    const r1 = runHarness(["validate", "--spec", bad, "traces/paxos-clean.ndjson"]);
    expect(r1.code).toBe(150);
    expect(r1.stdout).toContain("Broken.tla");
    const cfg = join(scratch, "bad.cfg");
    writeFileSync(cfg, "SPECIFICATION Spec\nINVARIANT NoSuchInvariant\n");
    const r2 = runHarness(["validate", "--config", cfg, "traces/paxos-clean.ndjson"]);
    expect(r2.code).toBe(151);
    expect(r2.stdout).toContain("NoSuchInvariant");
  });

  it("--allow-hidden must name actions of Next", () => {
    const r = runHarness(["validate", "--allow-hidden", "DropMessage", "traces/paxos-clean.ndjson"]);
    expect(r.code).toBe(255);
    expect(r.stdout).toContain("--allow-hidden DropMessage: Next has no action DropMessage");
  });

  it.runIf(hasShared)("a TLC counterexample breaking an action property exits 13", () => {
    const specs = join(sharedDir, "conformance/specs");
    const r = runHarness(["validate", "--spec", join(specs, "DigitTally.tla"), "--config", join(specs, "DigitTally_bad.cfg"), join(specs, "traces/DigitTally_bad.json")]);
    expect(r.code).toBe(13);
    expect(r.stdout).toContain("property HighNeverDrops is violated");
  });
});
