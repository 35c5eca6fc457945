import { readFile } from "node:fs/promises";
import { problem } from "../../diagnostics/problem.ts";
import { openItf } from "./itf-source.ts";
import { openNdjson } from "./ndjson-source.ts";
import type { OpenResult } from "./opened-trace.ts";
import { openTlcDump } from "./tlc-dump-source.ts";

/**
 * Opens a trace in whichever format it is. `.ndjson` and `.jsonl` files (and anything not
 * ending in `.json`) are NDJSON and stream; a `.json` file is one JSON document, read whole:
 * ITF when it has `states`, TLC's -dumpTrace when it has `counterexample`.
 */
export async function openTrace(file: string): Promise<OpenResult> {
  if (!file.endsWith(".json")) return openNdjson(file);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, problem: problem("io", `cannot read trace ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : e instanceof Error ? e.message : String(e)}`) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Let the format's own reader say where the JSON breaks.
    return file.endsWith(".itf.json") ? openItfText(text, file) : openTlcDump(text, file);
  }
  if (json !== null && typeof json === "object" && !Array.isArray(json)) {
    if (Object.hasOwn(json, "counterexample")) return openTlcDump(text, file);
    if (Object.hasOwn(json, "states")) return openItf(json, file);
  }
  return {
    ok: false,
    problem: problem("trace-format", 'not a trace: a .json trace is ITF (an object with "vars" and "states") or TLC\'s -dumpTrace json (an object with "counterexample"); NDJSON traces end in .ndjson', { file, line: 1, column: 1 }),
  };
}

function openItfText(text: string, file: string): OpenResult {
  try {
    return openItf(JSON.parse(text), file);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const before = text.slice(0, pos ? Number(pos[1]) : 0).split("\n");
    return { ok: false, problem: problem("trace-format", `not valid JSON: ${msg.replace(/ in JSON at position \d+.*$/, "")}`, { file, line: before.length, column: before[before.length - 1]!.length + 1 }) };
  }
}
