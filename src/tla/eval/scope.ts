import type { SourceLocation } from "../../diagnostics/location.ts";
import type { Value } from "../values/value.ts";
import type { Ev } from "./runtime.ts";
import type { Level } from "./level.ts";
import type { OpEntry } from "./op-entry.ts";
import type { FnEntry } from "./fn-entry.ts";
import type { StdOp } from "./stdlib/std-op.ts";
import type { Namespace } from "./namespace.ts";

/**
 * Compile-time name resolution. A `Scope` maps names to `Binding`s and chains to its parent; a
 * `Frame` is the run-time slot layout of one operator body (or LAMBDA, or function definition
 * body), so a bound identifier compiles to "hops frames up, slot i".
 */
export class Frame {
  size = 0;
  constructor(readonly depth: number) {}
  alloc(): number {
    return this.size++;
  }
}

/** The result of compiling an expression: its closure and its TLA+ level. */
export interface Compiled {
  readonly ev: Ev;
  readonly level: Level;
}

export type Binding =
  /** A bound variable, a 0-arity parameter or a LET 0-arity definition (`lazy`: may hold a Thunk). */
  | { readonly kind: "slot"; readonly frame: Frame; readonly slot: number; readonly lazy: boolean; readonly level: Level }
  /** An operator parameter `F(_)`: the slot holds an OperatorValue. */
  | { readonly kind: "opParam"; readonly frame: Frame; readonly slot: number; readonly arity: number }
  | { readonly kind: "stateVar"; readonly index: number; readonly name: string }
  /** A CONSTANT with a value from the model. */
  | { readonly kind: "value"; readonly value: Value; readonly name: string }
  /**
   * A name standing for an expression compiled elsewhere: an INSTANCE substitution `x <- e`
   * (compiled in the instantiating module, evaluated in the empty Env `env`).
   */
  | { readonly kind: "expr"; readonly compiled: () => Compiled; readonly frame: Frame; readonly name: string }
  | { readonly kind: "op"; readonly entry: OpEntry }
  | { readonly kind: "fn"; readonly entry: FnEntry }
  | { readonly kind: "std"; readonly op: StdOp }
  | { readonly kind: "instance"; readonly ns: () => Namespace; readonly loc: SourceLocation }
  /** A name resolved once the whole module is known (`C <- Op` from the model). */
  | { readonly kind: "alias"; readonly target: () => Binding };

export class Scope {
  private readonly names = new Map<string, Binding>();
  constructor(
    readonly parent: Scope | null,
    /** The frame identifiers declared here live in; null at module level. */
    readonly frame: Frame | null,
  ) {}

  define(name: string, b: Binding): void {
    this.names.set(name, b);
  }

  /** The binding declared in this scope itself (not its parents). */
  own(name: string): Binding | undefined {
    return this.names.get(name);
  }

  lookup(name: string): Binding | undefined {
    for (let s: Scope | null = this; s !== null; s = s.parent) {
      const b = s.names.get(name);
      if (b !== undefined) return b;
    }
    return undefined;
  }

  /** A child scope in the same frame (quantifier, LET, EXCEPT's `@`). */
  child(): Scope {
    return new Scope(this, this.frame);
  }

  /** A child scope opening a new frame (LAMBDA, LET operator body). */
  childFrame(): Scope {
    return new Scope(this, new Frame((this.frame?.depth ?? 0) + 1));
  }

  /** Depth of the frame code compiled in this scope runs in (0 at module level). */
  get depth(): number {
    return this.frame?.depth ?? 0;
  }
}
