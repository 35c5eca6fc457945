import type { SourceLocation } from "../../diagnostics/location.ts";
import type { Expr } from "../syntax/ast.ts";
import { formatExpr } from "../syntax/format.ts";
import type { Value } from "../values/value.ts";
import { showValue } from "../values/index.ts";
import type { ActionInfo, CompiledAction, Emit, FalseConjunct, NextRelation, State } from "./index.ts";
import { compileExpr } from "./compile-expr.ts";
import { lookupName } from "./compile-names.ts";
import { STATE } from "./level.ts";
import { evalFail } from "./locate.ts";
import { Ctx, EMPTY_ENV, Env, type Ev } from "./runtime.ts";
import type { Frame, Scope } from "./scope.ts";
import type { Leaf } from "./split-actions.ts";

/** One action: enumerates its successors from a state, and checks a given step. */
export class CompiledActionImpl implements CompiledAction {
  readonly info: ActionInfo;
  private holdsEv: Ev | null = null;

  constructor(
    private readonly leaf: Leaf,
    private readonly nvars: number,
  ) {
    this.info = leaf.info;
  }

  private prepare(ctx: Ctx): void {
    for (const p of this.leaf.prefix) for (const init of p.init) init(p.env, ctx);
  }

  successors(s: State, emit: Emit): void {
    const t: (Value | undefined)[] = new Array(this.nvars);
    const ctx = new Ctx(s, t);
    this.prepare(ctx);
    const info = this.info;
    const leaf = this.leaf;
    leaf.act(leaf.env, ctx, () => {
      for (let i = 0; i < t.length; i++) if (t[i] === undefined) incomplete(leaf, t);
      emit(t.slice() as State, info);
    });
  }

  holds(s: State, t: State): boolean {
    this.holdsEv ??= compileExpr(this.leaf.expr, this.leaf.scope, this.leaf.cc).ev;
    const ctx = new Ctx(s, t);
    this.prepare(ctx);
    const v = this.holdsEv(this.leaf.env, ctx);
    if (v.kind !== "bool") return evalFail(`The action ${this.info.name} is not a boolean:`, this.leaf.expr.loc, [showValue(v)]);
    return v.value;
  }

  firstFalseConjunct(s: State): FalseConjunct | null {
    const ctx = new Ctx(s, null);
    this.prepare(ctx);
    return firstFalse(this.leaf.expr, this.leaf.scope, this.leaf.env, ctx, this.leaf.cc.module, this.leaf);
  }
}

function incomplete(leaf: Leaf, t: readonly (Value | undefined)[]): never {
  const missing = leaf.cc.variables.filter((_, i) => t[i] === undefined);
  return evalFail(
    `Successor state is not completely specified by action ${leaf.info.name} of the next-state relation. The following variable${missing.length > 1 ? "s are" : " is"} not assigned: ${missing.join(", ")}.`,
    leaf.expr.loc,
  );
}

/**
 * The first conjunct, left to right and through definitions, that is a state predicate and is
 * FALSE in `s`: why the action is disabled. Conjuncts that read the next state are skipped.
 */
function firstFalse(e: Expr, sc: Scope, env: Env, ctx: Ctx, module: string, leaf: Leaf): FalseConjunct | null {
  if (e.kind === "and") {
    for (const c of e.conjuncts) {
      const r = firstFalse(c, sc, env, ctx, module, leaf);
      if (r !== null) return r;
    }
    return null;
  }
  if (e.kind === "label") return firstFalse(e.body, sc, env, ctx, module, leaf);
  if ((e.kind === "name" || e.kind === "apply") && (e.kind === "name" || e.args.length === 0)) {
    const b = lookupName(e.name, e.path, sc, e.loc);
    if (b.kind === "op" && b.entry.arity === 0 && b.entry.defDepth === 0) {
      const inner = firstFalse(b.entry.bodyExpr, b.entry.bodyScope, new Env(new Array(b.entry.frame.size), null), ctx, b.entry.module, leaf);
      if (inner !== null) return inner;
    }
  }
  const c = compileExpr(e, sc, leaf.cc);
  if (c.level > STATE) return null;
  const v = c.ev(env === EMPTY_ENV ? env : env, ctx);
  if (v.kind === "bool" && !v.value) return { location: e.loc, module, text: formatExpr(e) };
  return null;
}

/** Next as a whole: its actions in TLC's order, and the step predicate. */
export class NextRelationImpl implements NextRelation {
  constructor(
    readonly actions: readonly CompiledAction[],
    private readonly holdsEv: Ev,
    private readonly frame: Frame,
    private readonly loc: SourceLocation,
  ) {}

  successors(s: State, emit: Emit): void {
    const actions = this.actions;
    for (let i = 0; i < actions.length; i++) actions[i]!.successors(s, emit);
  }

  holds(s: State, t: State): boolean {
    const env = this.frame.size === 0 ? EMPTY_ENV : new Env(new Array(this.frame.size), null);
    const v = this.holdsEv(env, new Ctx(s, t));
    if (v.kind !== "bool") return evalFail("The next-state relation is not a boolean:", this.loc, [showValue(v)]);
    return v.value;
  }
}
