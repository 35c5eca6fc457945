import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runHarness } from "../helpers/run-cli.ts";

/** `harness check` end to end: TLC's exit codes and messages for every kind of verdict and bad input. */
const dir = mkdtempSync(join(tmpdir(), "harness-check-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function spec(name: string, body: string[], cfg: string[] | null): string {
  const file = join(dir, `${name}.tla`);
  writeFileSync(file, [`---- MODULE ${name} ----`, ...body, "===="].join("\n") + "\n");
  if (cfg) writeFileSync(join(dir, `${name}.cfg`), cfg.join("\n") + "\n");
  return file;
}

const counter = ["EXTENDS Naturals", "CONSTANT Max", "VARIABLES n, log", "Init == n = 0 /\\ log = <<>>", "Next == n < Max /\\ n' = n + 1 /\\ log' = log", "Small == n < 3"];
const noStack = /\s+at .*\(.*:\d+:\d+\)/;

describe("harness check", () => {
  it("exits 0 and prints TLC's summary when no error is found", () => {
    const file = spec("Ok", counter, ["CONSTANT Max = 2", "INIT Init", "NEXT Next", "INVARIANT Small", "CHECK_DEADLOCK FALSE"]);
    const r = runHarness(["check", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Model checking completed\. No error has been found\.\n3 states generated, 3 distinct states found, 0 states left on queue\.\nThe depth of the complete state graph search is 3\./);
  });

  it("--json prints exactly one CheckResult object with the shortest counterexample; exit 12", () => {
    const file = spec("Inv", counter, ["CONSTANT Max = 5", "INIT Init", "NEXT Next", "INVARIANT Small"]);
    const r = runHarness(["check", file, "--json"]);
    expect(r.code).toBe(12);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ result: "invariant", violated: "Small", distinct: 4, generated: 4, depth: 4, error: null, engine: "native" });
    expect(result.trace).toHaveLength(4);
    expect(result.trace[0]).toEqual({ action: null, location: null, state: { n: "0", log: "<<>>" } });
    expect(result.trace[3]).toMatchObject({ action: "Next", location: { line: 6, column: 9 }, state: { n: "3" } });
    expect(typeof result.seconds).toBe("number");
  });

  it("reports a deadlock (exit 11) unless --no-deadlock, and stops at --max-states (exit 255)", () => {
    const file = spec("Dead", counter, ["CONSTANT Max = 2", "INIT Init", "NEXT Next"]);
    const dead = runHarness(["check", file]);
    expect(dead.code).toBe(11);
    expect(dead.stdout).toMatch(/^Error: Deadlock reached\.\nError: The behavior up to this point is:\nState 1: <Initial predicate>\n\/\\ n = 0\n/);
    expect(runHarness(["check", file, "--no-deadlock"]).code).toBe(0);
    const limited = runHarness(["check", file, "--no-deadlock", "--max-states", "2", "--json"]);
    expect(limited.code).toBe(255);
    expect(JSON.parse(limited.stdout)).toMatchObject({ result: "error", error: { code: "limit" } });
  });

  it("exits 10 naming a false ASSUME by its location, as TLC", () => {
    const file = spec("Assume", ["EXTENDS Naturals", "CONSTANT Max", "ASSUME Big == Max > 10", "VARIABLE n", "Init == n = 0", "Next == n' = n"], ["CONSTANT Max = 2", "INIT Init", "NEXT Next"]);
    const r = runHarness(["check", file]);
    expect(r.code).toBe(10);
    expect(r.stdout).toMatch(/^Error: Assumption line 4, col 15 to line 4, col 22 of module Assume is false\./);
  });

  it("exits 13 for a violated action property", () => {
    const file = spec("Prop", [...counter, "Up == [][n' > n]_n", "Down == [][n' < n]_n"], ["CONSTANT Max = 3", "INIT Init", "NEXT Next", "PROPERTIES Up Down", "CHECK_DEADLOCK FALSE"]);
    const r = runHarness(["check", file, "--json"]);
    expect(r.code).toBe(13);
    expect(JSON.parse(r.stdout)).toMatchObject({ result: "property", violated: "Down" });
  });

  it("exits 75 for an evaluation error, with its location and the trace to the state", () => {
    const file = spec("Mixup", ["EXTENDS Naturals", "VARIABLE reg", "Init == reg = 0", "Next == IF reg = 2 THEN reg' = \"full\" ELSE reg' = reg + 1"], ["INIT Init", "NEXT Next"]);
    const r = runHarness(["check", file]);
    expect(r.code).toBe(75);
    expect(r.stdout).toMatch(/Mixup\.tla:5:\d+: Attempted to check equality of string "full"/);
    expect(r.stdout).toMatch(/State 4: <Next line 5, col 9 to line 5, col \d+ of module Mixup>\nreg = "full"/);
    expect(r.stdout + r.stderr).not.toMatch(noStack);
  });

  it("exits 150 for a syntax error, printed file:line:col", () => {
    const file = spec("Slip", ["EXTENDS Naturals", "VARIABLE n", "Init == n = 0", "Next == n' = n + + 1"], ["INIT Init", "NEXT Next"]);
    const r = runHarness(["check", file]);
    expect(r.code).toBe(150);
    expect(r.stdout + r.stderr).toMatch(/Slip\.tla:5:\d+: /);
    expect(r.stdout + r.stderr).not.toMatch(noStack);
  });

  it("exits 151 for a cfg naming an invariant the spec lacks, with the cfg's line", () => {
    const file = spec("Unknown", counter, ["CONSTANT Max = 2", "INIT Init", "NEXT Next", "INVARIANT NoSuchInvariant"]);
    const r = runHarness(["check", file, "--json"]);
    expect(r.code).toBe(151);
    expect(JSON.parse(r.stdout)).toMatchObject({
      result: "error",
      error: { code: "config-parse", message: "The invariant NoSuchInvariant specified in the configuration file is not defined in the specification.", location: { line: 4, column: 11 } },
    });
  });

  it("exits 255 naming a liveness PROPERTY it cannot check, never passing it", () => {
    const file = spec("Live", [...counter, "Spec == Init /\\ [][Next]_<<n, log>> /\\ WF_n(Next)", "Reaches == <>(n = 2)"], ["CONSTANT Max = 2", "SPECIFICATION Spec", "PROPERTY Reaches"]);
    const r = runHarness(["check", file]);
    expect(r.code).toBe(255);
    expect(r.stdout + r.stderr).toMatch(/Live\.tla:9:\d+: Not supported: the property Reaches is a liveness property/);
    expect(r.stdout + r.stderr).not.toMatch(noStack);
  });
});
