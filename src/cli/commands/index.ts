import type { Command } from "commander";
import { registerVerify } from "./verify.ts";

/**
 * Every command of the CLI, one registration each. A command module only declares its flags
 * and hands them to a pipeline in the application layer (src/check, src/validate, ...).
 * Keep `harness --help` listing in the order a new user meets them.
 */
export function registerCommands(program: Command): void {
  registerVerify(program);
}
