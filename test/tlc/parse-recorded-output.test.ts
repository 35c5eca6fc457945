import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeShared, sharedDir } from "../helpers/shared.ts";
import { parsePlainOutput } from "../../src/tlc/parse-plain-output.ts";
import { parseToolOutput } from "../../src/tlc/parse-tool-output.ts";
import type { TlcResult } from "../../src/tlc/tlc-result.ts";

/**
 * The parsers against every output the real TLC printed for the conformance corpus: tool mode
 * (fixtures/tlc/tool), the console (conformance/specs/tlc_output), and the error cases.
 */
interface Expected {
  readonly cfg: string;
  readonly result: string;
  readonly violated: string | null;
  readonly distinct: number | null;
  readonly generated: number | null;
  readonly depth: number | null;
  readonly trace_length: number | null;
  readonly trace_ends_in_stuttering?: boolean;
  readonly exit_code: number;
  readonly initial_states?: number;
  readonly left_on_queue?: number;
  readonly tlc_message?: string;
  readonly tlc_error_text?: string;
}

describeShared("TLC output parsers reproduce every recorded run", () => {
  const specsDir = join(sharedDir, "conformance", "specs");
  const expected = JSON.parse(readFileSync(join(specsDir, "expected.json"), "utf8")) as Record<string, Expected>;
  const readFile = (name: string): string | undefined => {
    try {
      return readFileSync(join(specsDir, name), "utf8");
    } catch {
      return undefined;
    }
  };

  const forms: [string, (run: string, e: Expected) => TlcResult][] = [
    ["tool mode", (run, e) => parseToolOutput(readFileSync(join(sharedDir, "fixtures", "tlc", "tool", `${run}.out`), "utf8"), { readFile, configFile: e.cfg })],
    ["console", (run, e) => parsePlainOutput(readFileSync(join(specsDir, "tlc_output", `${run}.log`), "utf8"), { readFile, configFile: e.cfg })],
  ];

  for (const [form, parse] of forms) {
    describe(form, () => {
      for (const [run, e] of Object.entries(expected)) {
        it(`${run}: ${e.result}${e.violated ? ` ${e.violated}` : ""}, exit ${e.exit_code}`, () => {
          const r = parse(run, e);
          expect(r.check.engine).toBe("tlc");
          expect(r.check.result).toBe(e.result);
          expect(r.check.violated).toBe(e.violated);
          expect(r.check.distinct).toBe(e.distinct ?? 0);
          expect(r.check.generated).toBe(e.generated ?? 0);
          expect(r.check.depth).toBe(e.depth ?? 0);
          expect(r.check.trace.length).toBe(e.trace_length ?? 0);
          expect(r.check.traceEndsInStuttering === true).toBe(e.trace_ends_in_stuttering === true);
          expect(r.exitCode).toBe(e.exit_code);
          expect(r.initialStates).toBe(e.initial_states ?? null);
          expect(r.leftOnQueue).toBe(e.left_on_queue ?? null);
          expect(r.check.initialStates).toBe(e.initial_states);
          expect(r.check.leftOnQueue).toBe(e.left_on_queue);
          expect(r.tlcVersion).toMatch(/^TLC2 Version /);
          if (e.result === "error") {
            expect(r.check.error?.code).toBe("evaluation");
            expect(r.check.error?.message).toBe(e.tlc_message);
            expect(r.check.error?.details).toEqual(expect.arrayContaining((e.tlc_error_text ?? "").split("\n").slice(1)));
          } else {
            expect(r.check.error).toBeNull();
          }
          if (e.trace_length) {
            expect(r.check.trace[0]!.action).toBeNull();
            for (const step of r.check.trace.slice(1)) {
              expect(step.action).toMatch(/^\w+/);
              expect(step.location?.file).toMatch(/\.tla$/);
            }
          }
        });
      }
    });
  }

  it("reads each state of a counterexample as TLA+ text with the action and its location", () => {
    const r = parseToolOutput(readFileSync(join(sharedDir, "fixtures", "tlc", "tool", "NaiveLock.out"), "utf8"));
    expect(r.check.trace[1]).toEqual({
      action: "Want(w1)",
      location: { file: "NaiveLock.tla", line: 21, column: 5, endLine: 23, endColumn: 21 },
      state: { held: "FALSE", stage: '(w1 :> "peek" @@ w2 :> "home")' },
    });
    expect(r.check.trace[6]!.state).toEqual({ held: "TRUE", stage: '(w1 :> "inside" @@ w2 :> "inside")' });
    expect(r.check.seconds).toBeCloseTo(0.698, 3);
  });

  it("reads a single-variable state, printed without /\\", () => {
    const r = parsePlainOutput(readFileSync(join(specsDir, "tlc_output", "LabelMixup.log"), "utf8"));
    expect(r.check.trace.map((s) => s.state.reg)).toEqual(["0", "1", "2", "3", '"full"']);
    expect(r.check.error?.location).toEqual({ file: "LabelMixup.tla", line: 15, column: 8, endLine: 15, endColumn: 14 });
  });

  it("names the ASSUME that TLC reports only by position, when it can read the module", () => {
    const out = readFileSync(join(sharedDir, "fixtures", "tlc", "tool", "BadAssume.out"), "utf8");
    expect(parseToolOutput(out, { readFile }).check.violated).toBe("EnoughSlots");
    expect(parseToolOutput(out).check.violatedLocation).toEqual({ file: "BadAssume.tla", line: 11, column: 23, endLine: 11, endColumn: 33 });
    expect(parseToolOutput(out).check.violated).toBe("line 11, col 23 to line 11, col 33 of module BadAssume");
  });

  it("gives the console's and tool mode's traces of the same run identically", () => {
    for (const run of ["CoinSorter", "NaiveLock", "DigitTally_bad", "BoundedWalk_edge", "LabelMixup"]) {
      const e = expected[run]!;
      expect(forms[0]![1](run, e).check.trace, run).toEqual(forms[1]![1](run, e).check.trace);
    }
  });
});

