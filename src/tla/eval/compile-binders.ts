import type { FcnConstructor, SetFilter, SetMap } from "../syntax/ast.ts";
import type { Value } from "../values/value.ts";
import { enumerate, fcnFromSorted, filterOf, normalizeSet, product, setFromCanonical, setOf } from "../values/index.ts";
import type { CompileCtx } from "./compile-context.ts";
import { compileExpr } from "./compile-expr.ts";
import { asBool } from "./booleans.ts";
import { bindValue, boundElements, declareBounds, forEachBinding } from "./bounds.ts";
import { locate } from "./locate.ts";
import { maxLevel } from "./level.ts";
import { Env, snapshotEnv } from "./runtime.ts";
import type { Compiled, Scope } from "./scope.ts";

/**
 * `{x \in S : P}`. Over an enumerated set or an interval it is computed at once; over any other
 * set (Nat, SUBSET S, ...) it stays symbolic as TLC's SetPredValue does, so membership works
 * and printing fails for an infinite base (quirk 10). The symbolic form keeps a snapshot of the
 * bound identifiers, since the enclosing quantifiers move on before it is used.
 */
export function compileSetFilter(e: SetFilter, sc: Scope, cc: CompileCtx): Compiled {
  const inner = sc.child();
  const cb = declareBounds([e.bound], sc, inner, cc);
  const pred = compileExpr(e.pred, inner, cc);
  const pev = pred.ev;
  const set = cb.sets[0]!.ev;
  const binder = cb.binders[0]!;
  const predLoc = e.pred.loc;
  const loc = e.loc;
  return {
    ev: (env, ctx) => {
      const s = set(env, ctx);
      try {
        if (s.kind === "set" || s.kind === "interval") {
          const xs = enumerate(s);
          const out: Value[] = [];
          const vars = env.vars;
          for (let i = 0; i < xs.length; i++) {
            bindValue(vars, binder, xs[i]!);
            if (asBool(pev(env, ctx), predLoc)) out.push(xs[i]!);
          }
          return setFromCanonical(out);
        }
        const snap = snapshotEnv(env);
        return filterOf(s, (x) => {
          const local = new Env(snap.vars.slice(), snap.up);
          bindValue(local.vars, binder, x);
          return asBool(pev(local, ctx), predLoc);
        });
      } catch (err) {
        return locate(err, loc);
      }
    },
    level: maxLevel(cb.level, pred.level),
  };
}

/** `{e : x \in S, y \in T}`: computed at once, as TLC does; a set of incomparable values is built lazily (quirk 7). */
export function compileSetMap(e: SetMap, sc: Scope, cc: CompileCtx): Compiled {
  const inner = sc.child();
  const cb = declareBounds(e.bounds, sc, inner, cc);
  const body = compileExpr(e.body, inner, cc);
  const bev = body.ev;
  const loc = e.loc;
  return {
    ev: (env, ctx) => {
      const elems = boundElements(cb, env, ctx);
      const out: Value[] = [];
      forEachBinding(cb, elems, env, () => {
        out.push(bev(env, ctx));
        return false;
      });
      try {
        return setOf(out);
      } catch (err) {
        return locate(err, loc);
      }
    },
    level: maxLevel(cb.level, body.level),
  };
}

/**
 * `[x \in S, y \in T |-> e]`, computed over the whole domain (S, or S \X T for several bounds)
 * in canonical order. TLC keeps such a function lazy; an infinite domain is therefore an error
 * here unless the function is a named definition (`f[n \in Nat] == ...`), which compile-let.ts
 * applies without building.
 */
export function compileFcnConstructor(e: FcnConstructor, sc: Scope, cc: CompileCtx): Compiled {
  const inner = sc.child();
  const cb = declareBounds(e.bounds, sc, inner, cc);
  const body = compileExpr(e.body, inner, cc);
  const bev = body.ev;
  const binders = cb.binders;
  const loc = e.loc;
  const setLocs = cb.setLocs;
  return {
    ev: (env, ctx) => {
      const sets: Value[] = binders.map((b) => cb.sets[b.set]!.ev(env, ctx));
      let domain: readonly Value[];
      try {
        domain = binders.length === 1 ? enumerate(sets[0]!) : normalizeSet(product(sets)).elems;
      } catch (err) {
        return locate(err, binders.length === 1 ? setLocs[0]! : loc);
      }
      const values = new Array<Value>(domain.length);
      const vars = env.vars;
      for (let i = 0; i < domain.length; i++) {
        const d = domain[i]!;
        if (binders.length === 1) bindValue(vars, binders[0]!, d);
        else {
          const parts = (d as { elems: readonly Value[] }).elems;
          for (let k = 0; k < binders.length; k++) bindValue(vars, binders[k]!, parts[k]!);
        }
        values[i] = bev(env, ctx);
      }
      try {
        return fcnFromSorted(domain, values, binders.length === 1 && sets[0]!.kind === "interval");
      } catch (err) {
        return locate(err, loc);
      }
    },
    level: maxLevel(cb.level, body.level),
  };
}
