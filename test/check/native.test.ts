import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkNative } from "../../src/check/native.ts";
import { exitCodeForResult } from "../../src/check/exit-code.ts";

/** checkNative, the engine's public entry point: what a .cfg can say and how each part is honoured. */
const dir = mkdtempSync(join(tmpdir(), "check-native-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

const tla = (name: string, body: string[]) => write(`${name}.tla`, [`---- MODULE ${name} ----`, ...body, "===="]);
const quiet = { print: () => {} };

const walk = ["EXTENDS Naturals", "CONSTANTS Procs, Max", "VARIABLES pos", "vars == <<pos>>", "Init == pos = [p \\in Procs |-> 0]", "Move(p) == pos[p] < Max /\\ pos' = [pos EXCEPT ![p] = @ + 1]", "Next == \\E p \\in Procs : Move(p)", "Spec == Init /\\ [][Next]_vars /\\ \\A p \\in Procs : WF_vars(Move(p))", "SimpleSpec == Init /\\ [][Next]_vars /\\ WF_vars(Next)", "Total == LET S[q \\in SUBSET Procs] == IF q = {} THEN 0 ELSE LET p == CHOOSE x \\in q : TRUE IN pos[p] + S[q \\ {p}] IN S[Procs]", "Bounded == Total <= 2", "TotalView == Total"];

describe("checkNative", () => {
  it("reads the .cfg beside the spec by default, or the one given", async () => {
    const spec = tla("Walk", walk);
    write("Walk.cfg", ["CONSTANTS Procs = {p1, p2}  Max = 1", "SPECIFICATION SimpleSpec"]);
    write("Walk_three.cfg", ["CONSTANTS Procs = {p1, p2, p3}  Max = 1", "SPECIFICATION SimpleSpec", "CHECK_DEADLOCK FALSE"]);
    expect(await checkNative(spec, quiet)).toMatchObject({ result: "deadlock", distinct: 4 });
    expect(await checkNative(spec, { ...quiet, config: join(dir, "Walk_three.cfg") })).toMatchObject({ result: "ok", distinct: 8, depth: 4 });
  });

  it("says where it looked when there is no .cfg", async () => {
    const r = await checkNative(tla("Lonely", ["VARIABLE x", "Init == x = 0", "Next == x' = x"]), quiet);
    expect(r).toMatchObject({ result: "error", error: { code: "io", message: expect.stringMatching(/Lonely\.cfg/) } });
    expect(exitCodeForResult(r)).toBe(255);
  });

  it("ignores fairness with a note, and SYMMETRY with a note (counts are TLC's without reduction)", async () => {
    const spec = tla("WalkFair", walk);
    const cfg = write("WalkFair.cfg", ["CONSTANTS Procs = {p1, p2}  Max = 1", "SPECIFICATION SimpleSpec", "SYMMETRY Perms", "CHECK_DEADLOCK FALSE"]);
    writeFileSync(spec, [`---- MODULE WalkFair ----`, ...walk, "Perms == {}", "===="].join("\n"));
    const r = await checkNative(spec, { ...quiet, config: cfg });
    expect(r).toMatchObject({ result: "ok", distinct: 4 });
    expect(r.notes).toEqual([expect.stringMatching(/^SYMMETRY Perms ignored/), expect.stringMatching(/^fairness WF_vars\(Next\) ignored/)]);
  });

  it("ignores a quantified fairness conjunct of the SPECIFICATION with a note", async () => {
    const spec = tla("WalkQuantified", walk);
    const cfg = write("WalkQuantified.cfg", ["CONSTANTS Procs = {p1, p2}  Max = 1", "SPECIFICATION Spec", "INVARIANT Bounded"]);
    const r = await checkNative(spec, { ...quiet, config: cfg });
    expect(r).toMatchObject({ result: "deadlock", distinct: 4 });
    expect(r.notes).toEqual([expect.stringMatching(/WF_vars\(Move\(p\)\).* ignored/)]);
  });

  it("keeps a state a CONSTRAINT excludes out of the count, and a VIEW merges states with one view", async () => {
    const spec = tla("WalkView", walk);
    const constrained = write("WalkView_c.cfg", ["CONSTANTS Procs = {p1, p2}  Max = 3", "INIT Init", "NEXT Next", "CONSTRAINT Bounded", "CHECK_DEADLOCK FALSE"]);
    expect(await checkNative(spec, { ...quiet, config: constrained })).toMatchObject({ result: "ok", distinct: 6, depth: 3 });
    const viewed = write("WalkView_v.cfg", ["CONSTANTS Procs = {p1, p2}  Max = 3", "INIT Init", "NEXT Next", "VIEW TotalView", "CHECK_DEADLOCK FALSE"]);
    expect(await checkNative(spec, { ...quiet, config: viewed })).toMatchObject({ result: "ok", distinct: 7, depth: 7 });
  });

  it("checks refinement: the Spec of an INSTANCE listed as a PROPERTY, on initial states and every step", async () => {
    tla("Counter", ["EXTENDS Naturals", "VARIABLE c", "Init == c = 0", "Next == c' = c + 1", "Spec == Init /\\ [][Next]_c"]);
    const impl = tla("Pairs", [
      "EXTENDS Naturals",
      "VARIABLES lo, hi",
      "Init == lo = 0 /\\ hi = 0",
      "Next == \\/ lo < 1 /\\ lo' = lo + 1 /\\ hi' = hi",
      "        \\/ lo = 1 /\\ hi < 2 /\\ lo' = 0 /\\ hi' = hi + 1",
      "Spec == Init /\\ [][Next]_<<lo, hi>>",
      "Good == INSTANCE Counter WITH c <- 2 * hi + lo",
      "Bad == INSTANCE Counter WITH c <- IF hi = 1 THEN 7 ELSE 2 * hi + lo",
      "RefinesGood == Good!Spec",
      "RefinesBad == Bad!Spec",
    ]);
    write("Pairs.cfg", ["SPECIFICATION Spec", "PROPERTY RefinesGood", "CHECK_DEADLOCK FALSE"]);
    expect(await checkNative(impl, quiet)).toMatchObject({ result: "ok", distinct: 6 });
    const bad = write("Pairs_bad.cfg", ["SPECIFICATION Spec", "PROPERTY RefinesBad", "CHECK_DEADLOCK FALSE"]);
    const r = await checkNative(impl, { ...quiet, config: bad });
    expect(r).toMatchObject({ result: "property", violated: "RefinesBad" });
    expect(r.trace.map((s) => s.state)).toEqual([
      { lo: "0", hi: "0" },
      { lo: "1", hi: "0" },
      { lo: "0", hi: "1" },
    ]);
    expect(r.trace[2]!.action).toBe("Next");
  });

  it("checks a refined spec's Init on the initial states", async () => {
    tla("Zero", ["VARIABLE c", "Init == c = 0", "Spec == Init /\\ [][FALSE]_c"]);
    const impl = tla("StartsAtOne", ["EXTENDS Naturals", "VARIABLE x", "Init == x = 1", "Next == UNCHANGED x", "Z == INSTANCE Zero WITH c <- x", "Refines == Z!Spec"]);
    write("StartsAtOne.cfg", ["INIT Init", "NEXT Next", "PROPERTY Refines"]);
    const r = await checkNative(impl, quiet);
    expect(r).toMatchObject({ result: "property", violated: "Refines", trace: [{ action: null, state: { x: "1" } }] });
  });

  it("binds C <- Op and model values, ranking model values in TLC's order for CHOOSE", async () => {
    const spec = tla("Pick", ["CONSTANTS Names, First, Ops", "VARIABLE chosen", "MyOps == {\"a\", \"b\"}", "Init == chosen = CHOOSE n \\in Names : TRUE", "Next == UNCHANGED chosen", "IsFirst == chosen = First /\\ Ops = {\"a\", \"b\"}"]);
    write("Pick.cfg", ["CONSTANTS", "  First = First", "  Names = {zed, First, alpha}", "  Ops <- MyOps", "INIT Init", "NEXT Next", "INVARIANT IsFirst"]);
    // First is a constant of the module, so it ranks before the names only the cfg mentions.
    expect(await checkNative(spec, quiet)).toMatchObject({ result: "ok", distinct: 1 });
  });

  it("reports an ASSUME that fails to evaluate as an evaluation error naming the assumption (exit 75)", async () => {
    const spec = tla("BadAssume", ["EXTENDS Naturals", "ASSUME Odd == 1 = \"a\"", "VARIABLE x", "Init == x = 0", "Next == UNCHANGED x"]);
    write("BadAssume.cfg", ["INIT Init", "NEXT Next"]);
    const r = await checkNative(spec, quiet);
    expect(r).toMatchObject({ result: "error", error: { code: "evaluation" } });
    expect(r.error?.details).toContainEqual("Evaluating assumption line 3, col 15 to line 3, col 21 of module BadAssume failed.");
    expect(exitCodeForResult(r)).toBe(75);
  });

  it("reports cfg names the spec lacks at their cfg line, and constants the cfg leaves unbound", async () => {
    const spec = tla("Names", ["CONSTANT K", "VARIABLE x", "Init == x = K", "Next == UNCHANGED x"]);
    const unknownNext = write("Names_a.cfg", ["CONSTANT K = 1", "INIT Init", "NEXT Nxt"]);
    expect(await checkNative(spec, { ...quiet, config: unknownNext })).toMatchObject({
      result: "error",
      error: { code: "config-parse", message: "The next-state relation Nxt specified in the configuration file is not defined in the specification.", location: { line: 3, column: 6 } },
    });
    const unbound = write("Names_b.cfg", ["INIT Init", "NEXT Next"]);
    expect(await checkNative(spec, { ...quiet, config: unbound })).toMatchObject({
      result: "error",
      error: { code: "config-parse", message: expect.stringMatching(/^The constant parameter K is not assigned a value/) },
    });
    const neither = write("Names_c.cfg", ["CONSTANT K = 1"]);
    expect((await checkNative(spec, { ...quiet, config: neither })).error?.message).toMatch(/neither INIT and NEXT nor SPECIFICATION/);
  });
});
