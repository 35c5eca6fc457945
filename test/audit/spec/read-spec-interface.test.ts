import { describe, expect, it } from "vitest";
import { readSpecInterface } from "../../../src/audit/spec/read-spec-interface.ts";
import type { SpecInterface } from "../../../src/audit/spec-interface.ts";
import { parseModuleText } from "../../../src/tla/syntax/parse.ts";

function read(body: string, next = "Next"): SpecInterface {
  const text = `---- MODULE M ----\nEXTENDS Naturals\nCONSTANTS S, T\nVARIABLES x, y\n${body}\n====\n`;
  const parsed = parseModuleText(text, "M.tla");
  if ("problems" in parsed) throw new Error(parsed.problems.map((p) => p.message).join("\n"));
  const r = readSpecInterface({ root: parsed.module, extended: [] }, next);
  if ("problems" in r) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return r.spec;
}

const summary = (s: SpecInterface) =>
  s.actions.map((a) => `${a.name}(${a.params.map((p, i) => `${p}:${a.domains[i]?.kind === "name" ? (a.domains[i] as { name: string }).name : "?"}`).join(",")})`);

describe("reading a spec's actions from Next", () => {
  it("follows disjunctions and \\E down to the operators, with each parameter's set", () => {
    const s = read(`
A(p) == x' = p /\\ y' = y
B(p, q) == x' = p /\\ y' = q
Next == \\/ \\E p \\in S : A(p)
        \\/ \\E p \\in S, q \\in T : B(p, q)`);
    expect(summary(s)).toEqual(["A(p:S)", "B(p:S,q:T)"]);
    expect(s.variables.map((v) => v.name)).toEqual(["x", "y"]);
    expect(s.actions[1]!.location).toMatchObject({ file: "M.tla", line: 7, column: 1 });
  });

  it("goes through an operator that is itself a choice, and maps arguments to its parameters' domains", () => {
    const s = read(`
Send(p) == x' = p /\\ y' = y
Recv(p) == y' = p /\\ x' = x
Step(p) == Send(p) \\/ Recv(p)
Next == \\E n \\in T : Step(n)`);
    expect(summary(s)).toEqual(["Send(p:T)", "Recv(p:T)"]);
  });

  it("treats an alias with arguments as the action itself, not the operator it calls", () => {
    const s = read(`
Begin(c, kind) == x' = c /\\ y' = kind
BeginWrite(c) == Begin(c, "write")
Next == \\E c \\in S : BeginWrite(c)`);
    expect(summary(s)).toEqual(["BeginWrite(c:S)"]);
  });

  it("names an inline disjunct after the operator it is written in, as TLC labels it", () => {
    const s = read(`
A == x' = 1 /\\ y' = y
Next == A \\/ (x' = 2 /\\ y' = y)`);
    expect(s.actions.map((a) => a.name)).toEqual(["A", "Next"]);
  });

  it("takes a Next that is one action as that action, and sees through LET and labels", () => {
    expect(read(`Next == x' = x + 1 /\\ y' = y`).actions.map((a) => a.name)).toEqual(["Next"]);
    const s = read(`
A(p) == x' = p /\\ y' = y
Next == LET Z == 1 IN \\E p \\in S : A(p)`);
    expect(summary(s)).toEqual(["A(p:S)"]);
  });

  it("lists each action once even when Next reaches it twice", () => {
    const s = read(`
A(p) == x' = p /\\ y' = y
Next == (\\E p \\in S : A(p)) \\/ (\\E p \\in T : A(p))`);
    expect(s.actions.map((a) => a.name)).toEqual(["A"]);
  });

  it("reports a missing next-state operator as a located spec problem", () => {
    const parsed = parseModuleText("---- MODULE M ----\nVARIABLE x\nInit == x = 0\n====\n", "M.tla");
    if ("problems" in parsed) throw new Error("parse");
    const r = readSpecInterface({ root: parsed.module, extended: [] }, "Next");
    expect("problems" in r && r.problems[0]).toMatchObject({ code: "spec-semantic", message: "module M defines no next-state operator Next", location: { file: "M.tla", line: 1 } });
  });
});
