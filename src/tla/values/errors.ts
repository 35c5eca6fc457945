import { ProblemError, problem } from "../../diagnostics/problem.ts";

/**
 * Evaluation errors raised by value operations. They carry TLC's wording but no location: the
 * evaluator knows which expression was being evaluated and adds it (catching ProblemError with
 * code "evaluation" and no location, and re-throwing with one).
 *
 * TLC's messages put the offending value on its own line ("...non-integer:\n\"a\""); we keep
 * the first line as `message` and the following lines as `details`, so renderers indent them.
 */
export function evalError(message: string, ...details: string[]): never {
  throw new ProblemError(problem("evaluation", message, undefined, details.length > 0 ? details : undefined));
}

/** The full text of an evaluation error as TLC would print it: message then details, one per line. */
export function errorText(e: ProblemError): string {
  return [e.problem.message, ...(e.problem.details ?? [])].join("\n");
}

/** True when `e` is an evaluation error raised by the values layer (or the evaluator). */
export function isEvalError(e: unknown): e is ProblemError {
  return e instanceof ProblemError && e.problem.code === "evaluation";
}
