import type { SourceLocation } from "../../diagnostics/location.ts";
import type { Expr, OpExpr } from "../syntax/ast.ts";
import type { Value } from "../values/value.ts";
import { enumerate, isMember, showValue, valuesEqual } from "../values/index.ts";
import type { CompileCtx } from "./compile-context.ts";
import { compileExpr } from "./compile-expr.ts";
import { lookupName } from "./compile-names.ts";
import { declareBounds, boundElements, forEachBinding } from "./bounds.ts";
import { declareLet } from "./compile-let.ts";
import { evalFail, locate } from "./locate.ts";
import type { Ctx, Env, Slot } from "./runtime.ts";
import type { Scope } from "./scope.ts";
import { unchangedIn } from "./compile-prime.ts";
import { compileUnchangedAct } from "./unchanged-act.ts";
import { compileOpAct } from "./call-act.ts";

/**
 * Action enumeration, the way TLC generates states (tlc2.tool.Tool.getNextStates and
 * getInitStates): an expression compiles to `Act = (env, ctx, k) => void`, which calls `k` once
 * per way of satisfying it, with the partial state (`ctx.t` for next states, `ctx.s` for initial
 * states) extended by the assignments made on that way, and undoes them afterwards.
 *
 * - conjuncts left to right, each continuing into the next;
 * - the first `x' = e` (init: `x = e`) assigns x, a later one tests; `x' \in S` branches over S;
 * - `\/`, `\E` branch (`\E` binds its first variable fastest, as TLC's ContextEnumerator);
 *   `\A` is the conjunction of its instances; IF, CASE, LET, `=>` are followed;
 * - a user operator is expanded (call-by-name) when it can assign, otherwise evaluated;
 * - `UNCHANGED v` assigns or tests each variable of v (through tuples and definitions);
 * - anything else is evaluated and must be a Boolean: TRUE continues, FALSE prunes.
 * Counting every call of the final continuation as a generated state matches TLC's counts
 * (duplicates and stuttering included).
 */
export type Cont = () => void;
export type Act = (env: Env, ctx: Ctx, k: Cont) => void;
export type ActMode = "next" | "init";

type Partial = (Value | undefined)[];

export function compileAct(e: Expr, sc: Scope, cc: CompileCtx, mode: ActMode): Act {
  switch (e.kind) {
    case "and":
      return compileConj(e.conjuncts, sc, cc, mode);
    case "or": {
      const acts = e.disjuncts.map((d) => compileAct(d, sc, cc, mode));
      return (env, ctx, k) => {
        for (let i = 0; i < acts.length; i++) acts[i]!(env, ctx, k);
      };
    }
    case "label":
      return compileAct(e.body, sc, cc, mode);
    case "bool":
      return e.value ? (_env, _ctx, k) => k() : () => {};
    case "if": {
      const cond = compileExpr(e.cond, sc, cc).ev;
      const th = compileAct(e.then, sc, cc, mode);
      const el = compileAct(e.else, sc, cc, mode);
      const loc = e.cond.loc;
      return (env, ctx, k) => {
        const v = cond(env, ctx);
        if (v.kind !== "bool") return evalFail(`In computing ${states(mode)}, a non-boolean expression was used as the condition of an IF.`, loc, [showValue(v)]);
        if (v.value) th(env, ctx, k);
        else el(env, ctx, k);
      };
    }
    case "case": {
      const guards = e.arms.map((a) => compileExpr(a.guard, sc, cc).ev);
      const arms = e.arms.map((a) => compileAct(a.body, sc, cc, mode));
      const other = e.other === null ? null : compileAct(e.other, sc, cc, mode);
      const locs = e.arms.map((a) => a.guard.loc);
      const loc = e.loc;
      return (env, ctx, k) => {
        for (let i = 0; i < guards.length; i++) {
          const v = guards[i]!(env, ctx);
          if (v.kind !== "bool") return evalFail(`In computing ${states(mode)}, a non-boolean expression was used as a guard of a CASE.`, locs[i]!, [showValue(v)]);
          if (v.value) return arms[i]!(env, ctx, k);
        }
        if (other === null) return evalFail("Attempted to evaluate a CASE with no conditions true.", loc);
        other(env, ctx, k);
      };
    }
    case "let": {
      const { scope, init } = declareLet(e, sc, cc);
      const body = compileAct(e.body, scope, cc, mode);
      return (env, ctx, k) => {
        for (let i = 0; i < init.length; i++) init[i]!(env, ctx);
        body(env, ctx, k);
      };
    }
    case "quant":
      return compileQuantAct(e, sc, cc, mode);
    case "name":
    case "apply": {
      const b = lookupName(e.name, e.path, sc, e.loc);
      if (b.kind === "op") return compileOpAct(b.entry, e.kind === "apply" ? e.args : [], e, sc, cc, mode);
      return test(e, sc, cc, mode);
    }
    case "op":
      return compileOpExprAct(e, sc, cc, mode);
    case "stepOrStutter": {
      const a = compileAct(e.action, sc, cc, mode);
      const u = compileUnchangedAct(e.sub, sc, cc, mode, e.sub.loc);
      return (env, ctx, k) => {
        a(env, ctx, k);
        u(env, ctx, k);
      };
    }
    case "stepNoStutter": {
      const a = compileAct(e.action, sc, cc, mode);
      const v = compileExpr(e.sub, sc, cc).ev;
      const loc = e.sub.loc;
      return (env, ctx, k) =>
        a(env, ctx, () => {
          if (!unchangedIn(v, env, ctx, loc)) k();
        });
    }
    default:
      return test(e, sc, cc, mode);
  }
}

