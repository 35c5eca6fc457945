import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { problem, type Problem } from "../diagnostics/problem.ts";
import type { TraceHeaderInfo } from "./input/opened-trace.ts";

/**
 * Which spec and .cfg a trace is checked against. Flags win; otherwise the trace's header. A
 * header path such as `spec/Paxos.tla` is relative to the project, which is usually the current
 * directory; when it is not there, the folders above the trace are tried, so a trace checked
 * from anywhere still finds its spec. A trace that names only a module (TLC's -dumpTrace) finds
 * `<Module>.tla` beside it or in a folder above. Without a .cfg from a flag or the header, the
 * .cfg beside the spec with the same name is used if there is one, as `harness check` does.
 */
export interface ResolvedPaths {
  readonly spec: string;
  readonly config: string | null;
}

export function resolvePaths(
  traceFile: string,
  header: TraceHeaderInfo,
  flags: { readonly spec?: string; readonly config?: string },
  exists: (path: string) => boolean = existsSync,
): { ok: true; paths: ResolvedPaths } | { ok: false; problem: Problem } {
  const spec = flags.spec ?? findSpec(traceFile, header, exists);
  if (spec === null) {
    const named = header.specPath ?? (header.module ? `${header.module}.tla` : null);
    return {
      ok: false,
      problem: problem("usage", named ? `cannot find the spec ${named} that the trace names (looked in . and in the folders above ${dirname(traceFile)}); pass --spec` : "the trace does not name its spec: pass --spec", header.location),
    };
  }
  if (flags.config !== undefined) return { ok: true, paths: { spec, config: flags.config } };
  const fromHeader = header.configPath ? findUp(traceFile, header.configPath, exists) : null;
  if (header.configPath && fromHeader === null) return { ok: false, problem: problem("usage", `cannot find the configuration ${header.configPath} that the trace names; pass --config`, header.location) };
  const beside = spec.replace(/\.tla$/, "") + ".cfg";
  return { ok: true, paths: { spec, config: fromHeader ?? (exists(beside) ? beside : null) } };
}

function findSpec(traceFile: string, header: TraceHeaderInfo, exists: (path: string) => boolean): string | null {
  if (header.specPath) return findUp(traceFile, header.specPath, exists);
  if (header.module) return findUp(traceFile, `${header.module}.tla`, exists);
  return null;
}

/** `path` as given if it exists, else joined to the trace's folder and each folder above it. */
function findUp(traceFile: string, path: string, exists: (path: string) => boolean): string | null {
  if (exists(path)) return path;
  if (isAbsolute(path)) return null;
  let dir = resolve(dirname(traceFile));
  for (;;) {
    const candidate = join(dir, path);
    if (exists(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
