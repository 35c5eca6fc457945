import { describe, expect, it } from "vitest";
import { runHarness } from "../helpers/run-cli.ts";

describe("harness CLI", () => {
  it("lists every command with a one-line description in --help", () => {
    const r = runHarness(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: harness/);
    expect(r.stdout).toMatch(/\bverify\b.*check the bundled project/);
  });

  it("prints its version", () => {
    const r = runHarness(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("rejects an unknown command with one error line, the usage and exit 255, no stack trace", () => {
    const r = runHarness(["bogus"]);
    expect(r.code).toBe(255);
    expect(r.stderr.split("\n")[0]).toBe("error: unknown command 'bogus'");
    expect(r.stderr).toMatch(/Usage: harness/);
    expect(r.stderr).not.toMatch(/\s+at .*\(.*:\d+:\d+\)/);
  });

  it("rejects an unknown flag of a command with exit 255 and that command's usage", () => {
    const r = runHarness(["verify", "--bogus"]);
    expect(r.code).toBe(255);
    expect(r.stderr).toMatch(/unknown option '--bogus'/);
    expect(r.stderr).toMatch(/Usage: harness verify/);
  });

  it("has per-command help", () => {
    const r = runHarness(["verify", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--json/);
  });
});
