import type { SourceLocation } from "../../diagnostics/location.ts";
import { ProblemError, problem } from "../../diagnostics/problem.ts";

/**
 * The one place where a failure inside a compiled closure gets its location.
 *
 * Value operations raise `ProblemError`s without a location (they do not know the spec); the
 * closure of the innermost expression that catches one adds its own location, and every
 * enclosing closure passes it on unchanged. A JavaScript exception that is not a ProblemError is
 * a bug in the harness: it becomes an `internal` problem at that location, never a stack trace.
 */
export function locate(e: unknown, loc: SourceLocation): never {
  if (e instanceof ProblemError) {
    if (e.problem.location !== undefined) throw e;
    throw new ProblemError({ ...e.problem, location: loc });
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    throw new ProblemError(
      problem("evaluation", "Stack overflow: the recursion is too deep (an unbounded RECURSIVE operator or recursive function?)", loc),
    );
  }
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  throw new ProblemError(problem("internal", message, loc));
}

/** An evaluation error raised by the evaluator itself, at a known location. */
export function evalFail(message: string, loc: SourceLocation, details?: readonly string[]): never {
  throw new ProblemError(problem("evaluation", message, loc, details));
}
