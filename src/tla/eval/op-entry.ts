import type { SourceLocation } from "../../diagnostics/location.ts";
import type { Expr, Param } from "../syntax/ast.ts";
import type { Value } from "../values/value.ts";
import type { Act } from "./compile-act.ts";
import type { Compiled, Frame, Scope } from "./scope.ts";

/**
 * A user-defined operator (module level or LET), compiled on first use so that recursive and
 * mutually recursive definitions resolve: a call compiles to a read of `body`, filled in once
 * the body has been compiled.
 */
export class OpEntry {
  body: Compiled | null = null;
  compiling = false;
  /** The body compiled for action enumeration (`next`) and initial-state enumeration (`init`). */
  readonly acts: { next?: Act; init?: Act } = {};
  /** The body compiled for calls passing bare state variables (`Assign(x, 0)`), by pattern. */
  readonly varArgActs = new Map<string, Act>();
  /** A zero-arity constant-level module definition is evaluated once per model. */
  cached: Value | undefined = undefined;

  constructor(
    readonly name: string,
    readonly module: string,
    /** The whole definition. */
    readonly loc: SourceLocation,
    readonly params: readonly Param[],
    readonly bodyExpr: Expr,
    /** The scope the body is compiled in: parameters bound, in `frame`. */
    readonly bodyScope: Scope,
    readonly frame: Frame,
    /** Depth of the frame the definition appears in (0 at module level, deeper inside a LET). */
    readonly defDepth: number,
    readonly local: boolean,
  ) {}

  get arity(): number {
    return this.params.length;
  }
}
