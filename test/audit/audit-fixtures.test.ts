import { beforeAll, describe, expect, it } from "vitest";
import type { AuditReport } from "../../src/audit/audit-report.ts";
import { at, auditFixture as audit } from "./audit-fixture.ts";

describe("audit of a fixture implementation with seeded problems", () => {
  let report: AuditReport;
  beforeAll(() => {
    report = audit("seeded.audit.json");
  });

  it("fails", () => {
    expect(report.ok).toBe(false);
  });

  it("reports the misspelt action at the event literal, suggesting the spec's name", () => {
    const f = report.findings.find((x) => x.code === "unknown-action");
    expect(f).toMatchObject({ action: "Promis", suggestion: "Promise", function: "onPrepare" });
    expect(at(f!)).toBe("seeded/node.ts:11");
  });

  it("reports the missing parameter with the spec's parameter list", () => {
    const f = report.findings.find((x) => x.code === "missing-parameter");
    expect(f).toMatchObject({ action: "Accept", parameter: "v", expected: ["n", "b", "v"], function: "onAccept" });
    expect(at(f!)).toBe("seeded/node.ts:24");
  });

  it("reports the step that changes mapped state without an event, naming field and spec variable", () => {
    const f = report.findings.find((x) => x.code === "untraced-state-change" && x.via === "return");
    expect(f).toMatchObject({ function: "onAccept", changes: [{ field: "acceptedBallot", variable: "accepted" }] });
    expect(at(f!)).toBe("seeded/node.ts:18");
  });

  it("finds a step wrapped in a command result", () => {
    const f = report.findings.find((x) => x.code === "untraced-state-change" && x.function === "forcePromise");
    expect(f).toMatchObject({ via: "return", changes: [{ field: "promised", variable: "promised" }] });
    expect(at(f!)).toBe("seeded/node.ts:44");
  });

  it("reports an in-place write of a mapped field in a function that emits nothing, not the bookkeeping one", () => {
    const writes = report.findings.filter((x) => x.code === "untraced-state-change" && x.via === "assignment");
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ function: "MutableNode.bump", changes: [{ field: "promised", variable: "promised" }] });
    expect(at(writes[0]!)).toBe("seeded/node.ts:38");
  });

  it("reports spec actions no code emits at their definition, but not the environment-only one", () => {
    const never = report.findings.filter((x) => x.code === "action-never-emitted").map((x) => [(x as { action: string }).action, at(x)]);
    expect(never).toEqual([
      ["Promise", "spec/Ballot.tla:35"],
      ["Commit", "spec/Ballot.tla:49"],
    ]);
    expect(report.actions.find((a) => a.action === "Amnesia")?.environment).toMatch(/disk loss/);
  });

  it("reports nothing else: the unchanged and bookkeeping-only paths are clean", () => {
    expect(report.findings.map((f) => f.code).sort()).toEqual(
      ["action-never-emitted", "action-never-emitted", "missing-parameter", "unknown-action", "untraced-state-change", "untraced-state-change", "untraced-state-change"].sort(),
    );
  });
});

describe("audit of the clean fixture implementation", () => {
  let report: AuditReport;
  beforeAll(() => {
    report = audit("clean.audit.json");
  });

  it("passes with no findings", () => {
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it("maps each spec action to the functions that emit it, with file and line", () => {
    const table = Object.fromEntries(report.actions.map((a) => [a.action, a.emitters.map((e) => `${e.function} ${e.location.file}:${e.location.line}`)]));
    expect(table).toEqual({
      Prepare: ["startBallot clean/coordinator.ts:9"],
      Promise: ["onPrepare clean/node.ts:10"],
      Accept: ["onAccept clean/node.ts:22"],
      Commit: ["Learner.commit clean/learner.ts:9"],
      Amnesia: [],
    });
    expect(report.actions.find((a) => a.action === "Accept")?.params).toEqual(["n", "b", "v"]);
  });

  it("names the spec variables no implementation field maps to", () => {
    expect(report.unmappedVariables).toEqual(["msgs"]);
  });
});
