import { describe, expect, it } from "vitest";
import { runHarness } from "../helpers/run-cli.ts";
import { exitCodeFor, readManifest, type SpecModel } from "./manifest.ts";

/**
 * Every CI-tier model of spec/models.json through `harness check --json`, as a user runs it:
 * the verdict, the violated name and the exit code must be the ones the manifest expects, and a
 * counterexample must show what the model is about (the disjoint quorums, the second chosen
 * value, the stale read). Bench-tier models are run by `npm run bench:check` instead.
 */
interface JsonStep {
  readonly action: string | null;
  readonly state: Readonly<Record<string, string>>;
}

interface JsonResult {
  readonly result: string;
  readonly violated: string | null;
  readonly distinct: number;
  readonly trace: readonly JsonStep[];
  readonly error: unknown;
}

function check(model: SpecModel): { code: number; result: JsonResult; stderr: string } {
  const run = runHarness(["check", model.spec, "--config", model.config, "--json"]);
  let result: JsonResult;
  try {
    result = JSON.parse(run.stdout) as JsonResult;
  } catch {
    throw new Error(`harness check ${model.spec} --config ${model.config} printed no JSON (exit ${run.code}):\n${run.stderr}${run.stdout}`);
  }
  return { code: run.code, result, stderr: run.stderr };
}

/** The elements of a printed set of model values, e.g. "{n1, n2}" -> ["n1", "n2"]. */
function modelValueSet(text: string | undefined): string[] {
  const m = /^\{(.*)\}$/.exec(text ?? "");
  if (!m) throw new Error(`not a set: ${text}`);
  return m[1]!.trim() === "" ? [] : m[1]!.split(",").map((s) => s.trim());
}

function actionName(step: JsonStep | undefined): string | null {
  return step?.action == null ? null : /^[A-Za-z0-9_]+/.exec(step.action)![0];
}

/** What a counterexample of each spec must show, beyond the verdict. */
function assertCounterexample(model: SpecModel, trace: readonly JsonStep[]): void {
  const last = trace.at(-1);
  expect(last, "a violation comes with a counterexample").toBeDefined();
  expect(trace[0]!.action, "a counterexample starts in an initial state").toBeNull();
  if (model.spec.includes("Quorum") && model.expect.violated === "Intersection") {
    const q1 = modelValueSet(last!.state.q1);
    const q2 = modelValueSet(last!.state.q2);
    expect(q1.length).toBeGreaterThan(0);
    expect(q2.length).toBeGreaterThan(0);
    expect(q1.filter((n) => q2.includes(n)), `q1 = ${last!.state.q1}, q2 = ${last!.state.q2} must be disjoint`).toEqual([]);
  }
  if (model.spec.includes("Paxos")) {
    expect(modelValueSet(last!.state.chosen)).toHaveLength(2);
    expect(actionName(last)).toBe("Learn");
  }
  if (model.spec.includes("QuorumRegister")) {
    // A read returns at the end of its query phase (no write-back) or of its store phase.
    expect(["EndQuery", "EndStore"]).toContain(actionName(last));
    expect(last!.state.op).toContain('"read"');
  }
}

const ciModels = readManifest().filter((m) => m.tier === "ci");

describe("spec models: harness check gives each CI-tier model its expected verdict", () => {
  it("has CI-tier models to check", () => {
    expect(ciModels.length).toBeGreaterThan(0);
  });

  for (const model of ciModels) {
    const expected = model.expect.result === "ok" ? "ok" : `${model.expect.result} ${model.expect.violated}`;
    it(`${model.name}: ${expected}`, { timeout: 300_000 }, () => {
      const { code, result, stderr } = check(model);
      const summary = `${model.name}: got ${result.result} ${result.violated ?? ""} (exit ${code}), error ${JSON.stringify(result.error)}\n${stderr}`;
      expect(result.result, summary).toBe(model.expect.result);
      expect(result.violated, summary).toBe(model.expect.violated);
      expect(code, summary).toBe(exitCodeFor[model.expect.result]);
      expect(result.error, summary).toBeNull();
      if (model.expect.result === "ok") {
        // The reachable states of a model that holds are a property of the spec, whatever the checker.
        if (model.expect.distinct !== undefined) expect(result.distinct, summary).toBe(model.expect.distinct);
        expect(result.distinct).toBeGreaterThan(0);
        expect(result.trace).toEqual([]);
      } else {
        assertCounterexample(model, result.trace);
      }
    });
  }
});
