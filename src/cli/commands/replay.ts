import type { Command } from "commander";
import { fileURLToPath } from "node:url";
import { ExitCode } from "../../diagnostics/exit-codes.ts";
import { fail, ProblemError } from "../../diagnostics/problem.ts";
import { failureExitCode } from "../../fuzz/campaign/exit-code.ts";
import { DEFAULTS } from "../../fuzz/campaign/options.ts";
import { MAX_SEED } from "../../fuzz/campaign/shard.ts";
import { renderReplay, replayToJson } from "../../fuzz/replay/render-replay.ts";
import { replay, type ReplayRequest } from "../../fuzz/replay/replay.ts";
import { writeJson, writeLine } from "../output.ts";
import { parseProtocol } from "./fuzz.ts";
import { wholeNumber } from "./quorum.ts";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

interface ReplayFlags {
  protocol?: string;
  seed?: string;
  path?: string;
  replayPath?: string;
  steps: string;
  mutant: string[];
  failures: string;
  root: string;
  json?: boolean;
}

/** Either a failure file, or a protocol and seed (with fast-check's path to jump to the shrunk schedule). */
function request(file: string | undefined, flags: ReplayFlags): ReplayRequest {
  if (file !== undefined) {
    const extra = (["protocol", "seed", "path", "replayPath"] as const).filter((k) => flags[k] !== undefined);
    if (extra.length > 0 || flags.mutant.length > 0) fail("usage", "a failure file holds its protocol, mutants and schedule: give either the file or --protocol with --seed, not both");
    return { kind: "file", file, root: flags.root };
  }
  if (flags.seed === undefined || flags.protocol === undefined) fail("usage", "give a failure file (harness replay traces/failures/paxos-123.ndjson), or --protocol and --seed (with --path from the failure report)");
  if (flags.replayPath !== undefined && flags.path === undefined) fail("usage", "--replay-path goes with --path");
  const seed = wholeNumber("--seed", flags.seed);
  if (seed > MAX_SEED) fail("usage", `--seed ${seed}: must be at most ${MAX_SEED}`);
  if (flags.path !== undefined && !/^[0-9]+(:[0-9]+)*$/.test(flags.path)) fail("usage", `--path "${flags.path}": fast-check paths are numbers separated by colons, e.g. "0:3:1"`);
  return {
    kind: "seed",
    protocol: parseProtocol(flags.protocol),
    mutants: flags.mutant,
    steps: wholeNumber("--steps", flags.steps, 1),
    seed,
    ...(flags.path !== undefined ? { path: flags.path } : {}),
    ...(flags.replayPath !== undefined ? { replayPath: flags.replayPath } : {}),
    root: flags.root,
    failureDir: flags.failures,
  };
}

export function registerReplay(program: Command): void {
  program
    .command("replay")
    .description("reproduce a fuzzing failure from its trace file, or from fast-check's seed and path")
    .argument("[file]", "a failure trace written by harness fuzz (traces/failures/<protocol>-<seed>.ndjson)")
    .option("--protocol <name>", "with --seed: paxos or register")
    .option("--seed <n>", "fast-check's seed of the failing run")
    .option("--path <p>", "fast-check's counterexample path, e.g. 0:3:1")
    .option("--replay-path <r>", "the commands' replay path fast-check printed with it")
    .option("--steps <n>", "with --seed: the campaign's --steps", String(DEFAULTS.steps))
    .option("--mutant <name>", "with --seed: the campaign's mutants (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--failures <dir>", "with --seed: where the failing trace is written", "traces/failures")
    .option("--root <dir>", "project root holding spec/", repoRoot)
    .option("--json", "print the result as JSON")
    .action(async (file: string | undefined, flags: ReplayFlags) => {
      const r = await replay(request(file, flags));
      if (!r.ok) throw new ProblemError(r.problem);
      if (flags.json === true) writeJson(replayToJson(r.result));
      else writeLine(renderReplay(r.result));
      process.exitCode = r.result.failure === null && r.result.unexplained === null ? ExitCode.ok : failureExitCode(r.result.failure);
    });
}
