import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { type Problem, problem } from "../diagnostics/problem.ts";
import { DownloadError, type DownloadProgress, downloadToFile } from "./download.ts";
import { type JarRelease, jarRelease } from "./release.ts";

/**
 * Finding tla2tools.jar: TLA2TOOLS_JAR if set (used as is: the user chose that TLC), else the
 * pinned release in the per-user cache, else a download of it, verified by SHA-256 before it is
 * moved into the cache. A cached jar is re-verified on use, so a truncated or altered file is
 * replaced rather than run.
 */
export type JarSource = "TLA2TOOLS_JAR" | "cache" | "download";

export type JarLookup = { readonly ok: true; readonly path: string; readonly source: JarSource } | { readonly ok: false; readonly problem: Problem };

export interface JarOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly onProgress?: (p: DownloadProgress) => void;
  /** Called once before a download starts, with the URL. */
  readonly onDownloadStart?: (url: string) => void;
}

/** `$XDG_CACHE_HOME/consensus-harness`, else `~/.cache/consensus-harness`. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME?.trim();
  return xdg ? join(xdg, "consensus-harness") : join(env.HOME?.trim() || homedir(), ".cache", "consensus-harness");
}

export function cachedJarPath(release: JarRelease, env: NodeJS.ProcessEnv = process.env): string {
  return join(cacheDir(env), `tla2tools-v${release.version}-${release.sha256.slice(0, 12)}.jar`);
}

const setJarHint = "Download tla2tools.jar yourself (https://github.com/tlaplus/tlaplus/releases) and set TLA2TOOLS_JAR=/path/to/tla2tools.jar.";

export async function locateJar(opts: JarOptions = {}): Promise<JarLookup> {
  const env = opts.env ?? process.env;
  const explicit = env.TLA2TOOLS_JAR?.trim();
  if (explicit) {
    if (existsSync(explicit) && statSync(explicit).isFile()) return { ok: true, path: explicit, source: "TLA2TOOLS_JAR" };
    return { ok: false, problem: problem("tool-missing", `TLA2TOOLS_JAR=${explicit} is not a file`, undefined, [setJarHint]) };
  }
  const release = jarRelease(env);
  const target = cachedJarPath(release, env);
  if (existsSync(target)) {
    if ((await sha256OfFile(target)) === release.sha256) return { ok: true, path: target, source: "cache" };
    rmSync(target, { force: true });
  }
  try {
    mkdirSync(cacheDir(env), { recursive: true });
  } catch (err) {
    return { ok: false, problem: problem("tool-missing", `cannot create the cache folder ${cacheDir(env)}: ${(err as Error).message}`, undefined, [setJarHint]) };
  }
  const partial = `${target}.${process.pid}.part`;
  opts.onDownloadStart?.(release.url);
  try {
    const got = await downloadToFile(release.url, partial, { onProgress: opts.onProgress });
    if (got.sha256 !== release.sha256) {
      rmSync(partial, { force: true });
      return {
        ok: false,
        problem: problem("tool-missing", `the downloaded tla2tools.jar failed its checksum, so it was not used`, undefined, [
          `from:     ${got.finalUrl}`,
          `expected: sha256 ${release.sha256} (tla2tools v${release.version})`,
          `received: sha256 ${got.sha256} (${got.bytes} bytes)`,
          setJarHint,
        ]),
      };
    }
    renameSync(partial, target);
    return { ok: true, path: target, source: "download" };
  } catch (err) {
    rmSync(partial, { force: true });
    const why = err instanceof DownloadError ? err.message : (err as Error).message;
    return {
      ok: false,
      problem: problem("tool-missing", `tla2tools.jar is not installed and could not be downloaded: ${why}`, undefined, [
        `from: ${release.url}`,
        `cache: ${target}`,
        setJarHint,
      ]),
    };
  }
}

export function sha256OfFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(path)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}
