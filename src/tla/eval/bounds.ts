import type { SourceLocation } from "../../diagnostics/location.ts";
import type { QuantBound } from "../syntax/ast.ts";
import type { Value } from "../values/value.ts";
import { enumerate, showValue } from "../values/index.ts";
import type { CompileCtx } from "./compile-context.ts";
import { semanticError } from "./compile-context.ts";
import { compileExpr } from "./compile-expr.ts";
import { evalFail, locate } from "./locate.ts";
import { levelOf } from "./compile-logic.ts";
import type { Level } from "./level.ts";
import { CONSTANT } from "./level.ts";
import type { Ctx, Env, Slot } from "./runtime.ts";
import type { Compiled, Scope } from "./scope.ts";

/**
 * The bounds of a quantifier, CHOOSE, set former or function constructor, compiled: the sets
 * (in the outer scope: in TLA+ a bound's set cannot mention the other bound names) and one
 * binder per bound name or tuple pattern, each with its frame slots.
 */
export interface Binder {
  /** Index of the set in `sets`. */
  readonly set: number;
  readonly slots: readonly number[];
  /** `<<a, b>> \in S`: the element is destructured into `slots`. */
  readonly tuple: boolean;
  readonly loc: SourceLocation;
}

export interface CompiledBounds {
  readonly sets: readonly Compiled[];
  /** Location of each set expression, for enumeration errors. */
  readonly setLocs: readonly SourceLocation[];
  readonly binders: readonly Binder[];
  readonly level: Level;
}

/** Compiles `bounds`' sets in `outer` and declares their names in `inner` (a child scope of it). */
export function declareBounds(bounds: readonly QuantBound[], outer: Scope, inner: Scope, cc: CompileCtx): CompiledBounds {
  const frame = inner.frame;
  if (frame === null) throw new Error("declareBounds: no frame");
  const sets: Compiled[] = [];
  const binders: Binder[] = [];
  for (const b of bounds) {
    const set = sets.length;
    sets.push(compileExpr(b.set, outer, cc));
    if (b.pattern.kind === "tuple") {
      const slots = b.pattern.names.map((n) => declareSlot(n.name, n.loc, inner));
      binders.push({ set, slots, tuple: true, loc: b.loc });
    } else {
      for (const n of b.pattern.names) binders.push({ set, slots: [declareSlot(n.name, n.loc, inner)], tuple: false, loc: n.loc });
    }
  }
  return { sets, setLocs: bounds.map((b) => b.set.loc), binders, level: levelOf(sets) };
}

function declareSlot(name: string, loc: SourceLocation, inner: Scope): number {
  const frame = inner.frame!;
  if (name === "") semanticError("A bound identifier has no name.", loc);
  const slot = frame.alloc();
  inner.define(name, { kind: "slot", frame, slot, lazy: false, level: CONSTANT });
  return slot;
}

/** Writes one element into a binder's slots, destructuring a tuple pattern as TLC does. */
export function bindValue(vars: Slot[], b: Binder, v: Value): void {
  if (!b.tuple) {
    vars[b.slots[0]!] = v;
    return;
  }
  if (v.kind !== "tuple" || v.elems.length !== b.slots.length) {
    evalFail(`A tuple pattern of ${b.slots.length} names was bound to a value that is not a tuple of that length:`, b.loc, [showValue(v)]);
  }
  for (let j = 0; j < b.slots.length; j++) vars[b.slots[j]!] = v.elems[j]!;
}

/** The elements of each bound set, in canonical order. Throws TLC's error for an infinite set. */
export function boundElements(cb: CompiledBounds, env: Env, ctx: Ctx): (readonly Value[])[] {
  const out: (readonly Value[])[] = new Array(cb.sets.length);
  for (let i = 0; i < cb.sets.length; i++) {
    const s = cb.sets[i]!.ev(env, ctx);
    try {
      out[i] = enumerate(s);
    } catch (e) {
      locate(e, cb.setLocs[i]!);
    }
  }
  return out;
}

/**
 * Visits every combination of bindings, writing them into `env`'s slots, in TLC's order: the
 * FIRST bound varies fastest (tlc2.tool.ContextEnumerator). `visit` returns true to stop; the
 * result says whether it stopped.
 */
export function forEachBinding(cb: CompiledBounds, elems: readonly (readonly Value[])[], env: Env, visit: () => boolean): boolean {
  const binders = cb.binders;
  const vars = env.vars;
  const n = binders.length;
  if (n === 1) {
    const b = binders[0]!;
    const xs = elems[b.set]!;
    for (let i = 0; i < xs.length; i++) {
      bindValue(vars, b, xs[i]!);
      if (visit()) return true;
    }
    return false;
  }
  for (let k = 0; k < n; k++) if (elems[binders[k]!.set]!.length === 0) return false;
  const idx = new Array<number>(n).fill(0);
  for (let k = 0; k < n; k++) bindValue(vars, binders[k]!, elems[binders[k]!.set]![0]!);
  for (;;) {
    if (visit()) return true;
    let k = 0;
    for (; k < n; k++) {
      const b = binders[k]!;
      const xs = elems[b.set]!;
      if (++idx[k]! < xs.length) {
        bindValue(vars, b, xs[idx[k]!]!);
        break;
      }
      idx[k] = 0;
      bindValue(vars, b, xs[0]!);
    }
    if (k === n) return false;
  }
}
