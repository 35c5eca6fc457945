import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { type Problem, problem } from "../diagnostics/problem.ts";

/**
 * Finding a Java runtime for TLC: JAVA_HOME first (as every Java launcher does), then PATH.
 * TLC needs Java 11 or newer.
 */
export const minimumJavaMajor = 11;

export interface Java {
  readonly path: string;
  /** As `java -version` printed it: `17.0.15`, `1.8.0_292`. */
  readonly version: string;
  readonly major: number;
  readonly source: "JAVA_HOME" | "PATH";
}

export type JavaLookup = { readonly ok: true; readonly java: Java; readonly warnings: readonly string[] } | { readonly ok: false; readonly problem: Problem };

/** `openjdk version "17.0.15" 2025-04-15`, `java version "1.8.0_292"`, `openjdk version "21" ...`, `"25-ea"`. */
export function parseJavaVersion(output: string): { version: string; major: number } | null {
  const m = /version "([^"]+)"/.exec(output);
  if (!m) return null;
  const version = m[1]!;
  const parts = /^(\d+)(?:\.(\d+))?/.exec(version);
  if (!parts) return null;
  const first = Number(parts[1]);
  // Before Java 9 the major version was the second number: 1.8 is Java 8.
  const major = first === 1 && parts[2] !== undefined ? Number(parts[2]) : first;
  return { version, major };
}

const exe = process.platform === "win32" ? "java.exe" : "java";
const howToInstall =
  "TLC needs Java 11 or newer: install a JDK (for example `apt-get install openjdk-17-jre-headless`, or Temurin from adoptium.net) and put it on PATH or set JAVA_HOME.";

export function locateJava(env: NodeJS.ProcessEnv = process.env): JavaLookup {
  const warnings: string[] = [];
  const tried: string[] = [];
  const home = env.JAVA_HOME?.trim();
  if (home) {
    const candidate = join(home, "bin", exe);
    if (existsSync(candidate)) return checkVersion(candidate, "JAVA_HOME", env, warnings);
    warnings.push(`JAVA_HOME=${home} has no bin/${exe}; looking for java on PATH instead`);
    tried.push(`JAVA_HOME=${home} (no bin/${exe})`);
  }
  for (const dir of (env.PATH ?? "").split(delimiter).filter((d) => d !== "")) {
    const candidate = join(dir, exe);
    if (existsSync(candidate)) return checkVersion(candidate, "PATH", env, warnings);
  }
  tried.push(`PATH (${(env.PATH ?? "").split(delimiter).filter((d) => d !== "").length} folders, no ${exe})`);
  return { ok: false, problem: problem("tool-missing", "Java was not found", undefined, [`looked in: ${tried.join("; ")}`, howToInstall]) };
}

function checkVersion(path: string, source: Java["source"], env: NodeJS.ProcessEnv, warnings: string[]): JavaLookup {
  const run = spawnSync(path, ["-version"], { encoding: "utf8", env, timeout: 60_000 });
  if (run.error || run.status !== 0) {
    const why = run.error ? run.error.message : `exit status ${run.status}`;
    return { ok: false, problem: problem("tool-missing", `${path} (from ${source}) does not run: ${why}`, undefined, [howToInstall]) };
  }
  // `java -version` writes to stderr; some wrappers write to stdout.
  const parsed = parseJavaVersion(`${run.stderr}\n${run.stdout}`);
  if (!parsed) {
    return { ok: false, problem: problem("tool-missing", `could not read the version printed by ${path} -version`, undefined, [`${run.stderr}${run.stdout}`.trim(), howToInstall]) };
  }
  if (parsed.major < minimumJavaMajor) {
    return {
      ok: false,
      problem: problem("tool-missing", `Java ${parsed.version} at ${path} (from ${source}) is too old: TLC needs Java ${minimumJavaMajor} or newer`, undefined, [howToInstall]),
    };
  }
  return { ok: true, java: { path, version: parsed.version, major: parsed.major, source }, warnings };
}
