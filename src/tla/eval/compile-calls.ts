import type { SourceLocation } from "../../diagnostics/location.ts";
import type { Expr } from "../syntax/ast.ts";
import type { OperatorValue, Value } from "../values/value.ts";
import type { CompileCtx } from "./compile-context.ts";
import { semanticError } from "./compile-context.ts";
import { compileExpr } from "./compile-expr.ts";
import { compileLambdaOperator } from "./compile-let.ts";
import { ensureBody, lookupName } from "./compile-names.ts";
import { CONSTANT, maxLevel, type Level } from "./level.ts";
import { locate } from "./locate.ts";
import { Env, envAt, type Ctx, type Slot } from "./runtime.ts";
import type { Compiled, Scope } from "./scope.ts";
import type { Host, StdOp } from "./stdlib/std-op.ts";

/**
 * An argument passed to an operator parameter `F(_)`: a LAMBDA, the name of an operator (user,
 * standard, or an operator parameter in scope) with the right arity.
 */
export function operatorArg(a: Expr, arity: number, sc: Scope, cc: CompileCtx): { readonly ev: (env: Env, ctx: Ctx) => OperatorValue; readonly level: Level } {
  if (a.kind === "lambda") {
    if (a.params.length !== arity) semanticError(`This LAMBDA takes ${a.params.length} argument(s) where an operator of ${arity} is expected.`, a.loc);
    return compileLambdaOperator(a, sc, cc);
  }
  if (a.kind !== "name") return semanticError(`An operator of ${arity} argument(s) is expected here, but this is an expression.`, a.loc);
  const b = lookupName(a.name, a.path, sc, a.loc);
  const name = a.name;
  switch (b.kind) {
    case "op": {
      const entry = b.entry;
      if (entry.arity !== arity) semanticError(`The operator ${name} takes ${entry.arity} argument(s) where an operator of ${arity} is expected.`, a.loc);
      const body = ensureBody(entry, cc);
      const hops = entry.defDepth === 0 ? -1 : sc.depth - entry.defDepth;
      const frame = entry.frame;
      const ev = (env: Env, ctx: Ctx): OperatorValue => {
        const up = hops < 0 ? null : envAt(env, hops);
        return {
          kind: "operator",
          name,
          arity,
          apply: (vals) => {
            const vars: Slot[] = new Array(frame.size);
            for (let i = 0; i < vals.length; i++) vars[i] = vals[i];
            return entry.body!.ev(new Env(vars, up), ctx);
          },
        };
      };
      return { ev, level: body?.level ?? CONSTANT };
    }
    case "std": {
      const op = b.op;
      if (op.arity !== arity) semanticError(`The operator ${name} takes ${op.arity} argument(s) where an operator of ${arity} is expected.`, a.loc);
      const host: Host = { print: cc.print };
      const value: OperatorValue = { kind: "operator", name, arity, apply: (vals) => op.impl(vals, host) };
      return { ev: () => value, level: CONSTANT };
    }
    case "opParam": {
      if (b.arity !== arity) semanticError(`The operator parameter ${name} takes ${b.arity} argument(s) where an operator of ${arity} is expected.`, a.loc);
      const hops = sc.depth - b.frame.depth;
      const slot = b.slot;
      return { ev: (env) => envAt(env, hops).vars[slot] as unknown as OperatorValue, level: CONSTANT };
    }
    default:
      return semanticError(`${name} is not an operator of ${arity} argument(s).`, a.loc);
  }
}

/** A standard-module operator: arguments evaluated left to right, then the TypeScript implementation. */
export function compileStdCall(op: StdOp, args: readonly Expr[], sc: Scope, cc: CompileCtx, loc: SourceLocation): Compiled {
  const host: Host = { print: cc.print };
  const impl = op.impl;
  const opArgs = op.opArgs;
  const parts: ((env: Env, ctx: Ctx) => Value)[] = [];
  let level: Level = CONSTANT;
  args.forEach((a, i) => {
    const arity = opArgs?.[i] ?? 0;
    if (arity > 0) {
      const o = operatorArg(a, arity, sc, cc);
      parts.push(o.ev);
      level = maxLevel(level, o.level);
    } else {
      const c = compileExpr(a, sc, cc);
      parts.push(c.ev);
      level = maxLevel(level, c.level);
    }
  });
  // Print and friends must run each time; every other constant call could be folded, but the
  // call sites that matter (Nat, BOOLEAN) are constants already.
  if (parts.length === 1) {
    const a0 = parts[0]!;
    return {
      ev: (env, ctx) => {
        const v = a0(env, ctx);
        try {
          return impl([v], host);
        } catch (err) {
          return locate(err, loc);
        }
      },
      level,
    };
  }
  if (parts.length === 2) {
    const a0 = parts[0]!;
    const a1 = parts[1]!;
    const fn2 = op.fn2;
    if (fn2 !== undefined) {
      return {
        ev: (env, ctx) => {
          const v0 = a0(env, ctx);
          const v1 = a1(env, ctx);
          try {
            return fn2(v0, v1);
          } catch (err) {
            return locate(err, loc);
          }
        },
        level,
      };
    }
    return {
      ev: (env, ctx) => {
        const v0 = a0(env, ctx);
        const v1 = a1(env, ctx);
        try {
          return impl([v0, v1], host);
        } catch (err) {
          return locate(err, loc);
        }
      },
      level,
    };
  }
  return {
    ev: (env, ctx) => {
      const vals = parts.map((p) => p(env, ctx));
      try {
        return impl(vals, host);
      } catch (err) {
        return locate(err, loc);
      }
    },
    level,
  };
}

