import type { SourceLocation } from "./location.ts";
import { ExitCode } from "./exit-codes.ts";

/**
 * Every failure a user can cause is a Problem: typed data with a code and a location.
 * Wording for the terminal and the JSON shape are produced by ./render.ts, never here.
 *
 * Codes (one line each, so that the list stays the single place to look):
 * - spec-parse:       the .tla text does not parse (tree-sitter ERROR/MISSING node, bad module structure)
 * - spec-semantic:    it parses but is wrong: unknown identifier, wrong arity, missing module
 * - config-parse:     the .cfg does not parse or names something the spec lacks
 * - unsupported:      a construct or option the engine does not implement (names the construct)
 * - evaluation:       evaluating an expression failed (domain error, type mismatch, no CHOOSE witness, ...)
 * - trace-format:     a trace file line is malformed
 * - usage:            a CLI flag or argument is wrong
 * - io:               a file cannot be read or written
 * - tool-missing:     an external tool (Java, tla2tools.jar) is absent or unusable
 * - limit:            a run stopped at a user-set bound (--max-states) before finishing
 * - internal:         a bug in the harness; rendered with a request to report it
 */
export type ProblemCode =
  | "spec-parse"
  | "spec-semantic"
  | "config-parse"
  | "unsupported"
  | "evaluation"
  | "trace-format"
  | "usage"
  | "io"
  | "tool-missing"
  | "limit"
  | "internal";

export interface Problem {
  readonly code: ProblemCode;
  readonly message: string;
  readonly location?: SourceLocation;
  /** Further lines of explanation (e.g. TLC's own multi-line message). */
  readonly details?: readonly string[];
}

const exitByCode: Record<ProblemCode, ExitCode> = {
  "spec-parse": ExitCode.specParse,
  "spec-semantic": ExitCode.specParse,
  "config-parse": ExitCode.configParse,
  unsupported: ExitCode.other,
  evaluation: ExitCode.evaluation,
  "trace-format": ExitCode.other,
  usage: ExitCode.other,
  io: ExitCode.other,
  "tool-missing": ExitCode.other,
  limit: ExitCode.other,
  internal: ExitCode.other,
};

export function exitCodeFor(problem: Problem): ExitCode {
  return exitByCode[problem.code];
}

/**
 * Thrown only to unwind deep recursion (parser, evaluator) to the nearest boundary, which turns
 * it back into data. Code outside the engine should return Problems, not throw them.
 */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
    this.name = "ProblemError";
  }
}

export function problem(code: ProblemCode, message: string, location?: SourceLocation, details?: readonly string[]): Problem {
  return { code, message, ...(location ? { location } : {}), ...(details ? { details } : {}) };
}

export function fail(code: ProblemCode, message: string, location?: SourceLocation, details?: readonly string[]): never {
  throw new ProblemError(problem(code, message, location, details));
}
