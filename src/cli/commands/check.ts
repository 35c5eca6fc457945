import type { Command } from "commander";
import { checkNative } from "../../check/native.ts";
import type { CheckOptions } from "../../check/options.ts";
import { renderCheckResult } from "../../check/render.ts";
import type { CheckResult } from "../../check/result.ts";
import { checkWithEngine, type Engine, engineRunJson, renderEngineRun, tlcOptionsFromFlags } from "../../tlc/engines.ts";
import { runTlc } from "../../tlc/run-tlc-check.ts";
import { engineName, positiveInteger } from "../flag-values.ts";
import { progress, writeJson, writeLine } from "../output.ts";

interface CheckFlags {
  readonly config?: string;
  readonly json?: boolean;
  readonly deadlock: boolean;
  readonly maxStates?: number;
  readonly engine: Engine;
}

/**
 * `harness check <spec.tla>`: model-check a spec against its .cfg as TLC would, with TLC's exit
 * codes. The engine is chosen in `runCheck`, the one place an `--engine` option would branch.
 */
export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("model-check a TLA+ spec with its .cfg (breadth-first, as TLC) and print TLC's verdict")
    .argument("<spec>", "the root module, e.g. spec/Paxos.tla")
    .option("--config <file>", "the model's .cfg (default: the .cfg beside the spec with the same name)")
    .option("--json", "print the result as one JSON object")
    .option("--no-deadlock", "do not report states without successors (as TLC's -deadlock)")
    .option("--max-states <n>", "stop once more than n distinct states are found", positiveInteger)
    .option("--engine <engine>", "native, tlc (the real TLC: needs Java 11+), or both (any difference in verdict or counts fails)", engineName, "native")
    .action(async (spec: string, flags: CheckFlags) => {
      const json = flags.json === true;
      const bar = progress({ json }, 2000);
      const options: CheckOptions = {
        ...(flags.config !== undefined ? { config: flags.config } : {}),
        ...(flags.deadlock ? {} : { deadlock: false }),
        ...(flags.maxStates !== undefined ? { maxStates: flags.maxStates } : {}),
        print: json ? (line) => process.stderr.write(line + "\n") : (line) => writeLine(line),
        onProgress: (p) =>
          bar.update(
            `${p.distinct} distinct, ${p.generated} generated (${Math.round(p.distinct / Math.max(p.seconds, 1e-3))} distinct/s), ` +
              `${p.queued} on queue, depth ${p.depth}, ${p.seconds.toFixed(0)} s`,
          ),
      };
      const run = await checkWithEngine(flags.engine, () => runCheck(spec, options), () => runTlc(spec, tlcOptionsFromFlags(flags)));
      bar.done();
      if (json) writeJson(engineRunJson(run));
      else writeLine(renderEngineRun(run, renderCheckResult));
      process.exitCode = run.exitCode;
    });
}

function runCheck(spec: string, options: CheckOptions): Promise<CheckResult> {
  return checkNative(spec, options);
}


