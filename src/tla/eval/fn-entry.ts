import type { SourceLocation } from "../../diagnostics/location.ts";
import type { FunctionDef } from "../syntax/ast.ts";
import type { Value } from "../values/value.ts";
import type { CompiledBounds } from "./bounds.ts";
import type { Compiled, Frame, Scope } from "./scope.ts";

/**
 * A function definition `f[x \in S, y \in T] == body` (module level or LET). It is applied
 * without being built, as TLC does for recursive definitions over infinite domains such as
 * `tri[k \in Nat]`; only a use of `f` as a value builds the whole function.
 */
export class FnEntry {
  body: Compiled | null = null;
  /** The bounds (domain sets and the slots of the bound names), compiled with the body. */
  bounds: CompiledBounds | null = null;
  compiling = false;
  /** The whole function when it is constant-level and was built once. */
  cached: Value | undefined = undefined;

  constructor(
    readonly def: FunctionDef,
    readonly module: string,
    readonly bodyScope: Scope,
    readonly frame: Frame,
    readonly defDepth: number,
  ) {}

  get name(): string {
    return this.def.name;
  }
  get loc(): SourceLocation {
    return this.def.loc;
  }
}
