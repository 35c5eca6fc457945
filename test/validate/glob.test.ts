import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expandTraceArgs } from "../../src/validate/index.ts";
import { globToRegExp } from "../../src/validate/glob.ts";

const dir = mkdtempSync(join(tmpdir(), "glob-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const f of ["a.ndjson", "b.ndjson", "notes.md", "sub/c.ndjson", "sub/deep/d.ndjson", "sub/e.itf.json", "node_modules/x.ndjson"]) {
  mkdirSync(join(dir, f, ".."), { recursive: true });
  writeFileSync(join(dir, f), "{}\n");
}
const files = (args: string[]) => {
  const r = expandTraceArgs(args);
  if (!r.ok) throw new Error(r.problem.message);
  return r.files.map((f) => f.slice(dir.length + 1));
};

describe("trace arguments", () => {
  it("translates glob syntax", () => {
    expect(globToRegExp("**/*.ndjson").test("x/y/z.ndjson")).toBe(true);
    expect(globToRegExp("**/*.ndjson").test("z.ndjson")).toBe(true);
    expect(globToRegExp("*.ndjson").test("x/z.ndjson")).toBe(false);
    expect(globToRegExp("run-?.{ndjson,json}").test("run-1.json")).toBe(true);
    expect(globToRegExp("[ab].ndjson").test("c.ndjson")).toBe(false);
    expect(globToRegExp("[!ab].ndjson").test("c.ndjson")).toBe(true);
    expect(globToRegExp("a+b.ndjson").test("a+b.ndjson")).toBe(true);
  });

  it("expands patterns across folders, sorted, without duplicates, skipping node_modules", () => {
    expect(files([`${dir}/**/*.ndjson`])).toEqual(["a.ndjson", "b.ndjson", "sub/c.ndjson", "sub/deep/d.ndjson"]);
    expect(files([`${dir}/*.ndjson`, `${dir}/a.ndjson`])).toEqual(["a.ndjson", "b.ndjson"]);
    expect(files([`${dir}/sub/*.{ndjson,json}`])).toEqual(["sub/c.ndjson", "sub/e.itf.json"]);
  });

  it("takes a folder as every trace under it, and a plain path as it is", () => {
    expect(files([join(dir, "sub")])).toEqual(["sub/c.ndjson", "sub/deep/d.ndjson", "sub/e.itf.json"]);
    expect(files([join(dir, "missing.ndjson")])).toEqual(["missing.ndjson"]);
  });

  it("refuses a pattern that matches nothing", () => {
    expect(expandTraceArgs([`${dir}/*.jsonl`])).toMatchObject({ ok: false, problem: { code: "usage", message: expect.stringContaining("no file matches") } });
  });
});
