import { Command, CommanderError } from "commander";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ExitCode } from "../diagnostics/exit-codes.ts";
import { registerCommands } from "./commands/index.ts";

const pkg = JSON.parse(readFileSync(fileURLToPath(new URL("../../package.json", import.meta.url)), "utf8")) as { version: string };

/**
 * The CLI's declaration: the program, its global behaviour, and the commands from ./commands.
 * Parsing errors are turned into a one-line message, the usage, and exit 255 (TLC's "other").
 */
export function buildProgram(): Command {
  const program = new Command("harness")
    .description("Verification harness for quorum and consensus protocols against their TLA+ specs")
    .version(pkg.version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showSuggestionAfterError(true)
    .configureOutput({
      // Commander's own error lines go to stderr; usage follows from the handler below.
      outputError: (str, write) => write(str),
    });
  registerCommands(program);
  for (const cmd of [program, ...program.commands]) {
    cmd.exitOverride();
    const name = cmd === program ? "harness" : `harness ${cmd.name()}`;
    cmd.showHelpAfterError(`Usage: ${name} ${cmd.usage()}\nRun '${name} --help' for details.`);
  }
  return program;
}

/** Commander signals help and version through errors too; map them to exit codes. */
export function exitCodeForCommanderError(err: CommanderError): number {
  if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return ExitCode.ok;
  return ExitCode.other;
}
