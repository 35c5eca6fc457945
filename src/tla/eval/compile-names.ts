import type { SourceLocation } from "../../diagnostics/location.ts";
import type { ApplyExpr, Expr, NameExpr, PathStep } from "../syntax/ast.ts";
import type { OperatorValue, Value } from "../values/value.ts";
import type { CompileCtx } from "./compile-context.ts";
import { semanticError, unsupported, withModule } from "./compile-context.ts";
import { compileExpr } from "./compile-expr.ts";
import { levelOf } from "./compile-logic.ts";
import { compileFnDefValue } from "./compile-let.ts";
import { compileStdCall, operatorArg } from "./compile-calls.ts";
import { CONSTANT, STATE, maxLevel, type Level } from "./level.ts";
import { evalFail, locate } from "./locate.ts";
import { materializeConstant } from "./materialize.ts";
import type { Namespace } from "./namespace.ts";
import type { OpEntry } from "./op-entry.ts";
import { EMPTY_ENV, Env, Thunk, envAt, forceSlot, type Ctx, type Ev, type Slot } from "./runtime.ts";
import type { Binding, Compiled, Scope } from "./scope.ts";

/** Follows `C <- Op` aliases to the binding they stand for. */
export function resolveBinding(b: Binding): Binding {
  let r = b;
  while (r.kind === "alias") r = r.target();
  return r;
}

/** The namespace an instance path `I!J!` leads to. */
export function namespaceOfPath(path: readonly PathStep[], sc: Scope): Namespace {
  let ns: Namespace | null = null;
  for (const step of path) {
    if (step.args.length > 0) unsupported(`The parameterized instance ${step.name}(...)! is not supported.`, step.loc);
    const b0 = ns === null ? sc.lookup(step.name) : ns.exports.get(step.name);
    if (b0 === undefined) semanticError(`Unknown instance ${step.name}.`, step.loc);
    const b = resolveBinding(b0);
    if (b.kind !== "instance") semanticError(`${step.name} is not an instance (I == INSTANCE M), so ${step.name}!... means nothing.`, step.loc);
    ns = b.ns();
  }
  return ns!;
}

/** Resolves `name` (possibly `I!name`) or reports SANY's "Unknown operator". */
export function lookupName(name: string, path: readonly PathStep[], sc: Scope, loc: SourceLocation): Binding {
  if (path.length === 0) {
    const b = sc.lookup(name);
    if (b === undefined) semanticError(`Unknown operator: \`${name}'.`, loc);
    return resolveBinding(b);
  }
  const ns = namespaceOfPath(path, sc);
  const b = ns.exports.get(name);
  if (b === undefined) semanticError(`Unknown operator: \`${path.map((p) => p.name + "!").join("")}${name}' (module ${ns.module} does not define it).`, loc);
  return resolveBinding(b);
}

export function compileName(e: NameExpr, sc: Scope, cc: CompileCtx): Compiled {
  return readBinding(lookupName(e.name, e.path, sc, e.loc), e.name, sc, cc, e.loc);
}

export function compileApply(e: ApplyExpr, sc: Scope, cc: CompileCtx): Compiled {
  const b = lookupName(e.name, e.path, sc, e.loc);
  return compileCall(b, e.name, e.args, sc, cc, e.loc);
}

/** The value of a name used without arguments. */
export function readBinding(b: Binding, name: string, sc: Scope, cc: CompileCtx, loc: SourceLocation): Compiled {
  switch (b.kind) {
    case "slot": {
      const hops = sc.depth - b.frame.depth;
      const slot = b.slot;
      if (b.lazy) {
        if (hops === 0) return { ev: (env) => forceSlot(env.vars[slot]), level: b.level };
        return { ev: (env) => forceSlot(envAt(env, hops).vars[slot]), level: b.level };
      }
      if (hops === 0) return { ev: (env) => env.vars[slot] as Value, level: b.level };
      if (hops === 1) return { ev: (env) => env.up!.vars[slot] as Value, level: b.level };
      return { ev: (env) => envAt(env, hops).vars[slot] as Value, level: b.level };
    }
    case "stateVar": {
      const i = b.index;
      const vname = b.name;
      return {
        ev: (_env, ctx) => {
          const v = ctx.s[i];
          if (v === undefined) return unassigned(vname, ctx, loc);
          return v;
        },
        level: STATE,
      };
    }
    case "value": {
      const v = b.value;
      return { ev: () => v, level: CONSTANT };
    }
    case "expr": {
      const c = b.compiled();
      const frame = b.frame;
      const ev = c.ev;
      return { ev: (_env, ctx) => ev(frame.size === 0 ? EMPTY_ENV : new Env(new Array(frame.size), null), ctx), level: c.level };
    }
    case "op":
      if (b.entry.arity !== 0) semanticError(`The operator ${name} requires ${b.entry.arity} argument(s).`, loc);
      return compileEntryCall(b.entry, [], sc, cc, loc);
    case "fn":
      return compileFnDefValue(b.entry, sc, cc, loc);
    case "std": {
      if (b.op.arity !== 0) semanticError(`The operator ${name} requires ${b.op.arity} argument(s).`, loc);
      const k = b.op.constant;
      if (k !== undefined) return { ev: () => k, level: CONSTANT };
      return compileStdCall(b.op, [], sc, cc, loc);
    }
    case "opParam":
      return semanticError(`The operator parameter ${name} requires ${b.arity} argument(s).`, loc);
    case "instance":
      return semanticError(`${name} is an instance of a module, not a value; use ${name}!Op.`, loc);
    case "alias":
      return readBinding(resolveBinding(b), name, sc, cc, loc);
  }
}

