import type { SourceLocation } from "../../diagnostics/location.ts";
import type { Expr } from "../syntax/ast.ts";
import { FALSE, TRUE, valuesEqual } from "../values/index.ts";
import type { CompileCtx } from "./compile-context.ts";
import { compileExpr } from "./compile-expr.ts";
import { lookupName } from "./compile-names.ts";
import { ACTION } from "./level.ts";
import { evalFail, locate } from "./locate.ts";
import { Ctx, type Env, type Ev } from "./runtime.ts";
import type { Compiled, Scope } from "./scope.ts";

/** The context in which `e'` is evaluated: the next state as the current one. */
export function primed(ctx: Ctx, loc: SourceLocation): Ctx {
  if (ctx.t === null) return evalFail("A primed expression was evaluated where there is no next state (in a state predicate, or primed twice).", loc);
  return new Ctx(ctx.t, null);
}

/** `x'` reads the next state; `e'` evaluates e in the next state. */
export function compilePrime(x: Expr, sc: Scope, cc: CompileCtx, loc: SourceLocation): Compiled {
  if (x.kind === "name" && x.path.length === 0) {
    const b = lookupName(x.name, x.path, sc, x.loc);
    if (b.kind === "stateVar") {
      const i = b.index;
      const name = b.name;
      return {
        ev: (_env, ctx) => {
          const t = ctx.t;
          if (t === null) return evalFail(`${name}' was evaluated where there is no next state (in a state predicate).`, loc);
          const v = t[i];
          if (v === undefined) return evalFail(`${name}' is used before the action has given it a value.`, loc);
          return v;
        },
        level: ACTION,
      };
    }
  }
  const inner = compileExpr(x, sc, cc);
  const ev = inner.ev;
  return { ev: (env, ctx) => ev(env, primed(ctx, loc)), level: ACTION };
}

/** Whether `ev` has the same value in the next state as in the current one (`e' = e`). */
export function unchangedIn(ev: Ev, env: Env, ctx: Ctx, loc: SourceLocation): boolean {
  const after = ev(env, primed(ctx, loc));
  const before = ev(env, ctx);
  try {
    return valuesEqual(after, before);
  } catch (err) {
    return locate(err, loc);
  }
}

/** `UNCHANGED e` as a predicate on a step: `e' = e`. */
export function compileUnchangedValue(x: Expr, sc: Scope, cc: CompileCtx, loc: SourceLocation): Compiled {
  const ev = compileExpr(x, sc, cc).ev;
  return { ev: (env, ctx) => (unchangedIn(ev, env, ctx, loc) ? TRUE : FALSE), level: ACTION };
}
