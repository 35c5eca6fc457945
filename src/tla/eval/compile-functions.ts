import type { Except, ExceptAt, FcnApp, FcnSet, FieldAccess, RecordLit, RecordSet, SetEnum, TupleLit } from "../syntax/ast.ts";
import type { Value } from "../values/value.ts";
import { apply, except, field, functionSpace, recordFromCanonical, recordOf, recordSpace, setOf, str, tupleOf } from "../values/index.ts";
import type { CompileCtx } from "./compile-context.ts";
import { semanticError } from "./compile-context.ts";
import { compileExpr } from "./compile-expr.ts";
import { levelOf } from "./compile-logic.ts";
import { compileFnDefApp } from "./compile-let.ts";
import { intern } from "./intern.ts";
import { locate } from "./locate.ts";
import { maxLevel, CONSTANT } from "./level.ts";
import { envAt, type Ev } from "./runtime.ts";
import type { Compiled, Scope } from "./scope.ts";

/** `f[a]`, `f[a, b]` (= f[<<a, b>>]); a function definition `f[x \in S] == ...` is applied without being built. */
export function compileFcnApp(e: FcnApp, sc: Scope, cc: CompileCtx): Compiled {
  const args = e.args.map((a) => compileExpr(a, sc, cc));
  const byDef = compileFnDefApp(e, args, sc, cc);
  if (byDef !== null) return byDef;
  const fn = compileExpr(e.fn, sc, cc);
  const f = fn.ev;
  const loc = e.loc;
  const level = maxLevel(fn.level, levelOf(args));
  if (args.length === 1) {
    const a = args[0]!.ev;
    return {
      ev: (env, ctx) => {
        const fv = f(env, ctx);
        const av = a(env, ctx);
        try {
          return apply(fv, av);
        } catch (err) {
          return locate(err, loc);
        }
      },
      level,
    };
  }
  const evs = args.map((x) => x.ev);
  return {
    ev: (env, ctx) => {
      const fv = f(env, ctx);
      const av = tupleOf(evs.map((x) => x(env, ctx)));
      try {
        return apply(fv, av);
      } catch (err) {
        return locate(err, loc);
      }
    },
    level,
  };
}

export function compileField(e: FieldAccess, sc: Scope, cc: CompileCtx): Compiled {
  const r = compileExpr(e.record, sc, cc);
  const rev = r.ev;
  const name = intern(e.field.name);
  const loc = e.loc;
  return {
    ev: (env, ctx) => {
      const rv = rev(env, ctx);
      try {
        return field(rv, name);
      } catch (err) {
        return locate(err, loc);
      }
    },
    level: r.level,
  };
}

export function compileRecord(e: RecordLit, sc: Scope, cc: CompileCtx): Compiled {
  const fields = e.fields.map((f) => intern(f.name));
  const vals = e.fields.map((f) => compileExpr(f.value, sc, cc));
  const evs = vals.map((v) => v.ev);
  const loc = e.loc;
  const n = evs.length;
  // The field order is known now: sort it once instead of on every evaluation (hot in specs
  // that send records as messages).
  const order = fields.map((_, i) => i).sort((a, b) => (fields[a]! < fields[b]! ? -1 : fields[a]! > fields[b]! ? 1 : 0));
  const sortedFields = order.map((i) => fields[i]!);
  const distinct = sortedFields.every((f, i) => i === 0 || sortedFields[i - 1] !== f);
  if (!distinct || n === 0) {
    return {
      ev: (env, ctx) => {
        const values = new Array<Value>(n);
        for (let i = 0; i < n; i++) values[i] = evs[i]!(env, ctx);
        try {
          return recordOf(fields, values);
        } catch (err) {
          return locate(err, loc);
        }
      },
      level: levelOf(vals),
    };
  }
  const slotOf = new Array<number>(n);
  order.forEach((from, to) => (slotOf[from] = to));
  return {
    ev: (env, ctx) => {
      const values = new Array<Value>(n);
      for (let i = 0; i < n; i++) values[slotOf[i]!] = evs[i]!(env, ctx);
      return recordFromCanonical(sortedFields, values);
    },
    level: levelOf(vals),
  };
}

