import { CommanderError } from "commander";
import { ExitCode } from "../diagnostics/exit-codes.ts";
import { exitCodeFor, ProblemError } from "../diagnostics/problem.ts";
import { renderProblem } from "../diagnostics/render.ts";
import { buildProgram, exitCodeForCommanderError } from "./program.ts";

/**
 * The process edge: parse argv, run the command, set the exit code. Nothing below this file
 * calls process.exit, so every command stays testable in-process.
 * No stack trace reaches a user unless HARNESS_DEBUG=1.
 */
async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : ExitCode.ok;
  } catch (err) {
    if (err instanceof CommanderError) return exitCodeForCommanderError(err);
    if (err instanceof ProblemError) {
      process.stderr.write(renderProblem(err.problem) + "\n");
      return exitCodeFor(err.problem);
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`internal error: ${message} (please report this; HARNESS_DEBUG=1 shows the stack)\n`);
    if (process.env.HARNESS_DEBUG === "1" && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return ExitCode.other;
  }
}

const code = await main(process.argv.slice(2));
// Let stdout drain before exiting: large --json outputs are often piped.
process.exitCode = code;
