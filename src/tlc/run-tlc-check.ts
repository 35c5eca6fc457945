import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { CheckResult } from "../check/result.ts";
import { fail, problem, ProblemError } from "../diagnostics/problem.ts";
import { locateJar } from "./jar.ts";
import { locateJava } from "./java.ts";
import { parseToolOutput } from "./parse-tool-output.ts";
import { spawnTool } from "./run.ts";
import type { TlcResult } from "./tlc-result.ts";

/**
 * Model-checks a spec with the real TLC in `-tool` mode and reads its messages into the same
 * result the native engine gives. Java or the jar missing is a `tool-missing` ProblemError (exit
 * 255), with the message that says how to provide them.
 */
export interface TlcCheckOptions {
  /** The .cfg; default: TLC's own default, the .cfg beside the spec with the same name. */
  readonly config?: string;
  /** False passes `-deadlock` (TLC then does not report deadlocks). */
  readonly deadlock?: boolean;
  /** TLC's `-workers`; default 1, which makes TLC's counts deterministic. */
  readonly workers?: number;
  /** Further TLC arguments, placed before the module name. */
  readonly extraArgs?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  /** TLC's periodic progress line, as counts. */
  readonly onProgress?: (p: { readonly generated: number; readonly distinct: number; readonly queued: number }) => void;
}

export async function runTlcCheck(specPath: string, opts: TlcCheckOptions = {}): Promise<CheckResult> {
  return (await runTlc(specPath, opts)).check;
}

export async function runTlc(specPath: string, opts: TlcCheckOptions = {}): Promise<TlcResult> {
  const env = opts.env ?? process.env;
  const absSpec = resolve(specPath);
  if (!existsSync(absSpec)) fail("io", `cannot read ${specPath}: no such file`);
  const specDir = dirname(absSpec);
  const module = basename(absSpec, extname(absSpec));
  const config = opts.config !== undefined ? resolve(opts.config) : undefined;
  if (config !== undefined && !existsSync(config)) fail("io", `cannot read ${opts.config}: no such file`);

  const java = locateJava(env);
  if (!java.ok) throw new ProblemError(java.problem);
  const jar = await locateJar({ env });
  if (!jar.ok) throw new ProblemError(jar.problem);

  const metadir = mkdtempSync(join(tmpdir(), "harness-tlc-"));
  const args = [
    "-tool",
    "-metadir",
    metadir,
    "-workers",
    String(opts.workers ?? 1),
    ...(opts.deadlock === false ? ["-deadlock"] : []),
    ...(config !== undefined ? ["-config", config] : []),
    ...(opts.extraArgs ?? []),
    module,
  ];
  let stdout = "";
  let stderr = "";
  let scanned = 0;
  let code: number;
  try {
    code = await spawnTool({ java: java.java.path, jar: jar.path, tool: "tlc", args, cwd: specDir, env, stdio: ["ignore", "pipe", "pipe"] }, (child) => {
      child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
        stdout += chunk;
        // Progress lines are read whole: a chunk may end in the middle of one.
        const end = stdout.lastIndexOf("\n") + 1;
        if (opts.onProgress && end > scanned) for (const p of progressIn(stdout.slice(scanned, end))) opts.onProgress(p);
        scanned = Math.max(scanned, end);
      });
      child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    });
  } finally {
    rmSync(metadir, { recursive: true, force: true });
  }

  const userDir = dirname(specPath);
  const result = parseToolOutput(stdout, {
    processExitCode: code,
    fileForModule: (m) => join(userDir, `${m}.tla`),
    configFile: config ?? join(userDir, `${module}.cfg`),
    readFile: (name) => {
      const path = name === basename(config ?? "") && config ? config : join(specDir, basename(name));
      try {
        return readFileSync(path, "utf8");
      } catch {
        return undefined;
      }
    },
  });
  if (result.tlcVersion === null) {
    // TLC never printed its banner: the JVM could not start it (a broken jar, a bad JAVA_OPTS).
    const details = `${stderr}\n${stdout}`.split("\n").filter((l) => l.trim() !== "").slice(0, 20);
    return {
      ...result,
      exitCode: code === 0 ? 255 : code,
      check: { ...result.check, result: "error", error: problem("tool-missing", `TLC did not start (${jar.path}, exit status ${code})`, undefined, details) },
    };
  }
  return result;
}

const progressPattern = /Progress\(\d+\).*?: ([\d,]+) states generated.*?, ([\d,]+) distinct states found.*?, ([\d,]+) states left on queue/g;

function progressIn(chunk: string): { generated: number; distinct: number; queued: number }[] {
  const n = (s: string): number => Number(s.replace(/,/g, ""));
  return [...chunk.matchAll(progressPattern)].map((m) => ({ generated: n(m[1]!), distinct: n(m[2]!), queued: n(m[3]!) }));
}
