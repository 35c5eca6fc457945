import { spawn, type StdioOptions } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { cacheDir } from "./jar.ts";

/**
 * Starting one of the TLA+ tools in a JVM: the main class for each tool, the JVM options TLC's
 * own scripts use, JAVA_OPTS after them (so the user's win), and a classpath that also carries
 * the CommunityModules when they are present.
 */
export const mainClasses = {
  tlc: "tlc2.TLC",
  sany: "tla2sany.SANY",
  pcal: "pcal.trans",
  repl: "tlc2.REPL",
} as const;

export type ToolName = keyof typeof mainClasses;

export function isToolName(name: string): name is ToolName {
  return Object.hasOwn(mainClasses, name);
}

/** ParallelGC is what TLC's documentation recommends for throughput; a large stack for deep recursion in specs. */
export const defaultJvmOptions = ["-XX:+UseParallelGC", "-Xss16m"] as const;

/**
 * The classpath: the jar, then CommunityModules (COMMUNITY_MODULES_JAR, or
 * `CommunityModules-deps.jar` / `CommunityModules.jar` in the cache folder) when present, so that
 * specs extending e.g. `SequencesExt` or `Json` find them. The standard modules (Naturals,
 * Sequences, TLC, ...) live inside tla2tools.jar itself.
 */
export function classpath(jar: string, env: NodeJS.ProcessEnv = process.env): string {
  const entries = [jar];
  const explicit = env.COMMUNITY_MODULES_JAR?.trim();
  if (explicit) entries.push(explicit);
  else {
    for (const name of ["CommunityModules-deps.jar", "CommunityModules.jar"]) {
      const candidate = join(cacheDir(env), name);
      if (existsSync(candidate)) {
        entries.push(candidate);
        break;
      }
    }
  }
  return entries.join(delimiter);
}

/** Splits JAVA_OPTS the way a shell would for the common cases (spaces; single or double quotes). */
export function splitJavaOpts(text: string | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const m of text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

export function javaArguments(tool: ToolName, jar: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const library = env.TLA_LIBRARY?.trim() ? [`-DTLA-Library=${env.TLA_LIBRARY.trim()}`] : [];
  return [...defaultJvmOptions, ...library, ...splitJavaOpts(env.JAVA_OPTS), "-cp", classpath(jar, env), mainClasses[tool], ...args];
}

export interface ToolRun {
  readonly java: string;
  readonly jar: string;
  readonly tool: ToolName;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly stdio?: StdioOptions;
}

/** Spawns the tool; resolves with its exit status (128 + signal number when killed, as a shell reports it). */
export function spawnTool(run: ToolRun, onChild?: (child: ReturnType<typeof spawn>) => void): Promise<number> {
  const env = run.env ?? process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(run.java, javaArguments(run.tool, run.jar, run.args, env), { cwd: run.cwd, env, stdio: run.stdio ?? "inherit" });
    onChild?.(child);
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 + signalNumber(signal) : 255)));
  });
}

function signalNumber(signal: NodeJS.Signals): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15 };
  return numbers[signal] ?? 1;
}