function states(mode: ActMode): string {
  return mode === "next" ? "next states" : "initial states";
}

/** Any other expression: evaluated; TRUE continues, FALSE prunes, anything else is TLC's error. */
export function test(e: Expr, sc: Scope, cc: CompileCtx, mode: ActMode): Act {
  const ev = compileExpr(e, sc, cc).ev;
  const loc = e.loc;
  return (env, ctx, k) => {
    const v = ev(env, ctx);
    if (v.kind !== "bool") return evalFail(`In computing ${states(mode)}, TLC expected a boolean expression, but instead found:`, loc, [showValue(v)]);
    if (v.value) k();
  };
}

function compileConj(conjuncts: readonly Expr[], sc: Scope, cc: CompileCtx, mode: ActMode): Act {
  const acts = conjuncts.map((c) => compileAct(c, sc, cc, mode));
  if (acts.length === 1) return acts[0]!;
  // TLC's getInitStates evaluates the remaining conjuncts as plain predicates once every
  // variable has a value (so `\E` or `\/` there no longer duplicates initial states).
  const tests = mode === "init" ? conjuncts.map((c) => test(c, sc, cc, mode)) : null;
  let tail: Act = acts[acts.length - 1]!;
  for (let i = acts.length - 2; i >= 0; i--) {
    const head = acts[i]!;
    const rest = tail;
    if (tests === null) {
      tail = (env, ctx, k) => head(env, ctx, () => rest(env, ctx, k));
    } else {
      const restTests = tests.slice(i + 1);
      tail = (env, ctx, k) =>
        head(env, ctx, () => {
          if (allAssigned(ctx.s)) runTests(restTests, 0, env, ctx, k);
          else rest(env, ctx, k);
        });
    }
  }
  return tail;
}

function runTests(tests: readonly Act[], i: number, env: Env, ctx: Ctx, k: Cont): void {
  if (i === tests.length) return k();
  tests[i]!(env, ctx, () => runTests(tests, i + 1, env, ctx, k));
}

function allAssigned(s: readonly (Value | undefined)[]): boolean {
  for (let i = 0; i < s.length; i++) if (s[i] === undefined) return false;
  return true;
}

