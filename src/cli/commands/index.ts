import type { Command } from "commander";
import { registerAudit } from "./audit.ts";
import { registerCheck } from "./check.ts";
import { registerCodegen } from "./codegen.ts";
import { registerFuzz } from "./fuzz.ts";
import { registerQuorum } from "./quorum.ts";
import { registerReplay } from "./replay.ts";
import { registerSimulate } from "./simulate.ts";
import { registerValidate } from "./validate.ts";
import { registerVerify } from "./verify.ts";

/**
 * Every command of the CLI, one registration each. A command module only declares its flags
 * and hands them to a pipeline in the application layer (src/check, src/validate, ...).
 * Keep `harness --help` listing in the order a new user meets them.
 */
export function registerCommands(program: Command): void {
  registerCheck(program);
  registerQuorum(program);
  registerSimulate(program);
  registerValidate(program);
  registerFuzz(program);
  registerReplay(program);
  registerVerify(program);
  registerAudit(program);
  registerCodegen(program);
}
