import type { SourceLocation } from "../../diagnostics/location.ts";
import type { Expr, OpExpr } from "../syntax/ast.ts";
import type { Value } from "../values/value.ts";
import {
  FALSE,
  TRUE,
  cartesian,
  difference,
  domain,
  intersect,
  isMember,
  isSubset,
  powerset,
  union,
  unionAll,
  valuesEqual,
} from "../values/index.ts";
import type { CompileCtx } from "./compile-context.ts";
import { compileExpr, temporalOnly } from "./compile-expr.ts";
import { levelOf } from "./compile-logic.ts";
import { compileCall, lookupName } from "./compile-names.ts";
import { compileEnabled } from "./enabled.ts";
import { junctOperand, kindName } from "./booleans.ts";
import { ACTION, STATE, maxLevel } from "./level.ts";
import { evalFail, locate } from "./locate.ts";
import { compilePrime, compileUnchangedValue } from "./compile-prime.ts";
import type { Ctx, Env } from "./runtime.ts";
import type { Compiled, Scope } from "./scope.ts";
import { showValue } from "../values/index.ts";

type Binary = (a: Value, b: Value) => Value;
type Unary = (a: Value) => Value;

/** The operators built into TLA+ itself (not defined by a standard module). */
const binaryCore: Partial<Record<string, Binary>> = {
  "=": (a, b) => (valuesEqual(a, b) ? TRUE : FALSE),
  "/=": (a, b) => (valuesEqual(a, b) ? FALSE : TRUE),
  "\\in": (a, b) => (isMember(a, b) ? TRUE : FALSE),
  "\\notin": (a, b) => (isMember(a, b) ? FALSE : TRUE),
  "\\subseteq": (a, b) => (isSubset(a, b) ? TRUE : FALSE),
  "\\supseteq": (a, b) => (isSubset(b, a) ? TRUE : FALSE),
  "\\subset": (a, b) => (isSubset(a, b) && !valuesEqual(a, b) ? TRUE : FALSE),
  "\\supset": (a, b) => (isSubset(b, a) && !valuesEqual(a, b) ? TRUE : FALSE),
  "\\cup": union,
  "\\cap": intersect,
  "\\": difference,
};

const unaryCore: Partial<Record<string, Unary>> = {
  SUBSET: powerset,
  UNION: unionAll,
  DOMAIN: domain,
};

/**
 * A built-in operator symbol applied to operands. TLA+'s own operators are compiled here; the
 * others (`+`, `\o`, `:>`, user-defined infix operators such as `++`) are looked up in scope like
 * any operator, so they exist only where a module defines or EXTENDS them.
 */
export function compileOp(e: OpExpr, sc: Scope, cc: CompileCtx): Compiled {
  const op = e.op;
  const loc = e.loc;
  switch (op) {
    case "~":
      return compileNot(e.args[0]!, sc, cc, loc);
    case "=>":
      return compileImplies(e.args[0]!, e.args[1]!, sc, cc);
    case "<=>":
    case "\\equiv":
      return compileEquiv(e.args[0]!, e.args[1]!, sc, cc, loc);
    case "'":
      return compilePrime(e.args[0]!, sc, cc, loc);
    case "UNCHANGED":
      return compileUnchangedValue(e.args[0]!, sc, cc, loc);
    case "ENABLED":
      return compileEnabled(e.args[0]!, sc, cc, loc);
    case "\\X":
      return compileNary(e.args, sc, cc, loc, cartesian);
    case "[]":
    case "<>":
      return temporalOnly(`${op}F`, e);
    case "~>":
    case "-+->":
      return temporalOnly(`F ${op} G`, e);
    default:
      break;
  }
  if ((op === "=" || op === "/=") && e.args.length === 2) return compileEquality(e.args[0]!, e.args[1]!, op === "=", sc, cc, loc);
  const bin = binaryCore[op];
  if (bin !== undefined && e.args.length === 2) return compileBinary(e.args[0]!, e.args[1]!, sc, cc, loc, bin);
  const un = unaryCore[op];
  if (un !== undefined && e.args.length === 1) return compileUnary(e.args[0]!, sc, cc, loc, un);
  // Standard-module and user-defined operators.
  const b = lookupName(op, [], sc, e.opLoc);
  return compileCall(b, op, e.args, sc, cc, loc);
}

