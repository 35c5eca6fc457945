import type { Expr } from "../syntax/ast.ts";
import type { CompileCtx } from "./compile-context.ts";
import { withModule } from "./compile-context.ts";
import { compileAct, test, type Act, type ActMode } from "./compile-act.ts";
import { compileArgs, ensureBody, entryCaller } from "./compile-names.ts";
import { ACTION, CONSTANT } from "./level.ts";
import type { OpEntry } from "./op-entry.ts";
import { Scope, type Binding } from "./scope.ts";

/** A call of a user-defined operator: expanded when it may assign variables, else evaluated. */
export function compileOpAct(entry: OpEntry, args: readonly Expr[], e: Expr, sc: Scope, cc: CompileCtx, mode: ActMode): Act {
  const body = ensureBody(entry, cc);
  const varArgs = args.map((a) => stateVarArg(a, sc));
  if (varArgs.some((v) => v !== null) && (mode === "init" || body === null || body.level >= ACTION)) {
    return compileVarArgsCall(entry, args, varArgs, sc, cc, mode);
  }
  const minLevel = mode === "next" ? ACTION : CONSTANT + 1;
  if (body !== null && body.level < minLevel) return test(e, sc, cc, mode);
  const cargs = compileArgs(entry, args, sc, cc);
  const enter = entryCaller(entry, cargs, sc);
  const mcc = withModule(cc, entry.module);
  return (env, ctx, k) => {
    const act = entryAct(entry, mcc, mode);
    act(enter(env, ctx), ctx, k);
  };
}

/** An argument that is a bare state variable (`Assign(x, 0)`), else null. */
function stateVarArg(a: Expr, sc: Scope): (Binding & { kind: "stateVar" }) | null {
  if (a.kind !== "name" || a.path.length !== 0) return null;
  const b = sc.lookup(a.name);
  return b !== undefined && b.kind === "stateVar" ? b : null;
}

/**
 * A call whose arguments include bare state variables, such as `InitIn(x, S)` with
 * `InitIn(var, S) == var \in S`: as in TLC, where the parameter stands for the variable, the body
 * can assign it. The body is compiled for this pattern of variable arguments, with those
 * parameters naming the variables themselves.
 */
function compileVarArgsCall(
  entry: OpEntry,
  args: readonly Expr[],
  varArgs: readonly ((Binding & { kind: "stateVar" }) | null)[],
  sc: Scope,
  cc: CompileCtx,
  mode: ActMode,
): Act {
  const key = `${mode}:${varArgs.map((v) => (v === null ? "" : String(v.index))).join(",")}`;
  const mcc = withModule(cc, entry.module);
  let act = entry.varArgActs.get(key);
  if (act === undefined) {
    const scope = new Scope(entry.bodyScope, entry.frame);
    varArgs.forEach((v, i) => {
      if (v !== null) scope.define(entry.params[i]!.name, v);
    });
    act = compileAct(entry.bodyExpr, scope, mcc, mode);
    entry.varArgActs.set(key, act);
  }
  const valueArgs = args.map((a, i) => (varArgs[i] === null ? a : null));
  const cargs = compileArgs(entry, valueArgs.map((a) => a ?? { kind: "bool", value: true, loc: entry.loc }), sc, cc).map((c, i) =>
    varArgs[i] === null ? c : { ev: () => undefined, level: c.level },
  );
  const enter = entryCaller(entry, cargs, sc);
  const body = act;
  return (env, ctx, k) => body(enter(env, ctx), ctx, k);
}

export function entryAct(entry: OpEntry, cc: CompileCtx, mode: ActMode): Act {
  const cached = entry.acts[mode];
  if (cached !== undefined) return cached;
  const act = compileAct(entry.bodyExpr, entry.bodyScope, cc, mode);
  entry.acts[mode] = act;
  return act;
}

