import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCodegen } from "../../src/audit/codegen/run-codegen.ts";
import { repoRoot, runHarness } from "../helpers/run-cli.ts";

const fixtures = "test/audit/fixtures";

describe("harness audit", () => {
  it("exits 255 on a seeded implementation and reports every finding with file:line:col", () => {
    const r = runHarness(["audit", "--mapping", `${fixtures}/seeded.audit.json`]);
    expect(r.code).toBe(255);
    expect(r.stdout).toMatch(/^seeded\/node\.ts:11:29: unknown-action: onPrepare emits action "Promis", which is not an action of the spec \(did you mean Promise\?\)$/m);
    expect(r.stdout).toMatch(/^seeded\/node\.ts:24:14: missing-parameter: .*without parameter "v"/m);
    expect(r.stdout).toMatch(/^seeded\/node\.ts:18:12: untraced-state-change: onAccept returns a step that changes acceptedBallot \(spec variable accepted\) but emits no trace event$/m);
    expect(r.stdout).toMatch(/^spec\/Ballot\.tla:49:1: action-never-emitted: spec action Commit\(\)/m);
    expect(r.stdout).toMatch(/^Promise\(n, b\) +NOT EMITTED$/m);
    expect(r.stdout).toMatch(/audit ballot: 7 finding\(s\)$/m);
  });

  it("exits 0 on the clean implementation and prints the report as JSON with --json", () => {
    const r = runHarness(["audit", "--mapping", `${fixtures}/clean.audit.json`, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      ok: boolean;
      audits: { protocol: string; ok: boolean; findings: unknown[]; actions: { action: string; emitters: { function: string; location: { file: string; line: number } }[] }[] }[];
    };
    expect(json).toMatchObject({ ok: true, audits: [{ protocol: "ballot", ok: true, findings: [] }] });
    const accept = json.audits[0]!.actions.find((a) => a.action === "Accept")!;
    expect(accept.emitters).toMatchObject([{ function: "onAccept", location: { file: "clean/node.ts", line: 22 } }]);
  });

  it("rejects a spec no mapping covers, naming the mapped ones", () => {
    const r = runHarness(["audit", "--spec", "spec/Nope.tla"]);
    expect(r.code).toBe(255);
    expect(r.stderr).toMatch(/no protocol mapping covers spec\/Nope\.tla; mapped specs: spec\/Paxos\.tla/);
    expect(r.stderr).not.toMatch(/\s+at .*\(.*:\d+:\d+\)/);
  });

  it("exits 150 with the parse error's location when the spec does not parse", () => {
    const r = runHarness(["audit", "--mapping", `${fixtures}/broken-spec.audit.json`]);
    expect(r.code).toBe(150);
    expect(r.stdout).toMatch(/audit broken: could not run\nspec\/Broken\.tla:\d+:\d+: /);
  });
});

describe("harness codegen", () => {
  const dir = mkdtempSync(join(tmpdir(), "codegen-"));
  mkdirSync(join(dir, "spec"));
  copyFileSync(join(repoRoot, fixtures, "spec/Ballot.tla"), join(dir, "spec/Ballot.tla"));
  const args = ["codegen", "--root", dir, "--spec", "spec/Ballot.tla"];
  afterAll(() => rmSync(dir, { recursive: true }));

  it("writes src/generated/<Module>.ts, then finds it up to date", () => {
    const w = runHarness(args);
    expect(w.code).toBe(0);
    expect(w.stdout).toBe("wrote src/generated/Ballot.ts from spec/Ballot.tla\n");
    expect(readFileSync(join(dir, "src/generated/Ballot.ts"), "utf8")).toBe(readFileSync(join(repoRoot, fixtures, "generated/Ballot.ts"), "utf8").replaceAll("test/audit/fixtures/spec/", "spec/"));
    expect(runCodegen(dir, [{ spec: "spec/Ballot.tla", out: "src/generated/Ballot.ts" }], "check")).toMatchObject([{ outcome: { status: "up-to-date" } }]);
  });

  it("--check exits 255 when the file is stale and says how to fix it, without writing", () => {
    const out = join(dir, "src/generated/Ballot.ts");
    writeFileSync(out, readFileSync(out, "utf8").replace("readonly n: Node;", "readonly node: Node;"));
    const c = runHarness([...args, "--check"]);
    expect(c.code).toBe(255);
    expect(c.stdout).toMatch(/^STALE: src\/generated\/Ballot\.ts differs from what spec\/Ballot\.tla generates; run `npm run harness -- codegen`$/m);
    expect(readFileSync(out, "utf8")).toContain("readonly node: Node;");
  });

  it("--check reports a missing file as missing", () => {
    rmSync(join(dir, "src/generated/Ballot.ts"));
    const runs = runCodegen(dir, [{ spec: "spec/Ballot.tla", out: "src/generated/Ballot.ts" }], "check");
    expect(runs).toMatchObject([{ outcome: { status: "missing" } }]);
  });
});

describe("the project (CI)", () => {
  it("keeps every generated module in step with its spec (harness codegen --check)", () => {
    const r = runHarness(["codegen", "--check"]);
    expect(r.stdout + r.stderr).not.toMatch(/STALE|MISSING/);
    expect(r.code).toBe(0);
  });

  it("keeps the fixture's golden generated module in step with its spec", () => {
    const runs = runCodegen(repoRoot, [{ spec: `${fixtures}/spec/Ballot.tla`, out: `${fixtures}/generated/Ballot.ts` }], "check");
    expect(runs).toMatchObject([{ outcome: { status: "up-to-date" } }]);
  });

  it("audits clean: the implementation emits exactly the spec's actions and traces every mapped change", () => {
    const r = runHarness(["audit"]);
    expect(r.stdout).not.toMatch(/finding\(s\)|could not run/);
    expect(r.stdout).toMatch(/^Phase1b\(a, b\) +acceptorReceive +src\/protocol\/paxos\/acceptor\.ts:\d+:\d+$/m);
    expect(r.stdout).toMatch(/audit paxos: ok$/m);
    expect(r.code).toBe(0);
  });
});
