import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ProblemError } from "../../src/diagnostics/problem.ts";
import { runTlc, runTlcCheck } from "../../src/tlc/run-tlc-check.ts";
import { validateTraceWithTlc } from "../../src/tlc/trace-check.ts";
import { describeShared, sharedDir } from "../helpers/shared.ts";
import { fakeJavaHome, tempDir } from "./helpers/fake-tools.ts";

/** runTlcCheck through a fake JVM that replays what the real TLC printed for the same model. */
const posix = process.platform !== "win32";

function fakeEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const dir = tempDir("tlc-run");
  const jar = join(dir, "tla2tools.jar");
  writeFileSync(jar, "jar");
  return {
    PATH: tempDir("no-java"),
    HOME: dir,
    XDG_CACHE_HOME: dir,
    JAVA_HOME: fakeJavaHome('openjdk version "17.0.2" 2022-01-18'),
    TLA2TOOLS_JAR: jar,
    ...extra,
  };
}

describeShared("runTlcCheck", () => {
  const specs = join(sharedDir, "conformance", "specs");

  it.runIf(posix)("runs TLC in tool mode on the spec's module, in its folder, and reads the result", async () => {
    const dir = tempDir("args");
    const argsFile = join(dir, "args");
    const cwdFile = join(dir, "cwd");
    const progress: number[] = [];
    const r = await runTlc(join(specs, "NaiveLock.tla"), {
      config: join(specs, "NaiveLock.cfg"),
      deadlock: false,
      env: fakeEnv({
        FAKE_JAVA_ARGS: argsFile,
        FAKE_JAVA_CWD: cwdFile,
        FAKE_TLC_OUTPUT: join(sharedDir, "fixtures", "tlc", "tool", "NaiveLock.out"),
        FAKE_TLC_EXIT: "12",
      }),
      onProgress: (p) => progress.push(p.distinct),
    });
    expect(r.exitCode).toBe(12);
    expect(r.check).toMatchObject({ engine: "tlc", result: "invariant", violated: "AtMostOneInside", distinct: 16, generated: 27, depth: 7 });
    expect(r.check.trace.length).toBe(7);
    expect(r.check.trace[1]!.location?.file).toBe(join(specs, "NaiveLock.tla"));
    expect(progress).toEqual([16]);
    const args = readFileSync(argsFile, "utf8").trimEnd().split("\n");
    const tlcArgs = args.slice(args.indexOf("tlc2.TLC") + 1);
    expect(tlcArgs[0]).toBe("-tool");
    expect(tlcArgs).toContain("-deadlock");
    expect(tlcArgs.slice(tlcArgs.indexOf("-workers"), tlcArgs.indexOf("-workers") + 2)).toEqual(["-workers", "1"]);
    expect(tlcArgs.slice(tlcArgs.indexOf("-config"), tlcArgs.indexOf("-config") + 2)).toEqual(["-config", join(specs, "NaiveLock.cfg")]);
    expect(tlcArgs[tlcArgs.length - 1]).toBe("NaiveLock");
    expect(readFileSync(cwdFile, "utf8").trim()).toBe(realpathSync(specs));
  });

  it.runIf(posix)("names a false ASSUME by reading the spec beside it", async () => {
    const r = await runTlcCheck(join(specs, "BadAssume.tla"), {
      env: fakeEnv({ FAKE_TLC_OUTPUT: join(sharedDir, "fixtures", "tlc", "tool", "BadAssume.out"), FAKE_TLC_EXIT: "10" }),
    });
    expect(r.result).toBe("assumption");
    expect(r.violated).toBe("EnoughSlots");
  });

  it.runIf(posix)("reports a TLC that never started (a broken jar) as tool-missing, with the JVM's words", async () => {
    const r = await runTlc(join(specs, "NaiveLock.tla"), {
      env: fakeEnv({ FAKE_TLC_STDERR: "Error: Could not find or load main class tlc2.TLC", FAKE_TLC_EXIT: "1" }),
    });
    expect(r.exitCode).toBe(1);
    expect(r.check.result).toBe("error");
    expect(r.check.error?.code).toBe("tool-missing");
    expect(r.check.error?.details).toContain("Error: Could not find or load main class tlc2.TLC");
  });

  it.runIf(posix)("throws the clear tool-missing problem when Java is absent", async () => {
    const run = runTlcCheck(join(specs, "NaiveLock.tla"), { env: { PATH: tempDir("no-java"), JAVA_HOME: "/nonexistent" } });
    await expect(run).rejects.toBeInstanceOf(ProblemError);
    await expect(run).rejects.toMatchObject({ problem: { code: "tool-missing", message: "Java was not found" } });
  });
});

describeShared("validateTraceWithTlc", () => {
  it.runIf(posix)("runs TLC on the generated module in its own folder and reads the verdict from the result", async () => {
    const dir = tempDir("trace");
    writeFileSync(join(dir, "Counter.tla"), "---- MODULE Counter ----\nVARIABLE x\nInit == x = 0\nInc == x' = x + 1\n====\n");
    const argsFile = join(dir, "args");
    const cwdFile = join(dir, "cwd");
    // The fake TLC replays a run whose invariant is not TraceIncomplete: neither accepted nor rejected.
    const r = await validateTraceWithTlc(
      join(dir, "Counter.tla"),
      { variables: ["x"], events: [{ action: "Inc", params: [], changed: { x: "1" } }] },
      { env: fakeEnv({ FAKE_JAVA_ARGS: argsFile, FAKE_JAVA_CWD: cwdFile, FAKE_TLC_OUTPUT: join(sharedDir, "fixtures", "tlc", "tool", "NaiveLock.out"), FAKE_TLC_EXIT: "12" }) },
    );
    expect(r.verdict.kind).toBe("error");
    expect(readFileSync(join(r.prepared.dir, "Counter.tla"), "utf8")).toContain("MODULE Counter");
    expect(readFileSync(cwdFile, "utf8").trim()).toBe(realpathSync(r.prepared.dir));
    const args = readFileSync(argsFile, "utf8").trimEnd().split("\n");
    expect(args[args.length - 1]).toBe("TraceCounter");
    expect(args).toContain(r.prepared.cfgPath);
  });
});

describe("runTlcCheck on a missing spec", () => {
  it("is an io problem naming the file", async () => {
    await expect(runTlcCheck("no/such/Spec.tla")).rejects.toMatchObject({ problem: { code: "io", message: expect.stringMatching(/no\/such\/Spec\.tla/) } });
  });
});
