import type { Expr, Let, Quant } from "../syntax/ast.ts";
import type { Value } from "../values/value.ts";
import type { ActionInfo } from "./index.ts";
import type { CompileCtx } from "./compile-context.ts";
import { withModule } from "./compile-context.ts";
import { compileAct, type Act } from "./compile-act.ts";
import { compileArgs, ensureBody, lookupName } from "./compile-names.ts";
import { declareLet, type DeclaredLet } from "./compile-let.ts";
import { boundElements, declareBounds, forEachBinding, type CompiledBounds } from "./bounds.ts";
import { CONSTANT } from "./level.ts";
import { CONSTANT_CTX, Env, envAt, forceSlot, type Ctx } from "./runtime.ts";
import type { Scope } from "./scope.ts";

/** Runs on every state before a leaf action: fresh LET thunks in the frames the leaf sees. */
export interface Prefix {
  readonly init: readonly ((env: Env, ctx: Ctx) => void)[];
  readonly env: Env;
}

/** One of TLC's actions after splitting: a leaf expression with its frame prebuilt. */
export interface Leaf {
  readonly info: ActionInfo;
  readonly expr: Expr;
  readonly scope: Scope;
  readonly env: Env;
  readonly prefix: readonly Prefix[];
  readonly act: Act;
  readonly cc: CompileCtx;
}

interface Label {
  readonly name: string;
  readonly module: string;
  readonly parameters: readonly string[];
  readonly args: readonly Value[];
}

/**
 * Splits a next-state expression into TLC's actions (tlc2.tool.Tool.getActions): through
 * disjunctions, LET, labels, calls of user operators whose arguments are constant (the action
 * takes the operator's name and parameter values) and `\E` over constant sets (one action per
 * element, the first bound varying fastest). Where a split fails (an argument or bound that
 * depends on the state, an evaluation error), the expression is one action, as in TLC.
 */
export class ActionSplitter {
  private readonly lets = new Map<Let, DeclaredLet>();
  private readonly quants = new Map<Quant, { inner: Scope; cb: CompiledBounds }>();
  private readonly acts = new Map<Expr, Act>();

  split(e: Expr, sc: Scope, env: Env, label: Label, cc: CompileCtx, prefix: readonly Prefix[], out: Leaf[]): void {
    switch (e.kind) {
      case "or":
        for (const d of e.disjuncts) this.split(d, sc, env, label, cc, prefix, out);
        return;
      case "label":
        return this.split(e.body, sc, env, label, cc, prefix, out);
      case "let": {
        let decl = this.lets.get(e);
        if (decl === undefined) {
          decl = declareLet(e, sc, cc);
          this.lets.set(e, decl);
        }
        for (const init of decl.init) init(env, CONSTANT_CTX);
        return this.split(e.body, decl.scope, env, label, cc, [...prefix, { init: decl.init, env }], out);
      }
      case "quant":
        if (e.quantifier === "\\E" && this.splitExists(e, sc, env, label, cc, prefix, out)) return;
        break;
      case "name":
      case "apply":
        if (this.splitCall(e, sc, env, cc, prefix, out)) return;
        break;
      default:
        break;
    }
    out.push(this.leaf(e, sc, env, label, cc, prefix));
  }

  private splitExists(e: Quant, sc: Scope, env: Env, label: Label, cc: CompileCtx, prefix: readonly Prefix[], out: Leaf[]): boolean {
    let q = this.quants.get(e);
    if (q === undefined) {
      const inner = sc.child();
      q = { inner, cb: declareBounds(e.bounds, sc, inner, cc) };
      this.quants.set(e, q);
    }
    const { inner, cb } = q;
    if (cb.level !== CONSTANT) return false;
    const scratch = new Env(env.vars.slice(), env.up);
    const envs: Env[] = [];
    try {
      const elems = boundElements(cb, scratch, CONSTANT_CTX);
      forEachBinding(cb, elems, scratch, () => {
        envs.push(new Env(scratch.vars.slice(), scratch.up));
        return false;
      });
    } catch {
      return false;
    }
    if (envs.length === 0) return false;
    const mark = out.length;
    try {
      for (const benv of envs) {
        const rebased = prefix.map((p) => (p.env === env ? { init: p.init, env: benv } : p));
        this.split(e.body, inner, benv, label, cc, rebased, out);
      }
    } catch {
      out.length = mark;
      return false;
    }
    return true;
  }

  private splitCall(e: Expr & { kind: "name" | "apply" }, sc: Scope, env: Env, cc: CompileCtx, prefix: readonly Prefix[], out: Leaf[]): boolean {
    const b = lookupName(e.name, e.path, sc, e.loc);
    if (b.kind !== "op") return false;
    const entry = b.entry;
    const args = e.kind === "apply" ? e.args : [];
    if (entry.params.some((p) => p.arity > 0)) return false;
    ensureBody(entry, cc);
    const cargs = compileArgs(entry, args, sc, cc);
    if (cargs.some((a) => a.level !== CONSTANT)) return false;
    let values: Value[];
    try {
      values = cargs.map((a) => forceSlot(a.ev(env, CONSTANT_CTX)));
    } catch {
      return false;
    }
    const hops = entry.defDepth === 0 ? -1 : sc.depth - entry.defDepth;
    const vars = new Array(entry.frame.size);
    for (let i = 0; i < values.length; i++) vars[i] = values[i];
    const benv = new Env(vars, hops < 0 ? null : envAt(env, hops));
    const label: Label = { name: entry.name, module: entry.module, parameters: entry.params.map((p) => p.name), args: values };
    // The caller's LET frames stay visible to a LET-defined operator through its static link.
    const kept = hops < 0 ? [] : prefix;
    this.split(entry.bodyExpr, entry.bodyScope, benv, label, withModule(cc, entry.module), kept, out);
    return true;
  }

  private leaf(e: Expr, sc: Scope, env: Env, label: Label, cc: CompileCtx, prefix: readonly Prefix[]): Leaf {
    let act = this.acts.get(e);
    if (act === undefined) {
      act = compileAct(e, sc, cc, "next");
      this.acts.set(e, act);
    }
    const info: ActionInfo = { name: label.name, module: label.module, location: e.loc, parameters: label.parameters, args: label.args };
    return { info, expr: e, scope: sc, env, prefix, act, cc };
  }
}

/** The label of an expression written directly in the definition `name`. */
export function topLabel(name: string, module: string): Label {
  return { name, module, parameters: [], args: [] };
}
