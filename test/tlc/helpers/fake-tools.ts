import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Stand-ins for Java and the GitHub release server, so the locate-and-download logic runs offline. */

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `ch-tlc-${prefix}-`));
}

/**
 * A JAVA_HOME whose bin/java is a shell script: `-version` prints `versionLine` on stderr; any
 * other call records its arguments (one a line) in $FAKE_JAVA_ARGS and its folder in
 * $FAKE_JAVA_CWD, prints $FAKE_TLC_OUTPUT (a file) and $FAKE_TLC_STDERR, and exits with
 * $FAKE_TLC_EXIT. It stands for a JVM running TLC.
 */
export function fakeJavaHome(versionLine: string): string {
  const home = tempDir("java");
  mkdirSync(join(home, "bin"));
  const script = [
    "#!/bin/sh",
    // The caller's PATH may be emptied to hide the real java; the script still needs cat.
    "PATH=/usr/bin:/bin",
    'if [ "$1" = "-version" ]; then',
    `  echo '${versionLine}' >&2`,
    "  exit 0",
    "fi",
    'if [ -n "$FAKE_JAVA_ARGS" ]; then printf "%s\\n" "$@" > "$FAKE_JAVA_ARGS"; fi',
    'if [ -n "$FAKE_JAVA_CWD" ]; then pwd > "$FAKE_JAVA_CWD"; fi',
    'if [ -n "$FAKE_TLC_STDERR" ]; then echo "$FAKE_TLC_STDERR" >&2; fi',
    'if [ -n "$FAKE_TLC_OUTPUT" ]; then cat "$FAKE_TLC_OUTPUT"; fi',
    'exit "${FAKE_TLC_EXIT:-0}"',
    "",
  ].join("\n");
  writeFileSync(join(home, "bin", "java"), script);
  chmodSync(join(home, "bin", "java"), 0o755);
  return home;
}

export const fakeJarBytes = Buffer.from("PK\u0003\u0004 not really a jar, but bytes with a known digest\n");
export const fakeJarSha256 = createHash("sha256").update(fakeJarBytes).digest("hex");

export interface FakeReleaseServer {
  readonly baseUrl: string;
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `/<base>/v<version>/tla2tools.jar` the way GitHub does: through a redirect to the
 * asset's real location. `/missing/...` answers 404.
 */
export function startReleaseServer(): Promise<FakeReleaseServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? "");
    if (req.url?.startsWith("/releases/download/") && req.url.endsWith("/tla2tools.jar")) {
      res.writeHead(302, { location: "/assets/tla2tools.jar" });
      res.end();
    } else if (req.url === "/assets/tla2tools.jar") {
      res.writeHead(200, { "content-length": String(fakeJarBytes.length), "content-type": "application/octet-stream" });
      res.end(fakeJarBytes);
    } else {
      res.writeHead(404);
      res.end("not found");
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        requests,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** A loopback port with nothing listening: reserved, then released. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}
