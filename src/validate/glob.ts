import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { problem, type Problem } from "../diagnostics/problem.ts";

/**
 * Trace arguments to files. Node 20 has no glob, and a quoted pattern (`'traces/**\/*.ndjson'`)
 * reaches us unexpanded, so patterns are expanded here: `*` and `?` within a name, `**` across
 * folders, `{a,b}` alternatives and `[...]` classes. A folder stands for every trace under it
 * (`.ndjson`, `.jsonl`, `.json`). A plain path is taken as it is, so a missing file is reported
 * by the checker with the others; a pattern that matches nothing is a usage error.
 */
const TRACE_FILE = /\.(ndjson|jsonl|json)$/;
const SKIP_DIRS = new Set(["node_modules", ".git"]);

export function expandTraceArgs(args: readonly string[]): { ok: true; files: string[] } | { ok: false; problem: Problem } {
  const seen = new Set<string>();
  const files: string[] = [];
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const arg of args) {
    if (!/[*?{[]/.test(arg)) {
      if (isDirectory(arg)) {
        const found = walk(arg).filter((f) => TRACE_FILE.test(f));
        if (found.length === 0) return { ok: false, problem: problem("usage", `no trace file (.ndjson, .jsonl, .json) under ${arg}`) };
        found.forEach(add);
      } else add(arg);
      continue;
    }
    const { base, rest } = splitStatic(arg);
    const re = globToRegExp(rest);
    const found = isDirectory(base || ".") ? walk(base || ".").filter((f) => re.test(toPosix(relative(base || ".", f)))) : [];
    if (found.length === 0) return { ok: false, problem: problem("usage", `no file matches '${arg}'`) };
    found.forEach(add);
  }
  return { ok: true, files };
}

/** `traces/**\/*.ndjson` -> base `traces`, rest `**\/*.ndjson`: the walk starts at the last folder without a wildcard. */
function splitStatic(pattern: string): { base: string; rest: string } {
  const parts = pattern.split("/");
  const i = parts.findIndex((p) => /[*?{[]/.test(p));
  return { base: parts.slice(0, i).join("/"), rest: parts.slice(i).join("/") };
}

export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const slash = glob[i + 2] === "/";
        re += slash ? "(?:[^/]*/)*" : ".*";
        i += slash ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "{") {
      const end = glob.indexOf("}", i);
      if (end < 0) re += "\\{";
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(",")
          .map((alt) => globToRegExp(alt).source.slice(1, -1))
          .join("|")})`;
        i = end;
      }
    } else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) re += "\\[";
      else {
        const body = glob.slice(i + 1, end);
        re += `[${body.startsWith("!") ? "^" + body.slice(1) : body}]`;
        i = end;
      }
    } else re += /[.+^$()|\\]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${re}$`);
}

/** Every file under `dir`, sorted, skipping dependency and VCS folders. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = d === "." ? e.name : join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) visit(p);
      } else out.push(p);
    }
  };
  visit(dir);
  return out;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function toPosix(p: string): string {
  return sep === "/" ? p : p.split(sep).join("/");
}
