/**
 * The tla2tools.jar this project downloads when the user has none: a pinned, stable release, so
 * that every machine runs the same TLC and a tampered or re-uploaded file is refused.
 *
 * v1.7.4 is the latest stable tlaplus release (v1.8.0 is a rolling pre-release whose asset is
 * replaced in place, so it cannot be pinned by hash). GitHub publishes no SHA-256 for the asset;
 * this digest is the one several independent projects pinned after hashing the official download.
 *
 * Overrides, for mirrors and tests: TLA2TOOLS_BASE_URL (a folder laid out like GitHub's
 * `releases/download`: `<base>/v1.7.4/tla2tools.jar`), TLA2TOOLS_URL (the whole URL) and
 * TLA2TOOLS_SHA256.
 */
export interface JarRelease {
  readonly version: string;
  readonly url: string;
  readonly sha256: string;
}

export const pinnedVersion = "1.7.4";
export const pinnedSha256 = "936a262061c914694dfd669a543be24573c45d5aa0ff20a8b96b23d01e050e88";
export const defaultBaseUrl = "https://github.com/tlaplus/tlaplus/releases/download";

export function jarRelease(env: NodeJS.ProcessEnv = process.env): JarRelease {
  const base = (env.TLA2TOOLS_BASE_URL?.trim() || defaultBaseUrl).replace(/\/+$/, "");
  const url = env.TLA2TOOLS_URL?.trim() || `${base}/v${pinnedVersion}/tla2tools.jar`;
  const sha256 = (env.TLA2TOOLS_SHA256?.trim() || pinnedSha256).toLowerCase();
  return { version: pinnedVersion, url, sha256 };
}
