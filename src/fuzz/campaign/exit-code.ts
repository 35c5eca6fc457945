import { ExitCode } from "../../diagnostics/exit-codes.ts";
import { exitCodeOfVerdict } from "../../validate/verdict.ts";
import type { ExplainedFailure } from "../failure/explain-failure.ts";

/**
 * A failure's exit code is the trace checker's for the same trace: 12 for a refused step or a
 * violated invariant, 13 for a violated PROPERTY. An implementation that threw, or a failure
 * that could not be reproduced, is 255.
 */
export function failureExitCode(f: ExplainedFailure | null): ExitCode {
  if (f === null || f.outcome.kind === "crash") return ExitCode.other;
  return exitCodeOfVerdict(f.outcome.verdict);
}
