import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderProblem } from "../../src/diagnostics/render.ts";
import { loadTraceFile } from "../../src/trace/reader.ts";
import { repoRoot } from "../helpers/run-cli.ts";
import { checkWithOracle } from "./spec-oracle.ts";

/**
 * traces/README.md's table is the contract for the invalid traces: each row names the step (or
 * line, for malformed files) where the trace must be rejected. This test reads the table itself,
 * so the README and the files cannot drift apart.
 */
const readme = readFileSync(`${repoRoot}traces/README.md`, "utf8");
const rows = [...readme.matchAll(/^\| `(invalid\/[^`]+)` \| (step (\d+)|line (\d+) \(reader\))[^|]*\|/gm)].map((m) => ({ file: m[1]!, step: m[3] ? Number(m[3]) : undefined, line: m[4] ? Number(m[4]) : undefined }));

describe("invalid traces", () => {
  it("the README lists every one of them", () => {
    expect(rows.map((r) => r.file).sort()).toEqual(
      [
        "invalid/malformed-line.ndjson",
        "invalid/malformed-value.ndjson",
        "invalid/paxos-1b-without-1a.ndjson",
        "invalid/paxos-accept-below-promise.ndjson",
        "invalid/paxos-ignores-accepted-value.ndjson",
        "invalid/paxos-reported-state-mismatch.ndjson",
        "invalid/paxos-second-value-chosen.ndjson",
        "invalid/register-stale-read.ndjson",
        "invalid/unknown-action.ndjson",
      ].sort(),
    );
  });

  it.each(rows)("$file is rejected where the README says", async ({ file, step, line }) => {
    const r = await loadTraceFile(`${repoRoot}traces/${file}`);
    if (line !== undefined) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(renderProblem(r.problems[0]!)).toMatch(new RegExp(`${file.replace(/[./]/g, "\\$&")}:${line}:\\d+: `));
      return;
    }
    if (!r.ok) throw new Error(r.problems.map(renderProblem).join("\n"));
    const verdict = checkWithOracle(r.trace);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.step).toBe(step);
  });

  it("reject for the documented reasons", async () => {
    const reason = async (f: string) => {
      const r = await loadTraceFile(`${repoRoot}traces/invalid/${f}`);
      if (!r.ok) throw new Error(f);
      const v = checkWithOracle(r.trace);
      return v.ok ? "accepted" : `${v.kind}: ${v.reason}`;
    };
    expect(await reason("paxos-second-value-chosen.ndjson")).toBe("not-enabled: no phase-2 quorum sent 2b (0, v2)");
    expect(await reason("paxos-accept-below-promise.ndjson")).toBe("not-enabled: b = 0 is below maxBal[a1] = 1");
    expect(await reason("paxos-1b-without-1a.ndjson")).toBe("not-enabled: no 1a for ballot 1 was sent");
    expect(await reason("paxos-ignores-accepted-value.ndjson")).toBe("not-enabled: no phase-1 quorum of 1b messages for ballot 1 allows value v2");
    expect(await reason("paxos-reported-state-mismatch.ndjson")).toMatch(/^mismatch: maxBal: reported .*a2 :> 1.*spec gives .*a2 :> 0/);
    expect(await reason("register-stale-read.ndjson")).toMatch(/^mismatch: storeMsgs: reported but not in the spec's successor: \[client \|-> 2, op \|-> 1, ts \|-> \[num \|-> 0/);
    expect(await reason("unknown-action.ndjson")).toBe("unknown-action: the spec has no action Phase3");
  });
});
