import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { goldenItf, goldenTraces } from "../../src/trace/golden-traces.ts";
import { loadTraceFile } from "../../src/trace/reader.ts";
import { repoRoot } from "../helpers/run-cli.ts";

const dir = `${repoRoot}traces/`;
const golden = goldenTraces();

describe("golden traces", () => {
  it("are exactly what scripts/gen-golden-traces.ts generates (regenerate after changing the implementation)", () => {
    for (const t of [...golden, ...goldenItf(golden)]) expect(readFileSync(dir + t.file, "utf8"), t.file).toBe(t.text);
    const onDisk = readdirSync(dir).filter((f) => f.endsWith(".ndjson"));
    expect(onDisk.sort()).toEqual(golden.map((t) => t.file).sort());
  });

  // That the spec accepts each of them is test/validate/golden.test.ts.
  it("each parse back to the header and events they were written from", async () => {
    for (const t of golden) {
      const r = await loadTraceFile(dir + t.file);
      if (!r.ok) throw new Error(`${t.file}: ${r.problems[0]!.message}`);
      expect(r.trace, t.file).toEqual(t.trace);
    }
  });

  it("show what they are named for", async () => {
    const actions = async (f: string) => {
      const r = await loadTraceFile(dir + f);
      if (!r.ok) throw new Error(f);
      return r.trace.events;
    };
    const crash = await actions("paxos-crash-restart.ndjson");
    expect(crash.filter((e) => e.action === "Phase2a").map((e) => e.node)).toEqual(["p1", "p2"]);
    const competing = await actions("paxos-competing-proposers.ndjson");
    expect(new Set(competing.filter((e) => e.action === "Phase1a").map((e) => e.node))).toEqual(new Set(["p1", "p2"]));
    expect((await actions("paxos-full-state.ndjson")).every((e) => e.full === true)).toBe(true);
    expect((await actions("register-no-write-back.ndjson")).some((e) => e.action === "BeginRead")).toBe(true);
  });
});
