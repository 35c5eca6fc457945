import type { StepNoStutter, StepOrStutter } from "../syntax/ast.ts";
import { FALSE, TRUE } from "../values/index.ts";
import type { CompileCtx } from "./compile-context.ts";
import { compileExpr } from "./compile-expr.ts";
import { junctOperand } from "./booleans.ts";
import { ACTION } from "./level.ts";
import { unchangedIn } from "./compile-prime.ts";
import type { Compiled, Scope } from "./scope.ts";

/** `[A]_v` as a predicate on a step: A \/ v' = v. */
export function compileStepOrStutter(e: StepOrStutter, sc: Scope, cc: CompileCtx): Compiled {
  const a = compileExpr(e.action, sc, cc).ev;
  const v = compileExpr(e.sub, sc, cc).ev;
  const aloc = e.action.loc;
  const loc = e.sub.loc;
  return {
    ev: (env, ctx) => (junctOperand(a(env, ctx), "[A]_v", "P", aloc) || unchangedIn(v, env, ctx, loc) ? TRUE : FALSE),
    level: ACTION,
  };
}

/** `<<A>>_v` as a predicate on a step: A /\ v' /= v. */
export function compileStepNoStutter(e: StepNoStutter, sc: Scope, cc: CompileCtx): Compiled {
  const a = compileExpr(e.action, sc, cc).ev;
  const v = compileExpr(e.sub, sc, cc).ev;
  const aloc = e.action.loc;
  const loc = e.sub.loc;
  return {
    ev: (env, ctx) => (junctOperand(a(env, ctx), "<<A>>_v", "P", aloc) && !unchangedIn(v, env, ctx, loc) ? TRUE : FALSE),
    level: ACTION,
  };
}
