import type { Command } from "commander";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { ExitCode } from "../../diagnostics/exit-codes.ts";
import { fail, ProblemError } from "../../diagnostics/problem.ts";
import { runCampaign } from "../../fuzz/campaign/campaign.ts";
import { failureExitCode } from "../../fuzz/campaign/exit-code.ts";
import { DEFAULTS } from "../../fuzz/campaign/options.ts";
import { campaignToJson, renderCampaign } from "../../fuzz/campaign/render-campaign.ts";
import { parseShard, WHOLE } from "../../fuzz/campaign/shard.ts";
import { protocols, type Protocol } from "../../fuzz/targets/target.ts";
import { mutantNames } from "../../protocol/mutants.ts";
import { progress, writeJson, writeLine } from "../output.ts";
import { wholeNumber } from "./quorum.ts";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

interface FuzzFlags {
  runs: string;
  seed: string;
  steps: string;
  mutant: string[];
  shard?: string;
  json?: boolean;
  coverage: boolean;
  failures: string;
  root: string;
}

export function parseProtocol(text: string): Protocol {
  if (!(protocols as readonly string[]).includes(text)) fail("usage", `unknown protocol "${text}": use ${protocols.join(" or ")}`);
  return text as Protocol;
}

export function registerFuzz(program: Command): void {
  program
    .command("fuzz")
    .description("adversarial model-based testing: fast-check schedules against the implementation, every step judged by the spec")
    .argument("<protocol>", protocols.join(" or "))
    .option("--runs <n>", "schedules to run (a campaign stops at its first failure)", String(DEFAULTS.runs))
    .option("--seed <n>", "campaign seed: the same seed runs the same schedules", String(DEFAULTS.seed))
    .option("--steps <n>", "at most this many steps per schedule", String(DEFAULTS.steps))
    .option("--mutant <name>", `switch on a seeded bug (repeatable): ${mutantNames.join(", ")}`, (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--shard <i/n>", "run the i-th of n equal shares of the campaign (for a CI matrix)")
    .option("--no-coverage", "skip counting the spec's reachable states (computed once, then cached)")
    .option("--failures <dir>", "where failing traces are written", "traces/failures")
    .option("--root <dir>", "project root holding spec/", repoRoot)
    .option("--json", "print the campaign's result as JSON")
    .action((protocolText: string, flags: FuzzFlags) => {
      const json = flags.json === true;
      let shard = WHOLE;
      if (flags.shard !== undefined) {
        const s = parseShard(flags.shard);
        if (!s.ok) throw new ProblemError(s.problem);
        shard = s.shard;
      }
      const protocol = parseProtocol(protocolText);
      const bar = progress({ json }, 200);
      const r = runCampaign(
        {
          protocol,
          mutants: flags.mutant,
          runs: wholeNumber("--runs", flags.runs, 1),
          seed: wholeNumber("--seed", flags.seed),
          steps: wholeNumber("--steps", flags.steps, 1),
          shard,
          coverage: flags.coverage,
          failureDir: flags.failures,
          cacheDir: join(flags.root, "node_modules", ".cache", "consensus-harness"),
          root: flags.root,
        },
        (p) => bar.update(p.phase === "runs" ? progressBar(protocol, p.done, p.total, p.seconds) : `fuzz ${protocol}: counting the spec's reachable states for coverage (cached after the first time)...`),
      );
      bar.done();
      if (!r.ok) throw new ProblemError(r.problem);
      if (json) writeJson(campaignToJson(r.result));
      else writeLine(renderCampaign(r.result));
      process.exitCode = r.result.failure === null ? ExitCode.ok : failureExitCode(r.result.failure.explained);
    });
}

function progressBar(protocol: string, done: number, total: number, seconds: number): string {
  const width = 30;
  const filled = Math.round((width * done) / Math.max(total, 1));
  return `fuzz ${protocol} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} runs, ${seconds.toFixed(1)} s`;
}