describeShared("TLC output parsers: the runs TLC rejects", () => {
  const errorsDir = join(sharedDir, "fixtures", "tlc", "errors");
  const exits = new Map(
    readFileSync(join(errorsDir, "exits.txt"), "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => {
        const [name, form, , code] = l.trim().split(/\s+/);
        return [`${name}.${form}`, Number(code)] as const;
      }),
  );
  const readFile = (name: string): string | undefined => {
    try {
      return readFileSync(join(errorsDir, name), "utf8");
    } catch {
      return undefined;
    }
  };
  const expectedProblems: Record<string, { code: string; message: RegExp; location?: object }> = {
    SyntaxSlip: { code: "spec-parse", message: /Encountered "1" at line 5, column 20/, location: { file: "SyntaxSlip.tla", line: 5, column: 20 } },
    MissingModule: {
      code: "spec-semantic",
      message: /Cannot find source file for module NoSuchModule/,
      location: { file: "MissingModule.tla", line: 2, column: 19, endLine: 2, endColumn: 30 },
    },
    BadConfig: { code: "config-parse", message: /error in the configuration file at line 1/, location: { file: "BadConfig.cfg", line: 1, column: 1 } },
    UnknownInvariant: {
      code: "config-parse",
      message: /The invariant NoSuchInvariant specified in the configuration file is not defined/,
      location: { file: "UnknownInvariant.cfg", line: 3, column: 11, endLine: 3, endColumn: 25 },
    },
  };

  const outs = readdirSync(errorsDir).filter((f) => f.endsWith(".out"));
  it("has the four recorded cases in both forms", () => {
    expect(outs.length).toBe(8);
    expect(exits.size).toBe(8);
  });
  for (const file of outs) {
    const [name, form] = file.split(".") as [string, string];
    it(`${name} (${form}): exit ${exits.get(`${name}.${form}`)} with a located problem`, () => {
      const text = readFileSync(join(errorsDir, file), "utf8");
      const opts = { readFile, configFile: `${name}.cfg` };
      const r = form === "tool" ? parseToolOutput(text, opts) : parsePlainOutput(text, opts);
      const want = expectedProblems[name]!;
      expect(r.exitCode).toBe(exits.get(`${name}.${form}`));
      expect(r.check.result).toBe("error");
      expect(r.check.error?.code).toBe(want.code);
      expect(r.check.error?.message).toMatch(want.message);
      expect(r.check.error?.location).toEqual(want.location);
    });
  }
});
