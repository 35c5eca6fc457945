import { existsSync, readFileSync } from "node:fs";
import { renderProblem } from "../diagnostics/render.ts";
import { problem, type Problem } from "../diagnostics/problem.ts";
import { parseConfig } from "../tla/config/parse-config.ts";
import { compileSpec } from "../tla/eval/index.ts";
import { loadSpec } from "../tla/modules/load-spec.ts";
import type { LoadedSpec } from "../tla/modules/loaded-spec.ts";
import { checkAssumptions } from "./assumptions.ts";
import { bindModel } from "./bind.ts";
import { bindConstants } from "./constants.ts";
import { explore } from "./explore.ts";
import type { CheckOptions } from "./options.ts";
import type { CheckResult } from "./result.ts";
import { tlaModel } from "./tla-model.ts";
import { toCheckResult } from "./to-result.ts";

/**
 * The native engine's pipeline for `harness check`: load the spec, read the .cfg, bind its
 * constants, compile, check the ASSUMEs, explore, and report. Every failure, from a syntax error
 * to a run-time evaluation error, comes back as a CheckResult (never thrown), so `--json` always
 * prints one object and the exit code follows from it.
 */
export async function checkNative(specPath: string, options: CheckOptions = {}): Promise<CheckResult> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const failed = (problems: readonly Problem[], notes: readonly string[] = []): CheckResult => errorResult(problems, seconds(), notes);

  // Paths stay as the user gave them, so messages point where they expect (spec/X.tla:3:5).
  const specFile = specPath;
  const loaded = loadSpec(specFile);
  if ("problems" in loaded) return failed(loaded.problems);

  const configFile = options.config ?? specFile.replace(/\.tla$/, "") + ".cfg";
  if (!existsSync(configFile)) {
    return failed([problem("io", `Cannot find the model configuration file ${configFile}${options.config ? "" : " (the .cfg beside the spec; pass --config to name another)"}.`)]);
  }
  const parsedConfig = parseConfig(readFileSync(configFile, "utf8"), configFile);
  if ("problems" in parsedConfig) return failed(parsedConfig.problems);
  const config = parsedConfig.config;

  const definitionNames = definitionsOf(loaded.spec);
  const constants = bindConstants(loaded.spec, config, (name) => definitionNames.has(name));
  if (!constants.ok) return failed(constants.problems);

  const compiled = compileSpec(loaded.spec, constants.bindings, { print: options.print ?? ((line) => process.stderr.write(line + "\n")) });
  if (!compiled.ok) return failed(compiled.problems);
  const spec = compiled.spec;

  const bound = bindModel(spec, config, options.deadlock === false ? { deadlock: false } : {});
  if (bound.kind === "problem") return failed([bound.problem]);

  const assumptions = checkAssumptions(spec);
  if (assumptions.kind === "error") return failed([assumptions.problem], bound.notes);
  if (assumptions.kind === "false") {
    const a = assumptions.assumption;
    return early("assumption", a.name ?? `ASSUME at line ${a.location.line}`, null, seconds(), bound.notes, { violatedLocation: a.location });
  }
  if (bound.kind === "assumptions-only") return early("ok", null, null, seconds(), bound.notes);

  const model = tlaModel(bound.parts);
  const exploration = explore(model, {
    ...(options.maxStates !== undefined ? { maxStates: options.maxStates } : {}),
    ...(options.onProgress ? { onProgress: (p) => options.onProgress!({ ...p, seconds: seconds() }) } : {}),
  });
  return toCheckResult(model, exploration, { seconds: seconds(), notes: bound.notes });
}

/** Names the spec's modules define, which a .cfg may override like constants. */
function definitionsOf(spec: LoadedSpec): Set<string> {
  const names = new Set<string>();
  for (const m of spec.modules.values()) for (const u of m.ast.units) if (u.kind === "operator" || u.kind === "function") names.add(u.name);
  return names;
}

/** A result reached before any state was computed, fields in the order `--json` prints them. */
function early(result: CheckResult["result"], violated: string | null, error: Problem | null, seconds: number, notes: readonly string[], extra: Partial<CheckResult> = {}): CheckResult {
  return {
    result,
    violated,
    ...extra,
    distinct: 0,
    generated: 0,
    depth: 0,
    leftOnQueue: 0,
    trace: [],
    error,
    seconds,
    ...(notes.length > 0 ? { notes } : {}),
    engine: "native",
  };
}

/** The first problem is the result's error; the others follow in its details so none is lost. */
function errorResult(problems: readonly Problem[], seconds: number, notes: readonly string[]): CheckResult {
  const [first, ...rest] = problems.length > 0 ? problems : [problem("internal", "failed without saying why")];
  const error: Problem = rest.length === 0 ? first! : { ...first!, details: [...(first!.details ?? []), ...rest.map((p) => renderProblem(p))] };
  return early("error", null, error, seconds, notes);
}
