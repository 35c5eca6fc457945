/**
 * Regenerates the golden traces under traces/ (and their ITF exports under traces/itf/) from
 * the reference implementation: `npx tsx scripts/gen-golden-traces.ts`. The runs are
 * deterministic, so an unchanged implementation rewrites identical files; test/trace checks it.
 * traces/invalid/ is hand-written and not touched.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { goldenItf, goldenTraces } from "../src/trace/golden-traces.ts";

const root = fileURLToPath(new URL("../traces/", import.meta.url));
const traces = goldenTraces();
for (const t of [...traces, ...goldenItf(traces)]) {
  const path = join(root, t.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, t.text);
  process.stdout.write(`${t.file}  ${t.trace.events.length} events  ${t.description}\n`);
}
