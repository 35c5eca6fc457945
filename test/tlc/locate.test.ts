import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedJarPath, locateJar } from "../../src/tlc/jar.ts";
import { locateJava, parseJavaVersion } from "../../src/tlc/java.ts";
import { jarRelease, pinnedSha256 } from "../../src/tlc/release.ts";
import { closedPort, type FakeReleaseServer, fakeJarBytes, fakeJarSha256, fakeJavaHome, startReleaseServer, tempDir } from "./helpers/fake-tools.ts";

const posix = process.platform !== "win32";

describe("parseJavaVersion", () => {
  it("reads the major version of old and new version strings", () => {
    expect(parseJavaVersion('openjdk version "17.0.15" 2025-04-15')).toEqual({ version: "17.0.15", major: 17 });
    expect(parseJavaVersion('java version "1.8.0_292"')).toEqual({ version: "1.8.0_292", major: 8 });
    expect(parseJavaVersion('openjdk version "21" 2023-09-19')).toEqual({ version: "21", major: 21 });
    expect(parseJavaVersion('openjdk version "25-ea" 2025-09-16')).toEqual({ version: "25-ea", major: 25 });
    expect(parseJavaVersion("bash: java: command not found")).toBeNull();
  });
});

describe.runIf(posix)("locateJava", () => {
  const emptyPath = tempDir("empty-path");

  it("uses JAVA_HOME first", () => {
    const home = fakeJavaHome('openjdk version "17.0.2" 2022-01-18');
    const r = locateJava({ JAVA_HOME: home, PATH: emptyPath });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.java).toEqual({ path: join(home, "bin", "java"), version: "17.0.2", major: 17, source: "JAVA_HOME" });
  });

  it("falls back to PATH when JAVA_HOME is bogus, and says so", () => {
    const home = fakeJavaHome('openjdk version "21.0.1" 2023-10-17');
    const r = locateJava({ JAVA_HOME: "/nonexistent/jdk", PATH: join(home, "bin") });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.java.source).toBe("PATH");
      expect(r.warnings.join("\n")).toMatch(/JAVA_HOME=\/nonexistent\/jdk has no bin\/java/);
    }
  });

  it("reports Java missing (PATH without java, JAVA_HOME bogus) with what it tried", () => {
    const r = locateJava({ JAVA_HOME: "/nonexistent/jdk", PATH: emptyPath });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe("tool-missing");
      expect(r.problem.message).toBe("Java was not found");
      expect(r.problem.details?.join("\n")).toMatch(/JAVA_HOME=\/nonexistent\/jdk/);
      expect(r.problem.details?.join("\n")).toMatch(/Java 11 or newer/);
    }
  });

  it("refuses a Java older than 11", () => {
    const home = fakeJavaHome('java version "1.8.0_292"');
    const r = locateJava({ JAVA_HOME: home, PATH: emptyPath });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/Java 1\.8\.0_292 at .* is too old: TLC needs Java 11 or newer/);
  });
});

describe("locateJar", () => {
  let server: FakeReleaseServer;
  beforeAll(async () => {
    server = await startReleaseServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const envFor = (cache: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    XDG_CACHE_HOME: cache,
    TLA2TOOLS_BASE_URL: `${server.baseUrl}/releases/download`,
    TLA2TOOLS_SHA256: fakeJarSha256,
    ...extra,
  });

  it("pins a real release by default", () => {
    const r = jarRelease({});
    expect(r.url).toBe("https://github.com/tlaplus/tlaplus/releases/download/v1.7.4/tla2tools.jar");
    expect(r.sha256).toBe(pinnedSha256);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("downloads through a redirect, accepts the checksum, then uses the cache", async () => {
    const cache = tempDir("cache");
    const env = envFor(cache);
    const seen: number[] = [];
    const first = await locateJar({ env, onProgress: (p) => seen.push(p.received) });
    expect(first).toEqual({ ok: true, path: cachedJarPath(jarRelease(env), env), source: "download" });
    if (!first.ok) return;
    expect(first.path.startsWith(join(cache, "consensus-harness"))).toBe(true);
    expect(readFileSync(first.path)).toEqual(fakeJarBytes);
    expect(seen[seen.length - 1]).toBe(fakeJarBytes.length);
    const before = server.requests.length;
    const second = await locateJar({ env });
    expect(second).toEqual({ ok: true, path: first.path, source: "cache" });
    expect(server.requests.length).toBe(before);
  });

  it("replaces a cached jar whose checksum no longer matches", async () => {
    const cache = tempDir("cache");
    const env = envFor(cache);
    const first = await locateJar({ env });
    if (!first.ok) throw new Error(first.problem.message);
    writeFileSync(first.path, "truncated");
    const again = await locateJar({ env });
    expect(again).toEqual({ ok: true, path: first.path, source: "download" });
    expect(readFileSync(first.path)).toEqual(fakeJarBytes);
  });

  it("refuses a download whose checksum does not match, keeps nothing, and says how to set TLA2TOOLS_JAR", async () => {
    const cache = tempDir("cache");
    const r = await locateJar({ env: envFor(cache, { TLA2TOOLS_SHA256: "0".repeat(64) }) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe("tool-missing");
    expect(r.problem.message).toMatch(/failed its checksum/);
    const details = r.problem.details!.join("\n");
    expect(details).toContain(`received: sha256 ${fakeJarSha256}`);
    expect(details).toContain("expected: sha256 " + "0".repeat(64));
    expect(details).toMatch(/TLA2TOOLS_JAR=/);
    expect(readdirSync(join(cache, "consensus-harness"))).toEqual([]);
  });

  it("explains an unreachable server (offline) and how to set TLA2TOOLS_JAR", async () => {
    const port = await closedPort();
    const cache = tempDir("cache");
    const r = await locateJar({ env: envFor(cache, { TLA2TOOLS_BASE_URL: `http://127.0.0.1:${port}/releases/download` }) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.message).toMatch(/tla2tools\.jar is not installed and could not be downloaded: the connection was refused/);
    expect(r.problem.details!.join("\n")).toMatch(/set TLA2TOOLS_JAR=\/path\/to\/tla2tools\.jar/);
  });

  it("reports an HTTP error status", async () => {
    const r = await locateJar({ env: envFor(tempDir("cache"), { TLA2TOOLS_URL: `${server.baseUrl}/missing/tla2tools.jar` }) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/HTTP 404/);
  });

  it("uses TLA2TOOLS_JAR as given, and reports it when it is not a file", async () => {
    const dir = tempDir("jar");
    const jar = join(dir, "tla2tools.jar");
    writeFileSync(jar, "x");
    expect(await locateJar({ env: { TLA2TOOLS_JAR: jar } })).toEqual({ ok: true, path: jar, source: "TLA2TOOLS_JAR" });
    const missing = await locateJar({ env: { TLA2TOOLS_JAR: join(dir, "nope.jar") } });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problem.message).toMatch(/TLA2TOOLS_JAR=.*nope\.jar is not a file/);
    expect(existsSync(join(dir, "nope.jar"))).toBe(false);
  });
});
