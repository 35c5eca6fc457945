import { formatTlcRange } from "../diagnostics/location.ts";
import { problem, ProblemError, type Problem } from "../diagnostics/problem.ts";
import type { AssumptionInfo, CompiledSpec } from "../tla/eval/index.ts";

export type AssumptionOutcome =
  | { readonly kind: "hold" }
  | { readonly kind: "false"; readonly assumption: AssumptionInfo }
  | { readonly kind: "error"; readonly problem: Problem };

/** TLC checks every ASSUME, in module order, before computing any state; the first false one stops it (exit 10). */
export function checkAssumptions(spec: CompiledSpec): AssumptionOutcome {
  for (const a of spec.assumptions) {
    try {
      if (!a.holds()) return { kind: "false", assumption: a };
    } catch (err) {
      if (err instanceof ProblemError) {
        const where = `Evaluating assumption ${formatTlcRange(a.location, a.module)} failed.`;
        return { kind: "error", problem: { ...err.problem, details: [...(err.problem.details ?? []), where] } };
      }
      const message = err instanceof Error ? err.message : String(err);
      return { kind: "error", problem: problem("internal", `evaluating the assumption failed: ${message}`, a.location) };
    }
  }
  return { kind: "hold" };
}
