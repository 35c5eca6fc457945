import { describe, expect, it } from "vitest";
import { at, auditFixture as audit } from "./audit-fixture.ts";

describe("audit of events with parameters beside the action (flat.audit.json)", () => {
  const report = audit("flat.audit.json");

  it("reports a property that is neither payload nor a spec parameter", () => {
    const f = report.findings.filter((x) => x.code === "unknown-parameter" && x.location?.file === "flat/acceptor.ts");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ action: "Promise", parameter: "bal", expected: ["n", "b"] });
    expect(at(f[0]!)).toBe("flat/acceptor.ts:31");
  });

  it("sees an untraced change through a helper call, including the messages it sends", () => {
    const f = report.findings.find((x) => x.code === "untraced-state-change");
    expect(f).toMatchObject({
      function: "onAccept",
      via: "return",
      changes: [
        { field: "acceptedBallot", variable: "accepted" },
        { field: "acceptedValue", variable: "value" },
        { field: "send", variable: "msgs" },
      ],
    });
    expect(at(f!)).toBe("flat/acceptor.ts:39");
  });

  it("reports an action name it cannot read", () => {
    const f = report.findings.find((x) => x.code === "dynamic-action");
    expect(f).toMatchObject({ expression: "chosenName", function: "onOther" });
  });

  it("checks functions declared silent and lists an allowed finding with its reason, not as a failure", () => {
    expect(report.allowed).toHaveLength(1);
    expect(report.allowed[0]!.finding).toMatchObject({ code: "untraced-state-change", via: "silent", function: "restartAcceptor", changes: [{ field: "promised" }] });
    expect(report.allowed[0]!.reason).toMatch(/seeded bug/);
    expect(report.findings.filter((x) => x.location?.file.startsWith("flat/")).map((x) => x.code).sort()).toEqual([
      "dynamic-action",
      "unknown-parameter",
      "untraced-state-change",
    ]);
  });

  it("checks the parameters the tracer writes per case, falling-through cases sharing a return", () => {
    const tracer = report.findings
      .filter((x) => x.location?.file === "flat-tracer.ts")
      .map((x) => `${x.code} ${(x as { action: string }).action}.${(x as { parameter: string }).parameter} @${x.location!.line}`);
    expect(tracer.sort()).toEqual([
      "missing-parameter Promise.b @8",
      "unknown-parameter Amnesia.b @11",
      "unknown-parameter Amnesia.v @11",
      "unknown-parameter Promise.bal @8",
    ]);
    expect(report.actions.find((a) => a.action === "Accept")?.tracer).toMatchObject({ function: "flatParams", location: { file: "flat-tracer.ts", line: 11 } });
  });

  it("treats environment-only actions as covered", () => {
    expect(report.findings.some((x) => x.code === "action-never-emitted")).toBe(false);
  });
});

describe("audit of a mapping that names what does not exist (bad-mapping.audit.json)", () => {
  const report = audit("bad-mapping.audit.json");
  const messages = report.findings.filter((f) => f.code === "mapping-error").map((f) => (f as { message: string }).message);

  it("reports a misspelt field, variable and environment action with a suggestion", () => {
    expect(messages).toContainEqual(expect.stringMatching(/NodeState\.promissed, but NodeState has no field promissed \(did you mean promised\?\)/));
    expect(messages).toContainEqual(expect.stringMatching(/to acepted, which is not a variable of module Ballot \(did you mean accepted\?\)/));
    expect(messages).toContainEqual(expect.stringMatching(/lists Amnesa as environment-only.*did you mean Amnesia\?/));
  });

  it("reports a state type, a silent function and an allowance that match nothing", () => {
    expect(messages).toContainEqual(expect.stringMatching(/state type ProposerState, which clean does not declare/));
    expect(messages).toContainEqual(expect.stringMatching(/declares restartNode silent, but clean has no function of that name/));
    expect(messages).toContainEqual(expect.stringMatching(/allows dynamic-action in onPrepare, but the audit finds none there/));
    expect(report.ok).toBe(false);
  });
});

describe("emissions through a helper that takes the action name", () => {
  it("counts each call site as an emission of the literal it passes", () => {
    const report = audit("clean.audit.json");
    const commit = report.actions.find((a) => a.action === "Commit")!;
    expect(commit.emitters.map((e) => `${e.function} ${e.location.file}:${e.location.line}`)).toEqual(["Learner.commit clean/learner.ts:9"]);
    expect(report.findings).toEqual([]);
  });
});