export function compileRecordSet(e: RecordSet, sc: Scope, cc: CompileCtx): Compiled {
  const fields = e.fields.map((f) => intern(f.name));
  const sets = e.fields.map((f) => compileExpr(f.value, sc, cc));
  const evs = sets.map((v) => v.ev);
  const loc = e.loc;
  return {
    ev: (env, ctx) => {
      const values = evs.map((x) => x(env, ctx));
      try {
        return recordSpace(fields, values);
      } catch (err) {
        return locate(err, loc);
      }
    },
    level: levelOf(sets),
  };
}

export function compileFcnSet(e: FcnSet, sc: Scope, cc: CompileCtx): Compiled {
  const d = compileExpr(e.domain, sc, cc);
  const r = compileExpr(e.range, sc, cc);
  const dev = d.ev;
  const rev = r.ev;
  const loc = e.loc;
  return {
    ev: (env, ctx) => {
      const dv = dev(env, ctx);
      const rv = rev(env, ctx);
      try {
        return functionSpace(dv, rv);
      } catch (err) {
        return locate(err, loc);
      }
    },
    level: maxLevel(d.level, r.level),
  };
}

export function compileTuple(e: TupleLit, sc: Scope, cc: CompileCtx): Compiled {
  const parts = e.elems.map((x) => compileExpr(x, sc, cc));
  const evs = parts.map((p) => p.ev);
  const n = evs.length;
  return {
    ev: (env, ctx) => {
      const out = new Array<Value>(n);
      for (let i = 0; i < n; i++) out[i] = evs[i]!(env, ctx);
      return tupleOf(out);
    },
    level: levelOf(parts),
  };
}

export function compileSetEnum(e: SetEnum, sc: Scope, cc: CompileCtx): Compiled {
  const parts = e.elems.map((x) => compileExpr(x, sc, cc));
  const evs = parts.map((p) => p.ev);
  const n = evs.length;
  const loc = e.loc;
  return {
    ev: (env, ctx) => {
      const out = new Array<Value>(n);
      for (let i = 0; i < n; i++) out[i] = evs[i]!(env, ctx);
      try {
        return setOf(out);
      } catch (err) {
        return locate(err, loc);
      }
    },
    level: levelOf(parts),
  };
}

/**
 * `[f EXCEPT ![a][b] = e1, !.c = e2]`: updates applied left to right, each seeing the previous
 * ones; `@` in an update is the old value at its path (a slot of the current frame).
 */
export function compileExcept(e: Except, sc: Scope, cc: CompileCtx): Compiled {
  const fn = compileExpr(e.fn, sc, cc);
  const frame = sc.frame!;
  let level = fn.level;
  const updates = e.updates.map((u) => {
    const steps: Ev[] = u.path.map((p) => {
      if (p.kind === "field") {
        const key = str(intern(p.name));
        return () => key;
      }
      const idx = p.args.map((a) => compileExpr(a, sc, cc));
      for (const i of idx) level = maxLevel(level, i.level);
      if (idx.length === 1) return idx[0]!.ev;
      const evs = idx.map((i) => i.ev);
      return (env, ctx) => tupleOf(evs.map((x) => x(env, ctx)));
    });
    const inner = sc.child();
    const atSlot = frame.alloc();
    inner.define("@", { kind: "slot", frame, slot: atSlot, lazy: false, level: CONSTANT });
    const value = compileExpr(u.value, inner, cc);
    level = maxLevel(level, value.level);
    return { steps, atSlot, value: value.ev };
  });
  const fev = fn.ev;
  const loc = e.loc;
  return {
    ev: (env, ctx) => {
      let f = fev(env, ctx);
      for (const u of updates) {
        const path = u.steps.map((s) => s(env, ctx));
        try {
          f = except(f, path, (old) => {
            env.vars[u.atSlot] = old;
            return u.value(env, ctx);
          });
        } catch (err) {
          return locate(err, loc);
        }
      }
      return f;
    },
    level,
  };
}

export function compileExceptAt(e: ExceptAt, sc: Scope): Compiled {
  const b = sc.lookup("@");
  if (b === undefined || b.kind !== "slot") return semanticError("@ is used outside the value of an EXCEPT update.", e.loc);
  const slot = b.slot;
  const hops = sc.depth - b.frame.depth;
  if (hops === 0) return { ev: (env) => env.vars[slot] as Value, level: CONSTANT };
  return { ev: (env) => envAt(env, hops).vars[slot] as Value, level: CONSTANT };
}
