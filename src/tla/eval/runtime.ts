import type { Value } from "../values/value.ts";

/**
 * The run-time shapes compiled closures work on.
 *
 * - `Env`: the bound identifiers of one lexical frame (an operator body, a LAMBDA, a function
 *   definition's body): parameters, quantifier variables, LET slots, `@`. The compiler gives each
 *   identifier a slot index and knows how many frames up it lives, so lookups are array reads.
 * - `Ctx`: the states an expression is evaluated in. `s` is the current state, `t` the next
 *   state (primed variables) or null outside actions. During action enumeration `t` is a partial
 *   assignment that the enumerator fills and undoes; during initial-state enumeration `s` is.
 *   A slot of a partial state holds `undefined` until its variable is assigned.
 *
 * Closures take both: `Ev = (env, ctx) => Value`. Keeping them apart lets the action splitter
 * build an Env once (constant `\E` bounds, operator arguments) and reuse it for every state.
 */
export class Env {
  constructor(
    readonly vars: Slot[],
    readonly up: Env | null,
  ) {}
}

export class Ctx {
  constructor(
    readonly s: readonly (Value | undefined)[],
    readonly t: readonly (Value | undefined)[] | null,
  ) {}
}

/**
 * A lazily evaluated operator argument or LET definition (TLA+ is call-by-name: an argument that
 * is never used is never evaluated, and errors in it never surface). `cache` is false when the
 * expression is action-level: during enumeration the primed variables it reads change between
 * branches.
 */
export class Thunk {
  private value: Value | undefined = undefined;
  constructor(
    private readonly fn: Ev,
    private readonly env: Env,
    private readonly ctx: Ctx,
    private readonly cache: boolean,
  ) {}

  force(): Value {
    if (this.value !== undefined) return this.value;
    const v = this.fn(this.env, this.ctx);
    if (this.cache) this.value = v;
    return v;
  }
}

/** What a frame slot can hold: a value, a lazy value, or an operator (operator parameter). */
export type Slot = Value | Thunk | undefined;

export type Ev = (env: Env, ctx: Ctx) => Value;

/** Reads a slot that may hold a thunk. */
export function forceSlot(v: Slot): Value {
  if (v instanceof Thunk) return v.force();
  return v as Value;
}

export const EMPTY_ENV = new Env([], null);
export const CONSTANT_CTX = new Ctx([], null);

/** The env `hops` frames up (static link). */
export function envAt(env: Env, hops: number): Env {
  let e = env;
  for (let i = 0; i < hops; i++) e = e.up!;
  return e;
}

/**
 * A deep copy of the frames, for values that capture an Env and outlive the evaluation that made
 * them (lazy set filters, LAMBDA): later iterations of an enclosing quantifier reuse the slots.
 */
export function snapshotEnv(env: Env): Env {
  return new Env(env.vars.slice(), env.up === null ? null : snapshotEnv(env.up));
}
