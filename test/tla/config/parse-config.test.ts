import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exitCodeFor } from "../../../src/diagnostics/problem.ts";
import type { ModelConfig } from "../../../src/tla/config/model-config.ts";
import { parseConfig } from "../../../src/tla/config/parse-config.ts";
import { describeShared, hasShared, sharedDir } from "../../helpers/shared.ts";

function parse(text: string): ModelConfig {
  const r = parseConfig(text, "M.cfg");
  if ("problems" in r) throw new Error(JSON.stringify(r.problems));
  return r.config;
}

function problemOf(text: string) {
  const r = parseConfig(text, "M.cfg");
  expect("problems" in r, "expected the config to be rejected").toBe(true);
  return "problems" in r ? r.problems[0]! : undefined!;
}

const names = (ns: readonly { name: string }[]) => ns.map((n) => n.name);

describe("parseConfig", () => {
  it("reads every section, singular and plural, with locations", () => {
    const c = parse(
      [
        "INIT Init",
        "NEXT Next",
        "INVARIANT Inv1",
        "INVARIANTS Inv2 Inv3",
        "PROPERTY P1",
        "PROPERTIES P2",
        "CONSTRAINT C1",
        "CONSTRAINTS C2",
        "ACTION_CONSTRAINT A1",
        "ACTION_CONSTRAINTS A2 A3",
        "CHECK_DEADLOCK FALSE",
        "SYMMETRY Sym",
        "VIEW View",
        "ALIAS Alias",
        "POSTCONDITION Post",
      ].join("\n"),
    );
    expect(c.init).toMatchObject({ name: "Init", loc: { file: "M.cfg", line: 1, column: 6, endColumn: 9 } });
    expect(c.next?.name).toBe("Next");
    expect(c.specification).toBeNull();
    expect(names(c.invariants)).toEqual(["Inv1", "Inv2", "Inv3"]);
    expect(c.invariants[2]!.loc).toMatchObject({ line: 4, column: 17 });
    expect(names(c.properties)).toEqual(["P1", "P2"]);
    expect(names(c.constraints)).toEqual(["C1", "C2"]);
    expect(names(c.actionConstraints)).toEqual(["A1", "A2", "A3"]);
    expect(c.checkDeadlock?.value).toBe(false);
    expect([c.symmetry?.name, c.view?.name, c.alias?.name]).toEqual(["Sym", "View", "Alias"]);
    expect(names(c.postconditions)).toEqual(["Post"]);
  });

  it("reads constant values: numbers, strings, booleans, model values, nested sets", () => {
    const c = parse('CONSTANTS\n  N = 3\n  Neg = -2\n  S = "a\\"b"\n  B = TRUE\n  M = m\n  Set = {a, {b, 1}, {}, "x"}\n  Abstain = Abstain');
    expect(c.constants.map((b) => b.kind === "value" && [b.name.name, b.value.kind])).toEqual([
      ["N", "int"],
      ["Neg", "int"],
      ["S", "string"],
      ["B", "bool"],
      ["M", "model"],
      ["Set", "set"],
      ["Abstain", "model"],
    ]);
    const neg = c.constants[1]!;
    expect(neg.kind === "value" && neg.value).toMatchObject({ kind: "int", value: -2n });
    const str = c.constants[2]!;
    expect(str.kind === "value" && str.value).toMatchObject({ kind: "string", value: 'a"b' });
    const set = c.constants[5]!;
    expect(set.kind === "value" && set.value).toMatchObject({
      kind: "set",
      elems: [{ kind: "model", name: "a" }, { kind: "set", elems: [{ kind: "model", name: "b" }, { kind: "int", value: 1n }] }, { kind: "set", elems: [] }, { kind: "string" }],
    });
    expect(names(c.modelValues)).toEqual(["m", "a", "b", "Abstain"]);
    expect(c.constants[0]!.loc).toMatchObject({ line: 2, column: 3, endColumn: 7 });
  });

  it("reads substitutions, also for another module", () => {
    const c = parse("CONSTANT Payload <- SamplePayload\nCONSTANT Quorums <-[Voting] Majorities");
    expect(c.constants).toMatchObject([
      { kind: "substitution", name: { name: "Payload" }, op: { name: "SamplePayload" }, module: null },
      { kind: "substitution", name: { name: "Quorums" }, op: { name: "Majorities" }, module: { name: "Voting" } },
    ]);
  });

  it("skips line and nested block comments, and accepts repeated sections", () => {
    const c = parse("\\* a comment\n(* block (* nested *) still *) INIT Init\nINVARIANT A \\* trailing\nINVARIANT B\nCONSTANT X = 1 CONSTANT Y = 2");
    expect(c.init?.loc).toMatchObject({ line: 2, column: 37 });
    expect(names(c.invariants)).toEqual(["A", "B"]);
    expect(c.constants).toHaveLength(2);
  });

  it("accepts an empty file", () => {
    expect(parse("  \n\\* nothing\n").constants).toEqual([]);
  });

  it.each([
    ["INIT", 1, 5, /Expected a name after INIT/],
    ["INIT Init Other", 1, 11, /Expected a keyword .*found "Other"/],
    ["INIT A\nINIT B", 2, 1, /INIT is given twice \(first on line 1\)/],
    ["CHECK_DEADLOCK maybe", 1, 16, /TRUE or FALSE/],
    ["CONSTANT N 3", 1, 12, /expecting = or <-/],
    ["CONSTANT N = ", 1, 13, /end of the configuration file/],
    ["CONSTANT N = {1, 2", 1, 19, /end of the configuration file/],
    ["CONSTANT N = {1 2}", 1, 17, /Expected "," or "}"/],
    ["CONSTANT N = INIT", 1, 14, /keyword INIT/],
    ["CONSTANT S = \"abc", 1, 14, /string is not closed/],
    ["INIT Init\n(* open", 2, 1, /comment/],
    ["INIT Init;", 1, 10, /Unexpected character ";"/],
    ["FOO Bar", 1, 1, /Expected a keyword/],
  ])("rejects %j at line %i, column %i (config-parse, exit 151)", (text, line, column, message) => {
    const p = problemOf(text);
    expect(p).toMatchObject({ code: "config-parse", location: { file: "M.cfg", line, column } });
    expect(p.message + (p.details ?? []).join(" ")).toMatch(message);
    expect(exitCodeFor(p)).toBe(151);
  });

  it("rejects a tuple with TLC's message and TLC's exit 255", () => {
    const p = problemOf("INIT Init\nCONSTANT Limit = <<1, 2>>");
    expect(p.message).toBe("TLC found an error in the configuration file at line 2");
    expect(p.details?.[0]).toBe("It was expecting = or <-, but did not find it.");
    expect(p.location).toMatchObject({ line: 2, column: 18 });
    expect(exitCodeFor(p)).toBe(255);
  });
});

