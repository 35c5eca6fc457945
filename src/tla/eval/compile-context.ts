import type { SourceLocation } from "../../diagnostics/location.ts";
import { fail } from "../../diagnostics/problem.ts";

/**
 * What every compile function needs besides the expression and its scope: the model's state
 * variables and the host services a spec can reach (where Print writes).
 */
export interface CompileCtx {
  readonly variables: readonly string[];
  readonly print: (line: string) => void;
  /** The module the expression being compiled is written in (for messages and ActionInfo). */
  readonly module: string;
}

export function withModule(cc: CompileCtx, module: string): CompileCtx {
  return module === cc.module ? cc : { ...cc, module };
}

/** A name or arity error found while compiling: the spec is wrong (SANY's level). */
export function semanticError(message: string, loc: SourceLocation): never {
  return fail("spec-semantic", message, loc);
}

export function unsupported(message: string, loc: SourceLocation): never {
  return fail("unsupported", message, loc);
}