/** `Op(args)` for any binding that can be applied. */
export function compileCall(b0: Binding, name: string, args: readonly Expr[], sc: Scope, cc: CompileCtx, loc: SourceLocation): Compiled {
  const b = resolveBinding(b0);
  switch (b.kind) {
    case "op":
      if (b.entry.arity !== args.length) {
        semanticError(`The operator ${name} requires ${b.entry.arity} argument(s), but is given ${args.length}.`, loc);
      }
      return compileEntryCall(b.entry, args, sc, cc, loc);
    case "std":
      if (b.op.arity !== args.length) semanticError(`The operator ${name} requires ${b.op.arity} argument(s), but is given ${args.length}.`, loc);
      return compileStdCall(b.op, args, sc, cc, loc);
    case "opParam": {
      if (b.arity !== args.length) semanticError(`The operator parameter ${name} requires ${b.arity} argument(s), but is given ${args.length}.`, loc);
      const hops = sc.depth - b.frame.depth;
      const slot = b.slot;
      const parts = args.map((a) => compileExpr(a, sc, cc));
      const evs = parts.map((p) => p.ev);
      return {
        ev: (env, ctx) => {
          const op = envAt(env, hops).vars[slot] as unknown as OperatorValue;
          const vals = evs.map((x) => x(env, ctx));
          try {
            return op.apply(vals);
          } catch (err) {
            return locate(err, loc);
          }
        },
        // As in TLA+'s level rules, a parameter counts as constant; the argument's own level is
        // added where the operator is called (compileArgs).
        level: levelOf(parts),
      };
    }
    default:
      return semanticError(`${name} is not an operator; it cannot be applied to arguments.`, loc);
  }
}

/** Compiles an operator's body on first use; null while it is being compiled (recursion). */
export function ensureBody(entry: OpEntry, cc: CompileCtx): Compiled | null {
  if (entry.body !== null) return entry.body;
  if (entry.compiling) return null;
  entry.compiling = true;
  try {
    entry.body = compileExpr(entry.bodyExpr, entry.bodyScope, withModule(cc, entry.module));
  } finally {
    entry.compiling = false;
  }
  return entry.body;
}

/** An argument for a parameter: a Value, or an OperatorValue for an operator parameter. */
export interface CompiledArg {
  readonly ev: (env: Env, ctx: Ctx) => Slot;
  readonly level: Level;
}

/**
 * Compiles the arguments of a call to `entry`. A simple argument (literal, bound identifier,
 * variable, constant) is evaluated at the call; any other is passed as a Thunk, evaluated when
 * (and if) the body uses it, as TLA+'s call-by-name semantics require.
 */
export function compileArgs(entry: OpEntry, args: readonly Expr[], sc: Scope, cc: CompileCtx): CompiledArg[] {
  return args.map((a, i) => {
    const arity = entry.params[i]!.arity;
    if (arity > 0) return operatorArg(a, arity, sc, cc);
    const c = compileExpr(a, sc, cc);
    if (isSimple(a)) return c;
    const ev = c.ev;
    const cache = c.level < 2;
    return { ev: (env, ctx) => new Thunk(ev, env, ctx, cache), level: c.level };
  });
}

function isSimple(a: Expr): boolean {
  return a.kind === "number" || a.kind === "string" || a.kind === "bool" || (a.kind === "name" && a.path.length === 0);
}

/** The run-time call of `entry` with compiled arguments, from code compiled in `sc`. */
export function entryCaller(entry: OpEntry, args: readonly CompiledArg[], sc: Scope): (env: Env, ctx: Ctx) => Env {
  const hops = entry.defDepth === 0 ? -1 : sc.depth - entry.defDepth;
  const frame = entry.frame;
  const n = args.length;
  const evs = args.map((a) => a.ev);
  if (n === 0 && hops < 0) return () => new Env(frame.size === 0 ? [] : new Array(frame.size), null);
  return (env, ctx) => {
    const vars: Slot[] = new Array(frame.size);
    for (let i = 0; i < n; i++) vars[i] = evs[i]!(env, ctx);
    return new Env(vars, hops < 0 ? null : envAt(env, hops));
  };
}

function compileEntryCall(entry: OpEntry, args: readonly Expr[], sc: Scope, cc: CompileCtx, loc: SourceLocation): Compiled {
  const cargs = compileArgs(entry, args, sc, cc);
  const body = ensureBody(entry, cc);
  const level = maxLevel(body?.level ?? CONSTANT, levelOf(cargs));
  const enter = entryCaller(entry, cargs, sc);
  if (args.length === 0 && entry.defDepth === 0 && body !== null && body.level === CONSTANT) {
    // A constant definition (Quorum, Ballot, ...) is evaluated once per model, as TLC does.
    const bev = body.ev;
    return {
      ev: (env, ctx) => {
        if (entry.cached !== undefined) return entry.cached;
        const v = materializeConstant(bev(enter(env, ctx), ctx));
        entry.cached = v;
        return v;
      },
      level,
    };
  }
  void loc;
  return {
    ev: (env, ctx) => entry.body!.ev(enter(env, ctx), ctx),
    level,
  };
}

function unassigned(name: string, ctx: Ctx, loc: SourceLocation): never {
  void ctx;
  return evalFail(`The variable ${name} is read before it has been assigned a value (an initial predicate must give each variable a value before using it).`, loc);
}

export type { Ev };
