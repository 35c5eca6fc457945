import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import type { Expr, Module } from "../../../src/tla/syntax/ast.ts";
import { parseExpressionText, parseModuleText } from "../../../src/tla/syntax/parse.ts";
import { describeShared, hasShared, sharedDir } from "../../helpers/shared.ts";

const specDir = join(sharedDir, "conformance/specs");
const specs = hasShared ? readdirSync(specDir).filter((f) => f.endsWith(".tla")) : [];

function parse(file: string): Module {
  const r = parseModuleText(readFileSync(join(specDir, file), "utf8"), file);
  if ("problems" in r) throw new Error(JSON.stringify(r.problems));
  return r.module;
}

function body(m: Module, name: string): Expr {
  const def = m.units.find((u) => u.kind === "operator" && u.name === name);
  if (def === undefined || def.kind !== "operator") throw new Error(`${name} not defined`);
  return def.body;
}

describeShared("the conformance corpus specs", () => {
  it.each(specs)("%s parses without problems, module named as the file", (file) => {
    expect(parse(file).name).toBe(file.replace(/\.tla$/, ""));
  });

  it("DigitMachine has its RECURSIVE operator, recursive function and higher-order operator", () => {
    const m = parse("DigitMachine.tla");
    expect(m.units.some((u) => u.kind === "operator" && u.recursive)).toBe(true);
    expect(m.units.some((u) => u.kind === "function")).toBe(true);
    expect(m.units.some((u) => u.kind === "operator" && u.params.some((p) => p.arity > 0))).toBe(true);
  });

  it("DigitTally instantiates Tally with substitutions", () => {
    const m = parse("DigitTally.tla");
    const inst = m.units.find((u) => u.kind === "instance");
    expect(inst).toMatchObject({ kind: "instance", module: { name: "Tally" } });
    expect(inst?.kind === "instance" && inst.substitutions.length).toBeGreaterThan(0);
  });

  it("NaiveLock's Next is a bulleted disjunction or an \\E over it", () => {
    const next = body(parse("NaiveLock.tla"), "Next");
    expect(["or", "quant"]).toContain(next.kind);
  });
});

describeShared("the conformance corpus expressions", () => {
  interface Case {
    readonly id: string;
    readonly expr: string;
  }
  const cases: readonly Case[] = hasShared ? JSON.parse(readFileSync(join(sharedDir, "conformance/expressions/cases.json"), "utf8")) : [];

  it("has cases", () => {
    expect(cases.length).toBeGreaterThan(300);
  });

  it("parses every expression TLC parsed (none of them failed to parse in TLC)", () => {
    const failed = cases.flatMap((c) => {
      const r = parseExpressionText(c.expr, c.id);
      return "problems" in r ? [`${c.id}: ${c.expr}: ${r.problems[0]?.message}`] : [];
    });
    expect(failed).toEqual([]);
  });
});
