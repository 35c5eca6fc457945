import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import http from "node:http";
import https from "node:https";

/**
 * Fetches a URL into a file with Node's own http/https (no dependency), following redirects (as
 * GitHub release downloads require) and hashing the bytes as they arrive.
 */
export interface DownloadProgress {
  readonly received: number;
  /** From Content-Length; null when the server does not say. */
  readonly total: number | null;
}

export interface DownloadOptions {
  readonly onProgress?: (p: DownloadProgress) => void;
  readonly maxRedirects?: number;
  /** Give up when no byte arrives for this long. */
  readonly idleTimeoutMs?: number;
}

export interface Downloaded {
  readonly sha256: string;
  readonly bytes: number;
  /** The URL the bytes came from, after redirects. */
  readonly finalUrl: string;
}

/** A failed download, with the reason in words a user can act on. */
export class DownloadError extends Error {
  constructor(message: string, readonly url: string) {
    super(message);
    this.name = "DownloadError";
  }
}

export async function downloadToFile(url: string, dest: string, opts: DownloadOptions = {}): Promise<Downloaded> {
  const maxRedirects = opts.maxRedirects ?? 10;
  let current = url;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    const outcome = await fetchOnce(current, dest, opts);
    if (outcome.kind === "done") return { ...outcome.result, finalUrl: current };
    current = new URL(outcome.location, current).toString();
  }
  throw new DownloadError(`more than ${maxRedirects} redirects`, url);
}

type Hop = { kind: "redirect"; location: string } | { kind: "done"; result: { sha256: string; bytes: number } };

function fetchOnce(url: string, dest: string, opts: DownloadOptions): Promise<Hop> {
  return new Promise((resolve, reject) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      reject(new DownloadError(`not a valid URL: ${url}`, url));
      return;
    }
    const client = parsed.protocol === "https:" ? https : parsed.protocol === "http:" ? http : null;
    if (!client) {
      reject(new DownloadError(`unsupported protocol ${parsed.protocol}`, url));
      return;
    }
    const req = client.get(parsed, { headers: { "user-agent": "consensus-harness-tla2tools" } }, (res) => {
      const status = res.statusCode ?? 0;
      if ([301, 302, 303, 307, 308].includes(status) && res.headers.location) {
        res.resume();
        resolve({ kind: "redirect", location: res.headers.location });
        return;
      }
      if (status !== 200) {
        res.resume();
        reject(new DownloadError(`the server answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ""}`, url));
        return;
      }
      const totalHeader = Number(res.headers["content-length"]);
      const total = Number.isFinite(totalHeader) && totalHeader > 0 ? totalHeader : null;
      const hash = createHash("sha256");
      const out = createWriteStream(dest);
      let received = 0;
      const fail = (err: Error): void => {
        res.destroy();
        out.destroy();
        void rm(dest, { force: true }).finally(() => reject(err instanceof DownloadError ? err : new DownloadError(err.message, url)));
      };
      res.on("data", (chunk: Buffer) => {
        received += chunk.length;
        hash.update(chunk);
        opts.onProgress?.({ received, total });
      });
      res.on("error", fail);
      res.on("aborted", () => fail(new DownloadError("the connection was closed before the download finished", url)));
      out.on("error", fail);
      out.on("finish", () => {
        if (total !== null && received !== total) fail(new DownloadError(`received ${received} of ${total} bytes`, url));
        else resolve({ kind: "done", result: { sha256: hash.digest("hex"), bytes: received } });
      });
      res.pipe(out);
    });
    req.setTimeout(opts.idleTimeoutMs ?? 30_000, () => req.destroy(new DownloadError("no answer from the server (timed out)", url)));
    req.on("error", (err: NodeJS.ErrnoException) => reject(err instanceof DownloadError ? err : new DownloadError(describeNetworkError(err), url)));
  });
}

function describeNetworkError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `cannot resolve the host name (${err.code}): this machine looks offline`;
    case "ECONNREFUSED":
      return "the connection was refused (ECONNREFUSED)";
    case "ECONNRESET":
      return "the connection was reset (ECONNRESET)";
    case "ENETUNREACH":
    case "EHOSTUNREACH":
      return `the network is unreachable (${err.code}): this machine looks offline`;
    case "ETIMEDOUT":
      return "the connection timed out (ETIMEDOUT)";
    default:
      return err.code ? `${err.message} (${err.code})` : err.message;
  }
}
