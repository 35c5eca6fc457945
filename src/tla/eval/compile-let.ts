import type { SourceLocation } from "../../diagnostics/location.ts";
import type { Expr, FcnApp, Lambda, Let } from "../syntax/ast.ts";
import type { OperatorValue, Value } from "../values/value.ts";
import { enumerate, fcnFromSorted, isMember, normalizeSet, product, showValue, tupleOf } from "../values/index.ts";
import type { CompileCtx } from "./compile-context.ts";
import { semanticError, withModule } from "./compile-context.ts";
import { compileExpr } from "./compile-expr.ts";
import { bindValue, declareBounds, type CompiledBounds } from "./bounds.ts";
import { lookupName } from "./compile-names.ts";
import { CONSTANT, maxLevel, type Level } from "./level.ts";
import { evalFail, locate } from "./locate.ts";
import { FnEntry } from "./fn-entry.ts";
import { OpEntry } from "./op-entry.ts";
import { declareParams } from "./params.ts";
import { Env, Thunk, envAt, type Ctx, type Slot } from "./runtime.ts";
import { Frame, Scope, type Compiled } from "./scope.ts";

/**
 * `LET defs IN body`. Zero-arity definitions are slots of the current frame holding a Thunk made
 * when the LET is entered: evaluated on first use and never if unused (quirk 6), re-evaluated
 * on every use when they are action-level. Definitions with parameters and function definitions
 * become entries like module-level ones, whose bodies reach the LET's frame by static link.
 */
export function compileLet(e: Let, sc: Scope, cc: CompileCtx): Compiled {
  const { scope, init } = declareLet(e, sc, cc);
  const body = compileExpr(e.body, scope, cc);
  const bev = body.ev;
  if (init.length === 0) return body;
  return {
    ev: (env, ctx) => {
      for (let i = 0; i < init.length; i++) init[i]!(env, ctx);
      return bev(env, ctx);
    },
    level: body.level,
  };
}

export interface DeclaredLet {
  readonly scope: Scope;
  /** Run on entering the LET: puts a fresh Thunk in each zero-arity definition's slot. */
  readonly init: readonly ((env: Env, ctx: Ctx) => void)[];
}

/** Declares a LET's definitions in a child scope (shared with action enumeration). */
export function declareLet(e: Let, sc: Scope, cc: CompileCtx): DeclaredLet {
  const scope = sc.child();
  const frame = sc.frame!;
  const init: ((env: Env, ctx: Ctx) => void)[] = [];
  const pending: (() => void)[] = [];
  for (const d of e.defs) {
    if (d.kind === "recursive") continue;
    if (d.kind === "function") {
      const bodyScope = new Scope(scope, new Frame(sc.depth + 1));
      const entry = new FnEntry(d, cc.module, bodyScope, bodyScope.frame!, sc.depth);
      scope.define(d.name, { kind: "fn", entry });
      continue;
    }
    if (d.params.length > 0) {
      const bodyScope = new Scope(scope, new Frame(sc.depth + 1));
      declareParams(d.params, bodyScope);
      const entry = new OpEntry(d.name, cc.module, d.loc, d.params, d.body, bodyScope, bodyScope.frame!, sc.depth, false);
      scope.define(d.name, { kind: "op", entry });
      continue;
    }
    // Zero-arity: a lazily evaluated slot. Its body is compiled once every name is declared,
    // since later definitions of the same LET may be used... by later ones only, but compiling
    // after the loop keeps recursion through RECURSIVE declarations working.
    const slot = frame.alloc();
    const binding = { kind: "slot" as const, frame, slot, lazy: true, level: CONSTANT as typeof CONSTANT };
    scope.define(d.name, binding);
    const def = d;
    pending.push(() => {
      const c = compileExpr(def.body, scope, cc);
      (binding as { level: number }).level = c.level;
      const ev = c.ev;
      const cache = c.level < 2;
      init.push((env, ctx) => {
        env.vars[slot] = new Thunk(ev, env, ctx, cache);
      });
    });
  }
  for (const p of pending) p();
  return { scope, init };
}

/** `LAMBDA x, y : e` passed to an operator parameter. */
export function compileLambdaOperator(e: Lambda, sc: Scope, cc: CompileCtx): { readonly ev: (env: Env, ctx: Ctx) => OperatorValue; readonly level: Level } {
  const bodyScope = sc.childFrame();
  declareParams(
    e.params.map((p) => ({ name: p.name, arity: 0, loc: p.loc })),
    bodyScope,
  );
  const body = compileExpr(e.body, bodyScope, cc);
  const bev = body.ev;
  const frame = bodyScope.frame!;
  const arity = e.params.length;
  const ev = (env: Env, ctx: Ctx): OperatorValue => ({
    kind: "operator",
    name: "LAMBDA",
    arity,
    apply: (vals) => {
      const vars: Slot[] = new Array(frame.size);
      for (let i = 0; i < vals.length; i++) vars[i] = vals[i];
      return bev(new Env(vars, env), ctx);
    },
  });
  return { ev, level: body.level };
}

export function compileLambdaAsValue(e: Lambda): Compiled {
  return semanticError("A LAMBDA expression can only be an argument of an operator that takes an operator parameter.", e.loc);
}

// ---------------------------------------------------------------------------------------------
// Function definitions f[x \in S] == body
// ---------------------------------------------------------------------------------------------

interface FnCompiled {
  readonly bounds: CompiledBounds;
  readonly body: Compiled;
}

