import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exitCodeFor } from "../../../src/diagnostics/problem.ts";
import { parseExpressionText, parseModuleText } from "../../../src/tla/syntax/parse.ts";
import { describeShared, sharedDir } from "../../helpers/shared.ts";
import { mod, moduleProblems } from "./parse-helpers.ts";

describe("bad input", () => {
  it("reports a syntax error at its line and column, exit 150", () => {
    const [p, ...rest] = moduleProblems(mod("A == 1\nB == (1 + 2\nC == 3"));
    expect(rest).toHaveLength(0);
    expect(p!.code).toBe("spec-parse");
    expect(exitCodeFor(p!)).toBe(150);
    expect(p!.location).toMatchObject({ file: "M.tla", line: 3 });
  });

  it.each([
    ["B == (1 + 2\nC == 3", 3, 6, /"\(" is never closed/],
    ["B == <<1, 2>\nC == 3", 3, 6, /"<<" is never closed/],
    ["B == 1)", 3, 7, /"\)" has no matching "\("/],
    ["(* a comment never closed", 3, 1, /comment "\(\*" is never closed/],
    ["B == [x EXCEPT ![1] 2]", 3, 19, /unexpected/],
    ["VARIABLE x y", 3, 12, /cannot parse the text starting here \("y"\)/],
    ["B == CASE x -> 1 [] ELSE -> 2", 3, 21, /reserved word ELSE/],
  ])("locates the mistake in %j at line %i, column %i", (body, line, column, message) => {
    const [p] = moduleProblems(mod(`A == 1\n${body}`));
    expect(p).toMatchObject({ code: "spec-parse", location: { line, column } });
    expect(p!.message).toMatch(message);
  });

  it("ignores brackets in strings, comments and text outside the module", () => {
    const m = moduleProblems(`notes (unbalanced\n${mod('A == "(" \\* )\n(* [ *)\nB == (1')}trailing )`);
    expect(m[0]).toMatchObject({ location: { line: 5, column: 6 } });
  });

  it("reports a file without a module", () => {
    const [p] = moduleProblems("just text\n");
    expect(p).toMatchObject({ code: "spec-parse", location: { line: 1, column: 1 } });
    expect(p!.message).toMatch(/No module/);
  });

  it("names an unsupported construct with its location and keeps converting the rest", () => {
    const problems = moduleProblems(mod("A == 1.5\nB == 1\nC == \\EE x : TRUE\nD == A!1"));
    expect(problems.map((p) => [p.code, p.location?.line, p.location?.column])).toEqual([
      ["unsupported", 2, 6],
      ["unsupported", 4, 6],
      ["unsupported", 5, 6],
    ]);
    expect(problems[0]!.message).toMatch(/real number 1\.5/);
    expect(problems[1]!.message).toMatch(/temporal quantifier \\EE/);
    expect(problems[2]!.message).toMatch(/subexpression reference A!1/);
    expect(exitCodeFor(problems[0]!)).toBe(255);
  });

  it("rejects an unknown string escape", () => {
    const r = parseExpressionText('"a\\qb"', "e.tla");
    expect("problems" in r && r.problems[0]).toMatchObject({ code: "spec-parse", location: { line: 1, column: 1 } });
  });

  it("reports expression-level syntax errors relative to the expression text", () => {
    const r = parseExpressionText("x +\n  + 1", "e.tla");
    expect("problems" in r && r.problems[0]).toMatchObject({ code: "spec-parse", location: { line: 2, column: 3 } });
  });
});

describeShared("TLC's error fixtures", () => {
  const dir = join(sharedDir, "fixtures/tlc/errors");

  it("SyntaxSlip: `n + + 1` is a parse error on line 5, exit 150", () => {
    const r = parseModuleText(readFileSync(join(dir, "SyntaxSlip.tla"), "utf8"), "SyntaxSlip.tla");
    expect("problems" in r).toBe(true);
    if (!("problems" in r)) return;
    const [p] = r.problems;
    expect(exitCodeFor(p!)).toBe(150);
    // TLC says "Encountered "1" at line 5, column 20"; tree-sitter stops at the second "+",
    // column 18, which is where the mistake is.
    expect(p!.location).toMatchObject({ file: "SyntaxSlip.tla", line: 5, column: 18 });
    expect(p!.message).toMatch(/unexpected "\+"/);
  });

  it.each(["BadConfig", "MissingModule", "UnknownInvariant"])("%s.tla parses (its error is elsewhere)", (name) => {
    const r = parseModuleText(readFileSync(join(dir, `${name}.tla`), "utf8"), `${name}.tla`);
    expect("module" in r && r.module.name).toBe(name);
  });
});
