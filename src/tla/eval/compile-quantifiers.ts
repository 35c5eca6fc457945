import type { SourceLocation } from "../../diagnostics/location.ts";
import type { Choose, Quant, QuantUnbounded } from "../syntax/ast.ts";
import type { Value } from "../values/value.ts";
import { FALSE, TRUE, enumerate, showValue } from "../values/index.ts";
import type { CompileCtx } from "./compile-context.ts";
import { compileExpr } from "./compile-expr.ts";
import { asBool } from "./booleans.ts";
import { bindValue, boundElements, declareBounds, forEachBinding, type Binder } from "./bounds.ts";
import { evalFail, locate } from "./locate.ts";
import { maxLevel } from "./level.ts";
import type { Compiled, Scope } from "./scope.ts";

/**
 * `\A` and `\E` over bounded sets, visiting elements in canonical order and stopping at the
 * first witness (quirk 2: `\E x \in {1, 2, 0} : 10 \div x = 10` fails on 0 first).
 */
export function compileQuant(e: Quant, sc: Scope, cc: CompileCtx): Compiled {
  const inner = sc.child();
  const cb = declareBounds(e.bounds, sc, inner, cc);
  const body = compileExpr(e.body, inner, cc);
  const bev = body.ev;
  const loc = e.body.loc;
  const level = maxLevel(cb.level, body.level);
  const setLoc = e.bounds[0]!.set.loc;
  const exists = e.quantifier === "\\E";
  if (cb.binders.length === 1 && !cb.binders[0]!.tuple) {
    const slot = cb.binders[0]!.slots[0]!;
    const set = cb.sets[0]!.ev;
    return {
      ev: (env, ctx) => {
        const xs = enumerateAt(set(env, ctx), setLoc);
        const vars = env.vars;
        for (let i = 0; i < xs.length; i++) {
          vars[slot] = xs[i]!;
          if (asBool(bev(env, ctx), loc) === exists) return exists ? TRUE : FALSE;
        }
        return exists ? FALSE : TRUE;
      },
      level,
    };
  }
  return {
    ev: (env, ctx) => {
      const elems = boundElements(cb, env, ctx);
      const stopped = forEachBinding(cb, elems, env, () => asBool(bev(env, ctx), loc) === exists);
      return stopped === exists ? TRUE : FALSE;
    },
    level,
  };
}

/** `\A x : P`, `\E x : P`: TLC cannot enumerate an unbounded quantifier either. */
export function compileQuantUnbounded(e: QuantUnbounded, sc: Scope, cc: CompileCtx): Compiled {
  const inner = sc.child();
  for (const n of e.names) {
    const frame = inner.frame!;
    inner.define(n.name, { kind: "slot", frame, slot: frame.alloc(), lazy: false, level: 0 });
  }
  const body = compileExpr(e.body, inner, cc);
  const loc = e.loc;
  return {
    ev: () => evalFail(`TLC cannot evaluate the unbounded quantifier ${e.quantifier} ${e.names.map((n) => n.name).join(", ")} : ...; bound it with \\in S.`, loc),
    level: body.level,
  };
}

/** `CHOOSE x \in S : P`: the first element of S in canonical order satisfying P (quirk 2). */
export function compileChoose(e: Choose, sc: Scope, cc: CompileCtx): Compiled {
  const inner = sc.child();
  if (e.set === null) {
    for (const n of e.pattern.names) {
      const frame = inner.frame!;
      inner.define(n.name, { kind: "slot", frame, slot: frame.alloc(), lazy: false, level: 0 });
    }
    const body = compileExpr(e.body, inner, cc);
    const loc = e.loc;
    return {
      ev: () => evalFail("Attempted to compute the value of an expression of form CHOOSE x : P, with no bound on x; TLC cannot evaluate an unbounded CHOOSE.", loc),
      level: body.level,
    };
  }
  const cb = declareBounds([{ loc: e.loc, pattern: e.pattern, set: e.set }], sc, inner, cc);
  const body = compileExpr(e.body, inner, cc);
  const bev = body.ev;
  const set = cb.sets[0]!.ev;
  const binder: Binder = cb.binders[0]!;
  const bodyLoc = e.body.loc;
  const setLoc = e.set.loc;
  const loc = e.loc;
  return {
    ev: (env, ctx) => {
      const s = set(env, ctx);
      const xs = enumerateAt(s, setLoc);
      for (let i = 0; i < xs.length; i++) {
        const x: Value = xs[i]!;
        bindValue(env.vars, binder, x);
        if (asBool(bev(env, ctx), bodyLoc)) return x;
      }
      return evalFail(
        "Attempted to compute the value of an expression of form CHOOSE x \\in S: P, but no element of S satisfied P.",
        loc,
        [`S = ${showValue(s)}`],
      );
    },
    level: maxLevel(cb.level, body.level),
  };
}

/** The elements of a bound set in canonical order; enumeration errors are located at the set. */
export function enumerateAt(s: Value, loc: SourceLocation): readonly Value[] {
  try {
    return enumerate(s);
  } catch (err) {
    return locate(err, loc);
  }
}