function compileBinary(x: Expr, y: Expr, sc: Scope, cc: CompileCtx, loc: SourceLocation, f: Binary): Compiled {
  const a = compileExpr(x, sc, cc);
  const b = compileExpr(y, sc, cc);
  const aev = a.ev;
  const bev = b.ev;
  return {
    ev: (env, ctx) => {
      const av = aev(env, ctx);
      const bv = bev(env, ctx);
      try {
        return f(av, bv);
      } catch (err) {
        return locate(err, loc);
      }
    },
    level: maxLevel(a.level, b.level),
  };
}

/**
 * `a = b`, `a /= b`: equality of two integers, strings or Booleans is decided here (the hot case:
 * `m.type = "1b"`, `m.bal = b`); anything else goes through valuesEqual with TLC's errors.
 */
function compileEquality(x: Expr, y: Expr, positive: boolean, sc: Scope, cc: CompileCtx, loc: SourceLocation): Compiled {
  const a = compileExpr(x, sc, cc);
  const b = compileExpr(y, sc, cc);
  const aev = a.ev;
  const bev = b.ev;
  const yes = positive ? TRUE : FALSE;
  const no = positive ? FALSE : TRUE;
  return {
    ev: (env, ctx) => {
      const av = aev(env, ctx);
      const bv = bev(env, ctx);
      if (av === bv) return yes;
      const k = av.kind;
      if (k === bv.kind && (k === "int" || k === "string" || k === "bool")) {
        return (av as { value: unknown }).value === (bv as { value: unknown }).value ? yes : no;
      }
      try {
        return valuesEqual(av, bv) ? yes : no;
      } catch (err) {
        return locate(err, loc);
      }
    },
    level: maxLevel(a.level, b.level),
  };
}

function compileUnary(x: Expr, sc: Scope, cc: CompileCtx, loc: SourceLocation, f: Unary): Compiled {
  const a = compileExpr(x, sc, cc);
  const aev = a.ev;
  return {
    ev: (env, ctx) => {
      const av = aev(env, ctx);
      try {
        return f(av);
      } catch (err) {
        return locate(err, loc);
      }
    },
    level: a.level,
  };
}

function compileNary(xs: readonly Expr[], sc: Scope, cc: CompileCtx, loc: SourceLocation, f: (vs: readonly Value[]) => Value): Compiled {
  const parts = xs.map((x) => compileExpr(x, sc, cc));
  const evs = parts.map((p) => p.ev);
  return {
    ev: (env: Env, ctx: Ctx) => {
      const vs = evs.map((x) => x(env, ctx));
      try {
        return f(vs);
      } catch (err) {
        return locate(err, loc);
      }
    },
    level: levelOf(parts),
  };
}

function compileNot(x: Expr, sc: Scope, cc: CompileCtx, loc: SourceLocation): Compiled {
  const a = compileExpr(x, sc, cc);
  const aev = a.ev;
  return {
    ev: (env, ctx) => {
      const v = aev(env, ctx);
      if (v.kind !== "bool") return evalFail(`Attempted to apply the operator ~ to a non-boolean (${kindName(v)}):`, loc, [showValue(v)]);
      return v.value ? FALSE : TRUE;
    },
    level: a.level,
  };
}

/** `P => Q`: Q is not evaluated when P is FALSE (quirk 5). */
function compileImplies(x: Expr, y: Expr, sc: Scope, cc: CompileCtx): Compiled {
  const a = compileExpr(x, sc, cc);
  const b = compileExpr(y, sc, cc);
  const aev = a.ev;
  const bev = b.ev;
  const la = x.loc;
  const lb = y.loc;
  return {
    ev: (env, ctx) => {
      if (!junctOperand(aev(env, ctx), "P => Q", "P", la)) return TRUE;
      return junctOperand(bev(env, ctx), "P => Q", "Q", lb) ? TRUE : FALSE;
    },
    level: maxLevel(a.level, b.level),
  };
}

/** `P <=> Q` evaluates both sides. */
function compileEquiv(x: Expr, y: Expr, sc: Scope, cc: CompileCtx, loc: SourceLocation): Compiled {
  const a = compileExpr(x, sc, cc);
  const b = compileExpr(y, sc, cc);
  const aev = a.ev;
  const bev = b.ev;
  void loc;
  return {
    ev: (env, ctx) => {
      const p = junctOperand(aev(env, ctx), "P <=> Q", "P", x.loc);
      const q = junctOperand(bev(env, ctx), "P <=> Q", "Q", y.loc);
      return p === q ? TRUE : FALSE;
    },
    level: maxLevel(a.level, b.level),
  };
}

export { ACTION, STATE };