function compileQuantAct(e: Expr & { kind: "quant" }, sc: Scope, cc: CompileCtx, mode: ActMode): Act {
  const inner = sc.child();
  const cb = declareBounds(e.bounds, sc, inner, cc);
  const body = compileAct(e.body, inner, cc, mode);
  if (e.quantifier === "\\E") {
    return (env, ctx, k) => {
      const elems = boundElements(cb, env, ctx);
      forEachBinding(cb, elems, env, () => {
        body(env, ctx, k);
        return false;
      });
    };
  }
  // \A x \in S : A is the conjunction of A's instances, in enumeration order. The continuation of
  // one instance runs the next in the same frame, so each restores the frame when it returns.
  return (env, ctx, k) => {
    const elems = boundElements(cb, env, ctx);
    const rawCombos: Value[][] = [];
    forEachBinding(cb, elems, env, () => {
      const row: Value[] = [];
      for (const b of cb.binders) row.push(...b.slots.map((s) => env.vars[s] as Value));
      rawCombos.push(row);
      return false;
    });
    const step = (j: number): void => {
      if (j === rawCombos.length) return k();
      const row = rawCombos[j]!;
      let c = 0;
      for (const b of cb.binders) for (const s of b.slots) env.vars[s] = row[c++]!;
      body(env, ctx, () => {
        const saved: Slot[] = env.vars.slice();
        step(j + 1);
        for (let i = 0; i < saved.length; i++) env.vars[i] = saved[i];
      });
    };
    step(0);
  };
}

/** The state variable an assignment targets: `x'` (next) or `x` (init); -1 otherwise. */
function targetOf(lhs: Expr, sc: Scope, mode: ActMode): number {
  let name: Expr = lhs;
  if (mode === "next") {
    if (lhs.kind !== "op" || lhs.op !== "'") return -1;
    name = lhs.args[0]!;
  }
  if (name.kind !== "name" || name.path.length !== 0) return -1;
  const b = sc.lookup(name.name);
  return b !== undefined && b.kind === "stateVar" ? b.index : -1;
}

function partialOf(ctx: Ctx, mode: ActMode): Partial {
  return (mode === "next" ? ctx.t : ctx.s) as Partial;
}

function compileOpExprAct(e: OpExpr, sc: Scope, cc: CompileCtx, mode: ActMode): Act {
  const loc = e.loc;
  switch (e.op) {
    case "=": {
      const i = targetOf(e.args[0]!, sc, mode);
      if (i < 0) break;
      const rhs = compileExpr(e.args[1]!, sc, cc).ev;
      return (env, ctx, k) => {
        const p = partialOf(ctx, mode);
        const v = rhs(env, ctx);
        const cur = p[i];
        if (cur === undefined) {
          p[i] = v;
          k();
          p[i] = undefined;
          return;
        }
        if (equal(cur, v, loc)) k();
      };
    }
    case "\\in": {
      const i = targetOf(e.args[0]!, sc, mode);
      if (i < 0) break;
      const rhs = compileExpr(e.args[1]!, sc, cc).ev;
      return (env, ctx, k) => {
        const p = partialOf(ctx, mode);
        const s = rhs(env, ctx);
        const cur = p[i];
        if (cur !== undefined) {
          let member: boolean;
          try {
            member = isMember(cur, s);
          } catch (err) {
            return locate(err, loc);
          }
          if (member) k();
          return;
        }
        let xs: readonly Value[];
        try {
          xs = enumerate(s);
        } catch (err) {
          return locate(err, loc);
        }
        for (let j = 0; j < xs.length; j++) {
          p[i] = xs[j]!;
          k();
        }
        p[i] = undefined;
      };
    }
    case "UNCHANGED":
      if (mode === "next") return compileUnchangedAct(e.args[0]!, sc, cc, mode, loc);
      break;
    case "=>": {
      const cond = compileExpr(e.args[0]!, sc, cc).ev;
      const then = compileAct(e.args[1]!, sc, cc, mode);
      const cloc = e.args[0]!.loc;
      return (env, ctx, k) => {
        const v = cond(env, ctx);
        if (v.kind !== "bool") return evalFail(`In computing ${states(mode)} of a predicate of the form P => Q, P was not a boolean:`, cloc, [showValue(v)]);
        if (v.value) then(env, ctx, k);
        else k();
      };
    }
    default:
      break;
  }
  return test(e, sc, cc, mode);
}

export function equal(a: Value, b: Value, loc: SourceLocation): boolean {
  try {
    return valuesEqual(a, b);
  } catch (err) {
    return locate(err, loc);
  }
}
