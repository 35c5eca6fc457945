import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readLineChunks } from "../../../src/validate/input/read-lines.ts";

const dir = mkdtempSync(join(tmpdir(), "read-lines-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function linesOf(content: string | Buffer): Promise<string[]> {
  const file = join(dir, `f${Math.random().toString(36).slice(2)}`);
  writeFileSync(file, content);
  const r = await readLineChunks(file);
  if (!r.ok) throw new Error(r.problem.message);
  const out: string[] = [];
  for await (const chunk of r.chunks) out.push(...chunk);
  return out;
}

describe("readLineChunks", () => {
  it("splits on \\n and \\r\\n, keeps empty lines, and reads a last line without a newline", async () => {
    expect(await linesOf("a\r\nbb\n\nccc")).toEqual(["a", "bb", "", "ccc"]);
    expect(await linesOf("x\n")).toEqual(["x"]);
    expect(await linesOf("")).toEqual([]);
  });

  it("reads lines longer than its buffer and multibyte characters across reads", async () => {
    const long = "é".repeat(700_000) + "ü";
    const lines = await linesOf(`${long}\nshort ✓\n${"a".repeat(3_000_000)}`);
    expect(lines.map((l) => l.length)).toEqual([700_001, 7, 3_000_000]);
    expect(lines[0]).toBe(long);
    expect(lines[1]).toBe("short ✓");
  });

  it("says a missing file is missing", async () => {
    const r = await readLineChunks(join(dir, "nope.ndjson"));
    expect(r).toMatchObject({ ok: false, problem: { code: "io", message: expect.stringContaining("no such file") } });
  });
});
