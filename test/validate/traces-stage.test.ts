import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tracesStage } from "../../src/verify/traces-stage.ts";
import { repoRoot } from "../helpers/run-cli.ts";

/** `npm run verify`'s traces stage: every trace under traces/ gets the verdict traces/README.md documents. */
const copy = mkdtempSync(join(tmpdir(), "traces-stage-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));
const ctx = (root: string) => ({ root, onProgress: () => {} });

describe("verify: traces stage", () => {
  it("passes on the project: golden traces accepted, invalid ones rejected as documented", async () => {
    const r = await tracesStage.run(ctx(repoRoot));
    expect(r.missing).toBeUndefined();
    expect(r.rows.filter((row) => !row.ok)).toEqual([]);
    expect(r.rows.length).toBeGreaterThan(15);
    const below = r.rows.find((row) => row.item === "traces/invalid/paxos-accept-below-promise.ndjson");
    expect(below).toMatchObject({ ok: true, verdict: "rejected at step 7 (Phase2b, disabled) (expected)" });
  });

  it("fails a trace whose verdict differs from the README, and an undocumented invalid trace that is accepted", async () => {
    cpSync(join(repoRoot, "traces"), join(copy, "traces"), { recursive: true });
    cpSync(join(repoRoot, "spec"), join(copy, "spec"), { recursive: true });
    // Documented as rejected at step 7, now a copy of a golden trace.
    cpSync(join(repoRoot, "traces/paxos-clean.ndjson"), join(copy, "traces/invalid/paxos-accept-below-promise.ndjson"));
    cpSync(join(repoRoot, "traces/paxos-clean.ndjson"), join(copy, "traces/invalid/undocumented.ndjson"));
    writeFileSync(join(copy, "traces/invalid/README-note.txt"), "not a trace\n");
    // Elsewhere, an undocumented trace is shown but judges nothing.
    mkdirSync(join(copy, "traces/saved"), { recursive: true });
    cpSync(join(repoRoot, "traces/invalid/unknown-action.ndjson"), join(copy, "traces/saved/x.ndjson"));
    const r = await tracesStage.run(ctx(copy));
    expect(r.rows.find((row) => row.item === "traces/saved/x.ndjson")).toMatchObject({ ok: true, verdict: "rejected at step 2 (not documented in traces/README.md)" });
    const failed = r.rows.filter((row) => !row.ok).map((row) => [row.item, row.verdict]);
    expect(failed).toEqual([
      ["traces/invalid/paxos-accept-below-promise.ndjson", "accepted, expected rejected at step 7 (Phase2b, disabled)"],
      ["traces/invalid/undocumented.ndjson", "accepted, but it is under invalid/"],
    ]);
  });

  it("says the traces are missing when there is no traces/ folder", async () => {
    const empty = mkdtempSync(join(tmpdir(), "no-traces-"));
    const r = await tracesStage.run(ctx(empty));
    rmSync(empty, { recursive: true, force: true });
    expect(r.missing).toContain("traces/");
  });
});
