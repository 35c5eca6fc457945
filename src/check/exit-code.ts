import { ExitCode } from "../diagnostics/exit-codes.ts";
import { exitCodeFor } from "../diagnostics/problem.ts";
import type { CheckResult } from "./result.ts";

/** TLC's exit status for a result: 0, 10, 11, 12, 13, or the error's own code (75, 150, 151, 255). */
export function exitCodeForResult(r: CheckResult): ExitCode {
  switch (r.result) {
    case "ok":
      return ExitCode.ok;
    case "assumption":
      return ExitCode.assumption;
    case "deadlock":
      return ExitCode.deadlock;
    case "invariant":
      return ExitCode.safety;
    case "property":
      return ExitCode.property;
    case "error":
      return r.error ? exitCodeFor(r.error) : ExitCode.other;
  }
}
