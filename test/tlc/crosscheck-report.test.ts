import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/check/result.ts";
import { crosscheck, crosscheckPassed, readModels, renderCrosscheck } from "../../src/tlc/crosscheck.ts";
import { tempDir } from "./helpers/fake-tools.ts";

/** The crosscheck's bookkeeping with stand-in engines; the real TLC run is the opt-in crosscheck.test.ts. */
function project(models: unknown): string {
  const root = tempDir("models");
  mkdirSync(join(root, "spec"));
  writeFileSync(join(root, "spec", "models.json"), JSON.stringify(models));
  return root;
}

const ok = (distinct: number): CheckResult => ({ result: "ok", violated: null, distinct, generated: distinct * 2, depth: 3, trace: [], error: null, seconds: 0 });

describe("crosscheck bookkeeping", () => {
  it("reads the manifest, runs both engines per model and flags a disagreement or an unexpected verdict", async () => {
    const root = project({
      models: [
        { name: "Same", spec: "spec/A.tla", config: "spec/A.cfg", tier: "ci", expect: { result: "ok", violated: null } },
        { name: "Differ", spec: "spec/B.tla", config: "spec/B.cfg", tier: "ci", expect: { result: "ok", violated: null } },
        { name: "Unexpected", spec: "spec/C.tla", config: "spec/C.cfg", tier: "bench", expect: { result: "invariant", violated: "Agreement" } },
      ],
    });
    const manifest = readModels(root);
    if (!manifest.ok) throw new Error(manifest.problem.message);
    const seen: string[] = [];
    const rows = await crosscheck(root, manifest.models, {
      runNative: async (spec, config) => {
        seen.push(`native ${spec} ${config}`);
        return ok(10);
      },
      runTlc: async (spec) => {
        seen.push(`tlc ${spec}`);
        const check = { ...ok(spec.endsWith("B.tla") ? 11 : 10), engine: "tlc" as const };
        return { check, exitCode: 0, tlcVersion: "TLC2", initialStates: 1, leftOnQueue: 0, backToState: null };
      },
    });
    expect(seen[0]).toBe(`native ${join(root, "spec/A.tla")} ${join(root, "spec/A.cfg")}`);
    expect(rows.map((r) => [r.model.name, r.comparison.agree, r.asExpected])).toEqual([
      ["Same", true, true],
      ["Differ", false, true],
      ["Unexpected", true, false],
    ]);
    expect(crosscheckPassed(rows)).toBe(false);
    expect(crosscheckPassed(rows.slice(0, 1))).toBe(true);
    const text = renderCrosscheck(rows);
    expect(text).toMatch(/^Differ +ok 10\/20\/3 +ok 11\/22\/3 +DISAGREE on distinct, generated$/m);
    expect(text).toMatch(/^Unexpected .* agree, but not the expected invariant Agreement$/m);
    expect(text).toMatch(/crosscheck: 2 of 3 model\(s\) FAILED$/);
  });

  it("reports a malformed manifest with the field at fault", () => {
    const r = readModels(project({ models: [{ name: "X", spec: "spec/X.tla", config: "spec/X.cfg", tier: "nightly", expect: { result: "ok" } }] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/at models\.0\.tier/);
  });
});
