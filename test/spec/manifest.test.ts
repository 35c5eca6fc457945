import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/run-cli.ts";
import { readManifest } from "./manifest.ts";

/**
 * The shape of spec/: the manifest lists every model exactly once and points at files that
 * exist, and every module is TLC-compatible text (ASCII, a MODULE header naming its file, a
 * closing ==== line). These hold before any model checking runs.
 */
const specDir = join(repoRoot, "spec");
const files = readdirSync(specDir);

describe("spec/models.json", () => {
  const models = readManifest();

  it("names each model once", () => {
    const names = models.map((m) => m.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it("points at a spec and a config that exist", () => {
    for (const m of models) {
      expect(existsSync(join(repoRoot, m.spec)), m.spec).toBe(true);
      expect(existsSync(join(repoRoot, m.config)), m.config).toBe(true);
    }
  });

  it("lists every .cfg in spec/ (no model is left unchecked)", () => {
    const listed = new Set(models.map((m) => basename(m.config)));
    expect(files.filter((f) => f.endsWith(".cfg") && !listed.has(f))).toEqual([]);
  });

  it("has both verdicts: models that hold and models the checker must refute", () => {
    const ci = models.filter((m) => m.tier === "ci");
    expect(ci.some((m) => m.expect.result === "ok")).toBe(true);
    expect(ci.some((m) => m.expect.result === "invariant")).toBe(true);
    expect(ci.some((m) => m.expect.result === "property")).toBe(true);
  });
});

describe("spec/*.tla", () => {
  const modules = files.filter((f) => f.endsWith(".tla"));

  for (const file of modules) {
    it(`${file} is a TLC-compatible module`, () => {
      const text = readFileSync(join(specDir, file), "utf8");
      const nonAscii = text.split("\n").findIndex((line) => /[^\x09\x0a\x0d\x20-\x7e]/.test(line));
      expect(nonAscii, `${file}:${nonAscii + 1} has a non-ASCII character`).toBe(-1);
      const lines = text.trimEnd().split("\n");
      expect(lines[0]).toMatch(new RegExp(`^-{4,} MODULE ${file.replace(/\.tla$/, "")} -{4,}$`));
      expect(lines.at(-1)).toMatch(/^={4,}$/);
    });
  }
});
