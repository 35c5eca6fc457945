import type { SourceLocation } from "../../diagnostics/location.ts";
import type { Expr } from "../syntax/ast.ts";
import type { Value } from "../values/value.ts";
import { FALSE, TRUE } from "../values/index.ts";
import type { CompileCtx } from "./compile-context.ts";
import { compileAct, type Act } from "./compile-act.ts";
import { compileExpr } from "./compile-expr.ts";
import { STATE } from "./level.ts";
import { evalFail } from "./locate.ts";
import { Ctx } from "./runtime.ts";
import type { Compiled, Scope } from "./scope.ts";

/** Thrown to stop an enumeration at its first successor. */
class Found {}
const FOUND = new Found();

/**
 * `ENABLED A`: whether some next state satisfies A from the current state, found by enumerating
 * A's successors as the model checker does and stopping at the first.
 */
export function compileEnabled(x: Expr, sc: Scope, cc: CompileCtx, loc: SourceLocation): Compiled {
  compileExpr(x, sc, cc); // resolve names now, so errors surface at compile time
  let act: Act | null = null;
  return {
    ev: (env, ctx) => {
      if (ctx.t !== null && ctx.s.length === 0) return evalFail("ENABLED is evaluated without a current state.", loc);
      act ??= compileAct(x, sc, cc, "next");
      const partial: (Value | undefined)[] = new Array(cc.variables.length).fill(undefined);
      try {
        act(env, new Ctx(ctx.s, partial), () => {
          throw FOUND;
        });
      } catch (e) {
        if (e === FOUND) return TRUE;
        throw e;
      }
      return FALSE;
    },
    level: STATE,
  };
}
