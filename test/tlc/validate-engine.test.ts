import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { agrees, validateWithEngine, type EngineVerdict } from "../../src/tlc/validate-engine.ts";
import { readExpectations } from "../../src/validate/index.ts";
import { repoRoot, runHarness } from "../helpers/run-cli.ts";
import { describeShared, sharedDir } from "../helpers/shared.ts";
import { fakeJavaHome, tempDir } from "./helpers/fake-tools.ts";

/**
 * `harness validate --engine tlc|both`: the trace-validation module generated for a trace is
 * checked by the native engine (and TLC, when there is one) and must say what the native trace
 * checker says. No Java TLC is available here: TLC is made unreachable (a TLA2TOOLS_JAR that is
 * not there, a download URL nobody answers), or stood in for by a fake JVM that replays what the
 * real TLC printed for some model.
 */
const posix = process.platform !== "win32";
const scratch = tempDir("validate-engine");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const noTlc = { TLA2TOOLS_JAR: join(scratch, "missing", "tla2tools.jar"), TLA2TOOLS_URL: "http://127.0.0.1:9/x.jar", XDG_CACHE_HOME: scratch };
const root = (...p: string[]) => join(repoRoot, ...p);
const golden = readdirSync(root("traces")).filter((f) => f.endsWith(".ndjson")).map((f) => root("traces", f));
const expectations = readExpectations(readFileSync(root("traces/README.md"), "utf8"));
const rejected = expectations.flatMap((e) => (e.verdict === "rejected" ? [e] : []));

