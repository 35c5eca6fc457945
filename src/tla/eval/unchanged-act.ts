import type { SourceLocation } from "../../diagnostics/location.ts";
import type { Expr } from "../syntax/ast.ts";
import type { Value } from "../values/value.ts";
import type { CompileCtx } from "./compile-context.ts";
import { equal, test, type Act, type ActMode } from "./compile-act.ts";
import type { Binding, Scope } from "./scope.ts";

type UnchangedItem = { readonly kind: "var"; readonly index: number } | { readonly kind: "expr"; readonly e: Expr };

/** `UNCHANGED <<x, vars>>` flattened through tuples and zero-arity definitions (TLC's processUnchanged). */
function unchangedItems(e: Expr, sc: Scope, out: UnchangedItem[]): void {
  if (e.kind === "tuple") {
    for (const x of e.elems) unchangedItems(x, sc, out);
    return;
  }
  if (e.kind === "name" && e.path.length === 0) {
    const b: Binding | undefined = sc.lookup(e.name);
    if (b !== undefined && b.kind === "stateVar") {
      out.push({ kind: "var", index: b.index });
      return;
    }
    if (b !== undefined && b.kind === "op" && b.entry.arity === 0 && b.entry.defDepth === 0) {
      unchangedItems(b.entry.bodyExpr, b.entry.bodyScope, out);
      return;
    }
  }
  out.push({ kind: "expr", e });
}

export function compileUnchangedAct(e: Expr, sc: Scope, cc: CompileCtx, mode: ActMode, loc: SourceLocation): Act {
  if (mode === "init") return test({ kind: "op", op: "UNCHANGED", opLoc: loc, args: [e], loc }, sc, cc, mode);
  const items: UnchangedItem[] = [];
  unchangedItems(e, sc, items);
  const acts: Act[] = items.map((it) => {
    if (it.kind === "var") {
      const i = it.index;
      return (_env, ctx, k) => {
        const t = ctx.t as (Value | undefined)[];
        const before = ctx.s[i]!;
        const cur = t[i];
        if (cur === undefined) {
          t[i] = before;
          k();
          t[i] = undefined;
          return;
        }
        if (equal(cur, before, loc)) k();
      };
    }
    return test({ kind: "op", op: "UNCHANGED", opLoc: it.e.loc, args: [it.e], loc: it.e.loc }, sc, cc, mode);
  });
  if (acts.length === 0) return (_env, _ctx, k) => k();
  let tail = acts[acts.length - 1]!;
  for (let j = acts.length - 2; j >= 0; j--) {
    const head = acts[j]!;
    const rest = tail;
    tail = (env, ctx, k) => head(env, ctx, () => rest(env, ctx, k));
  }
  return tail;
}