describeShared("parseConfig on the corpus and TLC's fixtures", () => {
  const specDir = join(sharedDir, "conformance/specs");
  const cfgs = hasShared ? readdirSync(specDir).filter((f) => f.endsWith(".cfg")) : [];

  it.each(cfgs)("%s parses", (file) => {
    const r = parseConfig(readFileSync(join(specDir, file), "utf8"), file);
    expect("config" in r).toBe(true);
    if (!("config" in r)) return;
    const c = r.config;
    expect(c.specification !== null || (c.init !== null && c.next !== null)).toBe(true);
  });

  it("MajorityVote.cfg: model values in order, a substitution, CHECK_DEADLOCK FALSE", () => {
    const r = parseConfig(readFileSync(join(specDir, "MajorityVote.cfg"), "utf8"), "MajorityVote.cfg");
    if (!("config" in r)) throw new Error("rejected");
    expect(names(r.config.modelValues)).toEqual(["v1", "v2", "v3", "v4", "v5", "red", "blue", "Abstain"]);
    expect(r.config.constants.find((b) => b.kind === "substitution")).toMatchObject({ name: { name: "Quorums" }, op: { name: "Majorities" } });
    expect(r.config.checkDeadlock?.value).toBe(false);
    expect(names(r.config.invariants)).toEqual(["TypeOK", "AtMostOneWinner"]);
  });

  it("BadConfig.cfg: the tuple is refused as TLC refuses it, exit 255", () => {
    const dir = join(sharedDir, "fixtures/tlc/errors");
    const r = parseConfig(readFileSync(join(dir, "BadConfig.cfg"), "utf8"), "BadConfig.cfg");
    expect("problems" in r).toBe(true);
    if (!("problems" in r)) return;
    const tlc = readFileSync(join(dir, "BadConfig.plain.out"), "utf8");
    const [p] = r.problems;
    expect(tlc).toContain(p!.message);
    expect(tlc).toContain(p!.details![0]!);
    expect(p!.location?.line).toBe(1);
    const exits = readFileSync(join(dir, "exits.txt"), "utf8");
    expect(exits).toContain(`BadConfig plain exit ${exitCodeFor(p!)}`);
  });
});