describe("validateWithEngine both: the native trace checker and the native engine on the generated module", () => {
  it("agree that every golden trace is accepted (TLC reported as not run)", async () => {
    const run = await validateWithEngine("both", [...golden, root("traces/itf/register-clean.itf.json")], { env: noTlc });
    expect(run.files.length).toBeGreaterThanOrEqual(10);
    for (const f of run.files) {
      expect(f.outcomes.map((o) => [o.checker, o.verdict.kind]), f.file).toEqual([
        ["native trace checker", "accepted"],
        ["native engine", "accepted"],
        ["TLC", "not-run"],
      ]);
      expect(f.agree).toBe(true);
      expect(f.kept).toBeNull();
    }
    expect(run.exitCode).toBe(0);
    expect(run.files[0]!.notes.join("\n")).toMatch(/TLC not run/);
  });

  it.each(rejected)("agree that $file is rejected at step $step", async ({ file, step }) => {
    const run = await validateWithEngine("both", [root("traces", file)], { env: noTlc });
    const [f] = run.files;
    expect(f!.outcomes.slice(0, 2).map((o) => o.verdict), JSON.stringify(f!.outcomes.map((o) => o.verdict))).toEqual([
      expect.objectContaining({ kind: "rejected", step }),
      expect.objectContaining({ kind: "rejected", step }),
    ]);
    expect(f!.agree).toBe(true);
    expect(run.exitCode).toBe(12);
  });

  it("a malformed trace is an error for every checker, with the reader's location, not a disagreement", async () => {
    const run = await validateWithEngine("both", [root("traces/invalid/malformed-line.ndjson")], { env: noTlc });
    const kinds = run.files[0]!.outcomes.map((o) => o.verdict.kind);
    expect(kinds).toEqual(["error", "error", "error"]);
    expect(run.files[0]!.agree).toBe(true);
    const v = run.files[0]!.outcomes[1]!.verdict;
    if (v.kind === "error") expect(v.problem.location).toMatchObject({ line: 3 });
    expect(run.exitCode).toBe(255);
  });

  it("the kept module is the standard trace-validation module, and `harness check` on it finds the witness", async () => {
    const run = await validateWithEngine("both", [root("traces/paxos-clean.ndjson")], { env: noTlc, keepModules: true });
    const dir = run.files[0]!.kept!;
    try {
      const tla = readFileSync(join(dir, "TracePaxos.tla"), "utf8");
      const cfg = readFileSync(join(dir, "TracePaxos.cfg"), "utf8");
      // Model values the trace names are constants of the module, set to themselves in the .cfg.
      expect(tla).toContain("EXTENDS Paxos, Naturals, Sequences, TLC");
      expect(tla).toMatch(/^CONSTANTS a1, a2, a3, v1$/m);
      expect(tla).toContain('[action |-> "Phase1b", params |-> <<a1, 0>>, changed |-> ("maxBal" :> (a1 :> 0 @@ a2 :> -1 @@ a3 :> -1) @@ ');
      expect(cfg).toMatch(/^ {4}Phase1Quorums = \{\{a1, a2\}, \{a1, a3\}, \{a2, a3\}\}$/m);
      expect(cfg).toMatch(/^ {4}a1 = a1$/m);
      const r = runHarness(["check", join(dir, "TracePaxos.tla"), "--json"]);
      expect(r.code).toBe(12);
      const result = JSON.parse(r.stdout);
      expect(result).toMatchObject({ result: "invariant", violated: "TraceIncomplete" });
      expect(result.trace.at(-1).state.chosen).toBe("{v1}");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("agrees", () => {
  const accepted: EngineVerdict = { kind: "accepted" };
  const at = (step: number): EngineVerdict => ({ kind: "rejected", step, why: "" });
  it("an invariant the native checker finds broken at step k needs the module to match at least k events", () => {
    const violated: EngineVerdict = { kind: "violated", step: 4, property: "Agreement" };
    expect(agrees(violated, accepted)).toBe(true);
    expect(agrees(violated, at(5))).toBe(true);
    expect(agrees(violated, at(4))).toBe(false);
    expect(agrees(at(4), at(5))).toBe(false);
    expect(agrees(accepted, at(5))).toBe(false);
    expect(agrees(at(3), { kind: "not-run", reason: "no Java" })).toBe(true);
  });
});

describe("harness validate --engine (CLI)", () => {
  it("both: prints each checker's verdict and exits with the shared verdict's code", () => {
    const r = runHarness(["validate", "traces/invalid/paxos-accept-below-promise.ndjson", "--engine", "both"], { env: noTlc });
    expect(r.code).toBe(12);
    expect(r.stdout).toMatch(/^ {2}native trace checker +rejected at step 7: Phase2b\(a1,0,v1\) not enabled/m);
    expect(r.stdout).toMatch(/^ {2}native engine on the trace module +rejected at step 7: no behaviour of the spec matches event 7 \(6 events matched\)/m);
    expect(r.stdout).toMatch(/^ {2}TLC on the trace module +not run: TLA2TOOLS_JAR=.* is not a file/m);
    expect(r.stdout).toContain("the trace checkers agree");
  });

  it("both --json: the verdicts as data", () => {
    const r = runHarness(["validate", "traces/register-clean.ndjson", "--engine", "both", "--json"], { env: noTlc });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ engine: "both", exitCode: 0, traces: [{ agree: true, checkers: [{ checker: "native trace checker", verdict: { kind: "accepted" } }, { checker: "native engine", verdict: { kind: "accepted" }, result: { violated: "TraceIncomplete" } }, { checker: "TLC", verdict: { kind: "not-run" } }] }] });
  });

  it("tlc without tla2tools.jar: the clear tool-missing error, exit 255, no stack trace", () => {
    const r = runHarness(["validate", "traces/paxos-clean.ndjson", "--engine", "tlc"], { env: noTlc });
    expect(r.code).toBe(255);
    expect(r.stderr).toMatch(/TLA2TOOLS_JAR=.*missing\/tla2tools\.jar is not a file/);
    expect(r.stderr).toMatch(/set TLA2TOOLS_JAR=/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });

  it("refuses --allow-hidden, which the module cannot express, with exit 255", () => {
    const hidden = runHarness(["validate", "traces/paxos-clean.ndjson", "--engine", "both", "--allow-hidden", "Phase1a"], { env: noTlc });
    expect(hidden.code).toBe(255);
    expect(hidden.stderr).toMatch(/--allow-hidden has no counterpart in the trace-validation module/);
  });
});

describeShared("harness validate --engine with a fake TLC replaying recorded runs", () => {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  function tlcEnv(output: string): Record<string, string> {
    const dir = tempDir("fake-tlc");
    const jar = join(dir, "tla2tools.jar");
    writeFileSync(jar, "jar");
    const java = fakeJavaHome('openjdk version "17.0.2" 2022-01-18');
    made.push(dir, java);
    return { JAVA_HOME: java, TLA2TOOLS_JAR: jar, XDG_CACHE_HOME: dir, FAKE_TLC_OUTPUT: output, FAKE_TLC_EXIT: "12" };
  }

  it.runIf(posix)("tlc: TLC finding TraceIncomplete violated means accepted, exit 0", () => {
    // A real TLC invariant violation (NaiveLock's), with the invariant named as the module's.
    const recorded = readFileSync(join(sharedDir, "fixtures/tlc/tool/NaiveLock.out"), "utf8");
    const output = join(scratch, "trace-incomplete.out");
    writeFileSync(output, recorded.replaceAll("AtMostOneInside", "TraceIncomplete"));
    const r = runHarness(["validate", "traces/paxos-clean.ndjson", "--engine", "tlc"], { env: tlcEnv(output) });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}TLC on the trace module +accepted/m);
    expect(r.stdout).toContain("1 trace checked by TLC: 1 accepted, 0 rejected");
  });

  it.runIf(posix)("both: TLC disagreeing with the native checkers fails with 255, both verdicts printed, the module kept", () => {
    // TLC replays PingPong's run: no violation, so no behaviour matched the whole trace.
    const r = runHarness(["validate", "traces/paxos-clean.ndjson", "--engine", "both"], { env: tlcEnv(join(sharedDir, "fixtures/tlc/tool/PingPong.out")) });
    expect(r.code).toBe(255);
    expect(r.stdout).toMatch(/^ {2}native trace checker +accepted$/m);
    expect(r.stdout).toMatch(/^ {2}TLC on the trace module +rejected at step \d+: no behaviour of the spec matches/m);
    expect(r.stdout).toContain("the trace checkers DISAGREE");
    const kept = /generated module kept in (\S+)/.exec(r.stdout)?.[1];
    if (kept !== undefined) made.push(kept);
    expect(kept).toBeDefined();
    expect(existsSync(join(kept!, "TracePaxos.tla"))).toBe(true);
  });
});