/** Compiles a function definition's domain and body on first use (the body may apply f itself). */
export function ensureFnCompiled(entry: FnEntry, cc: CompileCtx): FnCompiled | null {
  if (entry.body !== null && entry.bounds !== null) return { bounds: entry.bounds, body: entry.body };
  if (entry.compiling) return null;
  entry.compiling = true;
  try {
    const mcc = withModule(cc, entry.module);
    const inner = entry.bodyScope.child();
    const bounds = declareBounds(entry.def.bounds, entry.bodyScope, inner, mcc);
    entry.bounds = bounds;
    entry.body = compileExpr(entry.def.body, inner, mcc);
  } finally {
    entry.compiling = false;
  }
  return { bounds: entry.bounds!, body: entry.body };
}

function fnEnv(entry: FnEntry, hops: number, env: Env): Env {
  return new Env(new Array(entry.frame.size), hops < 0 ? null : envAt(env, hops));
}

/**
 * `f[a]` where f is a function definition: the argument is checked against the domain and the
 * body evaluated for it alone, so `tri[k \in Nat] == ... tri[k - 1]` works as in TLC. Returns
 * null when `e.fn` is not the name of a function definition.
 */
export function compileFnDefApp(e: FcnApp, args: readonly Compiled[], sc: Scope, cc: CompileCtx): Compiled | null {
  if (e.fn.kind !== "name") return null;
  const b = lookupName(e.fn.name, e.fn.path, sc, e.fn.loc);
  if (b.kind !== "fn") return null;
  const entry = b.entry;
  ensureFnCompiled(entry, cc);
  const hops = entry.defDepth === 0 ? -1 : sc.depth - entry.defDepth;
  const argEvs = args.map((a) => a.ev);
  const loc = e.loc;
  let level = CONSTANT as number;
  for (const a of args) level = Math.max(level, a.level);
  const name = entry.name;
  const ev = (env: Env, ctx: Ctx): Value => {
    const arg = argEvs.length === 1 ? argEvs[0]!(env, ctx) : tupleOf(argEvs.map((x) => x(env, ctx)));
    const fenv = fnEnv(entry, hops, env);
    bindArgument(entry.bounds!, fenv, ctx, arg, name, loc);
    return entry.body!.ev(fenv, ctx);
  };
  const self = entry.body;
  return { ev, level: maxLevel(self?.level ?? CONSTANT, level as typeof CONSTANT) };
}

/** Checks `arg` is in the definition's domain and binds the bound names to it. */
function bindArgument(bounds: CompiledBounds, fenv: Env, ctx: Ctx, arg: Value, name: string, loc: SourceLocation): void {
  const binders = bounds.binders;
  try {
    if (binders.length === 1) {
      const set = bounds.sets[0]!.ev(fenv, ctx);
      if (!isMember(arg, set)) notInDomain(name, arg, loc);
      bindValue(fenv.vars, binders[0]!, arg);
      return;
    }
    if (arg.kind !== "tuple" || arg.elems.length !== binders.length) notInDomain(name, arg, loc);
    for (let k = 0; k < binders.length; k++) {
      const b = binders[k]!;
      const set = bounds.sets[b.set]!.ev(fenv, ctx);
      const part = arg.elems[k]!;
      if (!isMember(part, set)) notInDomain(name, arg, loc);
      bindValue(fenv.vars, b, part);
    }
  } catch (err) {
    locate(err, loc);
  }
}

function notInDomain(name: string, arg: Value, loc: SourceLocation): never {
  return evalFail(`Attempted to apply function ${name} to argument ${showValue(arg)}, which is not in its domain.`, loc);
}

/** `f` used as a value: the whole function, built over its (finite) domain; cached when constant. */
export function compileFnDefValue(entry: FnEntry, sc: Scope, cc: CompileCtx, loc: SourceLocation): Compiled {
  ensureFnCompiled(entry, cc);
  const hops = entry.defDepth === 0 ? -1 : sc.depth - entry.defDepth;
  const level = entry.body?.level ?? CONSTANT;
  const cacheable = entry.defDepth === 0 && level === CONSTANT;
  return {
    ev: (env, ctx) => {
      if (cacheable && entry.cached !== undefined) return entry.cached;
      const bounds = entry.bounds!;
      const body = entry.body!;
      const fenv = fnEnv(entry, hops, env);
      const binders = bounds.binders;
      let domain: readonly Value[];
      let sets: Value[];
      try {
        sets = binders.map((b) => bounds.sets[b.set]!.ev(fenv, ctx));
        domain = binders.length === 1 ? enumerate(sets[0]!) : normalizeSet(product(sets)).elems;
      } catch (err) {
        return locate(err, loc);
      }
      const values = new Array<Value>(domain.length);
      for (let i = 0; i < domain.length; i++) {
        const d = domain[i]!;
        if (binders.length === 1) bindValue(fenv.vars, binders[0]!, d);
        else for (let k = 0; k < binders.length; k++) bindValue(fenv.vars, binders[k]!, (d as { elems: readonly Value[] }).elems[k]!);
        values[i] = body.ev(fenv, ctx);
      }
      let f: Value;
      try {
        f = fcnFromSorted(domain, values, binders.length === 1 && sets[0]!.kind === "interval");
      } catch (err) {
        return locate(err, loc);
      }
      if (cacheable) entry.cached = f;
      return f;
    },
    level,
  };
}

export type { Expr };
