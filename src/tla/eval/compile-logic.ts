import type { AndExpr, Case, IfThenElse, OrExpr } from "../syntax/ast.ts";
import { FALSE, TRUE } from "../values/index.ts";
import type { Value } from "../values/value.ts";
import type { CompileCtx } from "./compile-context.ts";
import { compileExpr } from "./compile-expr.ts";
import { asBool, junctOperand } from "./booleans.ts";
import { evalFail } from "./locate.ts";
import { CONSTANT, maxLevel, type Level } from "./level.ts";
import type { Ev } from "./runtime.ts";
import type { Compiled, Scope } from "./scope.ts";

/** `/\`: left to right, stopping at the first FALSE (quirk 5); a non-Boolean operand is an error. */
export function compileAnd(e: AndExpr, sc: Scope, cc: CompileCtx): Compiled {
  const parts = e.conjuncts.map((c) => compileExpr(c, sc, cc));
  const evs = parts.map((p) => p.ev);
  const locs = e.conjuncts.map((c) => c.loc);
  const level = levelOf(parts);
  if (evs.length === 2) {
    const [a, b] = evs as [Ev, Ev];
    const [la, lb] = locs as [typeof e.loc, typeof e.loc];
    return {
      ev: (env, ctx) => (junctOperand(a(env, ctx), "P /\\ Q", "P", la) && junctOperand(b(env, ctx), "P /\\ Q", "Q", lb) ? TRUE : FALSE),
      level,
    };
  }
  return {
    ev: (env, ctx) => {
      for (let i = 0; i < evs.length; i++) {
        if (!junctOperand(evs[i]!(env, ctx), "P /\\ Q", i === 0 ? "P" : "Q", locs[i]!)) return FALSE;
      }
      return TRUE;
    },
    level,
  };
}

/** `\/`: left to right, stopping at the first TRUE. */
export function compileOr(e: OrExpr, sc: Scope, cc: CompileCtx): Compiled {
  const parts = e.disjuncts.map((c) => compileExpr(c, sc, cc));
  const evs = parts.map((p) => p.ev);
  const locs = e.disjuncts.map((c) => c.loc);
  return {
    ev: (env, ctx) => {
      for (let i = 0; i < evs.length; i++) {
        if (junctOperand(evs[i]!(env, ctx), "P \\/ Q", i === 0 ? "P" : "Q", locs[i]!)) return TRUE;
      }
      return FALSE;
    },
    level: levelOf(parts),
  };
}

export function compileIf(e: IfThenElse, sc: Scope, cc: CompileCtx): Compiled {
  const c = compileExpr(e.cond, sc, cc);
  const t = compileExpr(e.then, sc, cc);
  const f = compileExpr(e.else, sc, cc);
  const cond = c.ev;
  const th = t.ev;
  const el = f.ev;
  const loc = e.cond.loc;
  return {
    ev: (env, ctx) => {
      const v = cond(env, ctx);
      if (v.kind !== "bool") {
        return evalFail("A non-boolean expression was used as the condition of an IF.", loc);
      }
      return v.value ? th(env, ctx) : el(env, ctx);
    },
    level: maxLevel(c.level, maxLevel(t.level, f.level)),
  };
}

/** The first arm (in textual order) whose guard is TRUE; OTHER last; none true is TLC's error. */
export function compileCase(e: Case, sc: Scope, cc: CompileCtx): Compiled {
  const guards = e.arms.map((a) => compileExpr(a.guard, sc, cc));
  const bodies = e.arms.map((a) => compileExpr(a.body, sc, cc));
  const other = e.other === null ? null : compileExpr(e.other, sc, cc);
  const gs = guards.map((g) => g.ev);
  const bs = bodies.map((b) => b.ev);
  const gl = e.arms.map((a) => a.guard.loc);
  const ot = other?.ev ?? null;
  const loc = e.loc;
  let level = maxLevel(levelOf(guards), levelOf(bodies));
  if (other) level = maxLevel(level, other.level);
  return {
    ev: (env, ctx) => {
      for (let i = 0; i < gs.length; i++) {
        if (asBool(gs[i]!(env, ctx), gl[i]!)) return bs[i]!(env, ctx);
      }
      if (ot !== null) return ot(env, ctx);
      return evalFail("Attempted to evaluate a CASE with no conditions true.", loc);
    },
    level,
  };
}

export function levelOf(parts: readonly { readonly level: Level }[]): Level {
  let l: Level = CONSTANT;
  for (const p of parts) l = maxLevel(l, p.level);
  return l;
}

export function boolValue(b: boolean): Value {
  return b ? TRUE : FALSE;
}
