import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exitCodeFor } from "../../../src/diagnostics/problem.ts";
import { loadSpec } from "../../../src/tla/modules/load-spec.ts";
import type { LoadedSpec } from "../../../src/tla/modules/loaded-spec.ts";
import { rootModule } from "../../../src/tla/modules/loaded-spec.ts";
import { memoryReader } from "../../../src/tla/modules/sources.ts";
import { describeShared, sharedDir } from "../../helpers/shared.ts";

function mod(name: string, body: string): string {
  return `---- MODULE ${name} ----\n${body}\n====\n`;
}

function load(files: Record<string, string>, root = "/s/Main.tla"): LoadedSpec {
  const r = loadSpec(root, memoryReader(files));
  if ("problems" in r) throw new Error(JSON.stringify(r.problems));
  return r.spec;
}

function problemsOf(files: Record<string, string>, root = "/s/Main.tla") {
  const r = loadSpec(root, memoryReader(files));
  expect("problems" in r, "expected the spec to be rejected").toBe(true);
  return "problems" in r ? r.problems : [];
}

describe("loadSpec", () => {
  it("loads EXTENDS and INSTANCE targets from the root's folder, dependencies first", () => {
    const spec = load({
      "/s/Main.tla": mod("Main", "EXTENDS Naturals, Base\nI == INSTANCE Other WITH x <- 1\nINSTANCE TLC"),
      "/s/Base.tla": mod("Base", "EXTENDS Sequences\nB == 1"),
      "/s/Other.tla": mod("Other", "CONSTANT x\nO == x"),
    });
    expect(spec.rootName).toBe("Main");
    expect(spec.order).toEqual(["Base", "Other", "Main"]);
    expect([...spec.standard].sort()).toEqual(["Naturals", "Sequences", "TLC"]);
    const root = rootModule(spec);
    expect(root.extends).toEqual([
      { kind: "standard", name: "Naturals" },
      { kind: "user", name: "Base" },
    ]);
    expect(root.instances.map((i) => [i.unit.name, i.target])).toEqual([
      ["I", { kind: "user", name: "Other" }],
      [null, { kind: "standard", name: "TLC" }],
    ]);
    expect(spec.modules.get("Other")?.file).toBe("/s/Other.tla");
  });

  it("reads a module used twice only once", () => {
    const spec = load({
      "/s/Main.tla": mod("Main", "EXTENDS A, B"),
      "/s/A.tla": mod("A", "EXTENDS Common"),
      "/s/B.tla": mod("B", "EXTENDS Common"),
      "/s/Common.tla": mod("Common", "C == 1"),
    });
    expect(spec.order).toEqual(["Common", "A", "B", "Main"]);
  });

  it("resolves submodules of the same file before looking for files", () => {
    const spec = load({
      "/s/Main.tla": mod("Main", mod("Inner", "X == 1") + "I == INSTANCE Inner\n" + mod("Unused", "Y == 2")),
    });
    expect(spec.modules.get("Inner")).toMatchObject({ parent: "Main", file: "/s/Main.tla" });
    expect(rootModule(spec).instances[0]!.target).toEqual({ kind: "user", name: "Inner" });
    expect(spec.modules.has("Unused")).toBe(true);
  });

  it("reports a missing module at its EXTENDS location with TLC's message, exit 150", () => {
    const problems = problemsOf({ "/s/Main.tla": mod("Main", "EXTENDS Naturals, Nope\nI == INSTANCE AlsoNope") });
    expect(problems.map((p) => [p.code, p.message, p.location?.line, p.location?.column])).toEqual([
      ["spec-semantic", "Cannot find source file for module Nope imported in module Main.", 2, 19],
      ["spec-semantic", "Cannot find source file for module AlsoNope imported in module Main.", 3, 15],
    ]);
    expect(exitCodeFor(problems[0]!)).toBe(150);
  });

  it("reports a syntax error in an extended module with that module's file", () => {
    const problems = problemsOf({ "/s/Main.tla": mod("Main", "EXTENDS Base"), "/s/Base.tla": mod("Base", "B == (1 +") });
    expect(problems[0]).toMatchObject({ code: "spec-parse", location: { file: "/s/Base.tla", line: 2 } });
  });

  it("reports a module whose name differs from its file", () => {
    const problems = problemsOf({ "/s/Main.tla": mod("Other", "A == 1") });
    expect(problems[0]).toMatchObject({ code: "spec-parse", location: { line: 1, column: 13 } });
    expect(problems[0]!.message).toMatch(/File name 'Main' does not match the name 'Other'/);
  });

  it("reports a dependency cycle", () => {
    const problems = problemsOf({
      "/s/Main.tla": mod("Main", "EXTENDS A"),
      "/s/A.tla": mod("A", "EXTENDS B"),
      "/s/B.tla": mod("B", "EXTENDS A"),
    });
    expect(problems[0]).toMatchObject({ code: "spec-semantic", message: "Circular dependency among modules: A -> B -> A.", location: { file: "/s/B.tla" } });
  });

  it("reports a missing root file as an io problem", () => {
    expect(problemsOf({})[0]).toMatchObject({ code: "io" });
  });
});

describeShared("loadSpec on the corpus and TLC's fixtures (from disk)", () => {
  it("CounterWithReset extends CounterBase from the same folder", () => {
    const r = loadSpec(join(sharedDir, "conformance/specs/CounterWithReset.tla"));
    expect("spec" in r && r.spec.order).toEqual(["CounterBase", "CounterWithReset"]);
  });

  it("DigitTally instantiates Tally", () => {
    const r = loadSpec(join(sharedDir, "conformance/specs/DigitTally.tla"));
    expect("spec" in r && r.spec.modules.has("Tally")).toBe(true);
  });

  it("MissingModule: Cannot find source file for module NoSuchModule, line 2, exit 150", () => {
    const r = loadSpec(join(sharedDir, "fixtures/tlc/errors/MissingModule.tla"));
    expect("problems" in r).toBe(true);
    if (!("problems" in r)) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      code: "spec-semantic",
      message: "Cannot find source file for module NoSuchModule imported in module MissingModule.",
      location: { line: 2, column: 19 },
    });
    expect(exitCodeFor(r.problems[0]!)).toBe(150);
  });
});
