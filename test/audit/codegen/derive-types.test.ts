import { describe, expect, it } from "vitest";
import { generateSpecModule } from "../../../src/audit/codegen/run-codegen.ts";
import { repoRoot } from "../../helpers/run-cli.ts";

function generate(spec: string): string {
  const r = generateSpecModule(repoRoot, spec);
  if ("problems" in r) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return r.text;
}

describe("codegen types from a spec's type invariant (test/audit/fixtures/spec/Shapes.tla)", () => {
  const text = generate("test/audit/fixtures/spec/Shapes.tla");
  const variable = (name: string) => text.match(new RegExp(`^  readonly ${name}: (.*);$`, "m"))?.[1];

  it("maps Nat, BOOLEAN and STRING to number, boolean and string", () => {
    expect(variable("count")).toBe("number");
    expect(variable("on")).toBe("boolean");
    expect(variable("name")).toBe("string");
    expect(text).toContain("count: z.number().int(),");
  });

  it("gives a set-of-model-values constant a named string type and S \\cup {None} a union", () => {
    expect(text).toContain("export type Proc = string;");
    expect(variable("owner")).toBe("Proc | Nil");
    expect(text).toContain("owner: z.union([ProcSchema, NilSchema]),");
  });

  it("maps [A -> B] to a record keyed by strings, and to [key, value] pairs for other domains", () => {
    expect(variable("table")).toBe("Readonly<Record<Key, number>>");
    expect(variable("counts")).toBe("ReadonlyArray<readonly [number, number]>");
    expect(text).toContain("counts: z.array(z.tuple([z.number().int(), z.number().int()])),");
  });

  it("maps \\X to a tuple, Seq(S) and SUBSET S and \\subseteq to arrays, [f : S] to objects", () => {
    expect(variable("pairs")).toBe("readonly [Proc, number]");
    expect(variable("log")).toBe("ReadonlyArray<EntryElement>");
    expect(text).toMatch(/export interface EntryElement \{\n  readonly proc: Proc;\n  readonly at: number;\n  readonly tag: "put" \| "del";\n\}/);
    expect(variable("chunks")).toBe("ReadonlyArray<Proc>");
    expect(variable("edge")).toBe("ReadonlyArray<{ readonly from: Proc; readonly to: Proc }>");
  });

  it("keeps literal sets as literal unions and filters as their base set", () => {
    expect(variable("maybe")).toBe("-1 | 0 | 1");
    expect(variable("odd")).toBe("number");
  });

  it("falls back to unknown with the reason in a comment", () => {
    expect(variable("weird")).toBe("unknown");
    expect(text).toContain("/** Partly unknown: a set computed by F(...) at test/audit/fixtures/spec/Shapes.tla:28:16. */");
    expect(text).toContain("weird: z.unknown(),");
  });

  it("types each action's parameters from the sets Next binds them to", () => {
    expect(text).toMatch(/export interface TickParams \{\n  readonly p: Proc;\n  readonly k: Key;\n\}/);
    expect(text).toContain('export const actionNames = ["Tick"] as const;');
  });
});

describe("codegen for the project's specs", () => {
  it("types Paxos ballots as integers (ASSUME Ballots \\subseteq Nat) and messages as a union by type", () => {
    const text = generate("spec/Paxos.tla");
    expect(text).toContain("export type Ballot = number;");
    expect(text).toContain('| { readonly type: "1a"; readonly bal: Ballot }');
    expect(text).toMatch(/export interface Phase1bParams \{\n  readonly a: Acceptor;\n  readonly b: Ballot;\n\}/);
  });
});
