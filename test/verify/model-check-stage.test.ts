import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { modelCheckStage } from "../../src/verify/model-check-stage.ts";

const root = mkdtempSync(join(tmpdir(), "verify-model-check-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function project(models: unknown): string {
  const dir = mkdtempSync(join(root, "p-"));
  mkdirSync(join(dir, "spec"));
  writeFileSync(
    join(dir, "spec/Counter.tla"),
    ["---- MODULE Counter ----", "EXTENDS Naturals", "CONSTANT Max", "VARIABLE n", "Init == n = 0", "Next == n < Max /\\ n' = n + 1", "Small == n < 3", "===="].join("\n"),
  );
  writeFileSync(join(dir, "spec/Counter_ok.cfg"), "CONSTANT Max = 2\nINIT Init\nNEXT Next\nINVARIANT Small\nCHECK_DEADLOCK FALSE\n");
  writeFileSync(join(dir, "spec/Counter_bad.cfg"), "CONSTANT Max = 5\nINIT Init\nNEXT Next\nINVARIANT Small\n");
  if (models !== undefined) writeFileSync(join(dir, "spec/models.json"), JSON.stringify(models));
  return dir;
}

const entry = (name: string, config: string, result: string, violated: string | null, tier = "ci") => ({
  name,
  spec: "spec/Counter.tla",
  config: `spec/${config}`,
  tier,
  expect: { result, violated },
});

describe("verify stage: model check", () => {
  it("checks every CI model and passes those that end as the manifest expects, failures included", async () => {
    const dir = project({
      models: [entry("ok", "Counter_ok.cfg", "ok", null), entry("broken", "Counter_bad.cfg", "invariant", "Small"), entry("big", "Counter_ok.cfg", "ok", null, "bench")],
    });
    const r = await modelCheckStage.run({ root: dir, onProgress: () => {} });
    expect(r.rows.map((row) => [row.item, row.verdict, row.ok])).toEqual([
      ["ok", "ok", true],
      ["broken", "invariant Small (expected)", true],
    ]);
    expect(r.rows[0]!.detail).toMatch(/^3 distinct \/ 3 generated \/ depth 3/);
  });

  it("fails a model whose verdict differs from the expected one", async () => {
    const dir = project({ models: [entry("wrong", "Counter_bad.cfg", "ok", null)] });
    const r = await modelCheckStage.run({ root: dir, onProgress: () => {} });
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ item: "wrong", verdict: "invariant Small, expected ok", ok: false });
  });

  it("says the manifest is missing rather than passing", async () => {
    const r = await modelCheckStage.run({ root: project(undefined), onProgress: () => {} });
    expect(r.rows).toEqual([]);
    expect(r.missing).toMatch(/models\.json/);
  });

  it("fails on a manifest it cannot read", async () => {
    const r = await modelCheckStage.run({ root: project({ models: [{ name: "x" }] }), onProgress: () => {} });
    expect(r.rows[0]).toMatchObject({ item: "spec/models.json", ok: false });
  });
});
