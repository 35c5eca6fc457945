import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { closedPort, fakeJavaHome, tempDir } from "./helpers/fake-tools.ts";

/** `npx tla2tools ...` as a user runs it: the bin in a child process, with fake Java and jar. */
const bin = fileURLToPath(new URL("../../bin/tla2tools.mjs", import.meta.url));
const posix = process.platform !== "win32";

function tla2tools(args: string[], env: Record<string, string>) {
  const base: Record<string, string> = { HOME: process.env.HOME ?? tempDir("home"), PATH: tempDir("no-java") };
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...base, ...env }, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("tla2tools bin", () => {
  it("prints its usage and exits 255 without a tool, 0 for --help", () => {
    const none = tla2tools([], {});
    expect(none.code).toBe(255);
    expect(none.stdout).toMatch(/usage: tla2tools <tool>/);
    expect(tla2tools(["--help"], {}).code).toBe(0);
  });

  it("rejects an unknown tool", () => {
    const r = tla2tools(["tlcc"], {});
    expect(r.code).toBe(255);
    expect(r.stderr).toMatch(/unknown tool 'tlcc'/);
  });

  it.runIf(posix)("says Java is missing when neither JAVA_HOME nor PATH has it", () => {
    const r = tla2tools(["tlc", "Spec.tla"], { JAVA_HOME: "/nonexistent/jdk" });
    expect(r.code).toBe(255);
    expect(r.stderr).toMatch(/Java was not found/);
    expect(r.stderr).toMatch(/Java 11 or newer/);
    expect(r.stderr).not.toMatch(/    at /);
  });

  it.runIf(posix)("says Java is too old", () => {
    const r = tla2tools(["tlc"], { JAVA_HOME: fakeJavaHome('java version "1.8.0_292"') });
    expect(r.code).toBe(255);
    expect(r.stderr).toMatch(/Java 1\.8\.0_292 .* is too old/);
  });

  it.runIf(posix)("offline without a jar: the clear error that says how to set TLA2TOOLS_JAR", async () => {
    const port = await closedPort();
    const r = tla2tools(["tlc", "Spec.tla"], {
      JAVA_HOME: fakeJavaHome('openjdk version "17.0.2" 2022-01-18'),
      XDG_CACHE_HOME: tempDir("cache"),
      TLA2TOOLS_BASE_URL: `http://127.0.0.1:${port}`,
    });
    expect(r.code).toBe(255);
    expect(r.stderr).toMatch(/tla2tools\.jar is not installed and could not be downloaded/);
    expect(r.stderr).toMatch(/TLA2TOOLS_JAR=\/path\/to\/tla2tools\.jar/);
  });

  it.runIf(posix)("runs the tool's main class with the JVM options, JAVA_OPTS and the arguments, and exits with its code", () => {
    const dir = tempDir("run");
    const jar = join(dir, "tla2tools.jar");
    writeFileSync(jar, "jar");
    const argsFile = join(dir, "args.txt");
    const env = {
      JAVA_HOME: fakeJavaHome('openjdk version "17.0.2" 2022-01-18'),
      TLA2TOOLS_JAR: jar,
      FAKE_JAVA_ARGS: argsFile,
      FAKE_TLC_EXIT: "12",
      JAVA_OPTS: "-Xmx1g '-Dsome.flag=a b'",
      XDG_CACHE_HOME: tempDir("cache"),
    };
    const r = tla2tools(["tlc", "-workers", "1", "Spec.tla"], env);
    expect(r.code).toBe(12);
    expect(readFileSync(argsFile, "utf8").trimEnd().split("\n")).toEqual([
      "-XX:+UseParallelGC",
      "-Xss16m",
      "-Xmx1g",
      "-Dsome.flag=a b",
      "-cp",
      jar,
      "tlc2.TLC",
      "-workers",
      "1",
      "Spec.tla",
    ]);
    for (const [tool, cls] of [["sany", "tla2sany.SANY"], ["pcal", "pcal.trans"], ["repl", "tlc2.REPL"]] as const) {
      expect(tla2tools([tool, "X.tla"], { ...env, FAKE_TLC_EXIT: "0" }).code).toBe(0);
      expect(readFileSync(argsFile, "utf8")).toContain(`\n${cls}\nX.tla\n`);
    }
  });

  it.runIf(posix)("puts CommunityModules on the classpath when they are in the cache", () => {
    const dir = tempDir("run");
    const jar = join(dir, "tla2tools.jar");
    writeFileSync(jar, "jar");
    const cache = tempDir("cache");
    mkdirSync(join(cache, "consensus-harness"));
    writeFileSync(join(cache, "consensus-harness", "CommunityModules-deps.jar"), "cm");
    const argsFile = join(dir, "args.txt");
    const r = tla2tools(["tlc", "Spec.tla"], {
      JAVA_HOME: fakeJavaHome('openjdk version "17.0.2" 2022-01-18'),
      TLA2TOOLS_JAR: jar,
      FAKE_JAVA_ARGS: argsFile,
      XDG_CACHE_HOME: cache,
    });
    expect(r.code).toBe(0);
    expect(readFileSync(argsFile, "utf8")).toContain(`${jar}:${join(cache, "consensus-harness", "CommunityModules-deps.jar")}\n`);
  });
});

/**
 * With a real JDK: a jar whose tlc2.TLC prints its arguments and exits with a chosen code, so the
 * JVM options are accepted by a real JVM and TLC's exit status comes through the wrapper.
 */
const javac = spawnSync("javac", ["-version"], { encoding: "utf8" });
const hasJdk = posix && javac.status === 0 && spawnSync("jar", ["--version"], { encoding: "utf8" }).status === 0;

describe("tla2tools bin on a real JVM", () => {
  it("passes arguments and TLC's exit code through a real JVM", (ctx) => {
    if (!hasJdk) {
      ctx.skip("no JDK (javac and jar) on PATH");
      return;
    }
    const dir = tempDir("jdk");
    mkdirSync(join(dir, "src", "tlc2"), { recursive: true });
    writeFileSync(
      join(dir, "src", "tlc2", "TLC.java"),
      `package tlc2;
public class TLC {
  public static void main(String[] args) {
    System.out.println("fake TLC args=" + String.join("|", args));
    System.exit(Integer.parseInt(System.getenv("FAKE_EXIT")));
  }
}
`,
    );
    const classes = join(dir, "classes");
    expect(spawnSync("javac", ["-d", classes, join(dir, "src", "tlc2", "TLC.java")]).status).toBe(0);
    const jar = join(dir, "tla2tools.jar");
    expect(spawnSync("jar", ["cf", jar, "-C", classes, "."]).status).toBe(0);
    expect(existsSync(jar)).toBe(true);
    const r = tla2tools(["tlc", "-deadlock", "Spec"], { PATH: process.env.PATH ?? "", TLA2TOOLS_JAR: jar, FAKE_EXIT: "13", XDG_CACHE_HOME: tempDir("cache") });
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("fake TLC args=-deadlock|Spec");
    expect(r.code).toBe(13);
  });
});
