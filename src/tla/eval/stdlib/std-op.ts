import type { Value } from "../../values/value.ts";

/** Services the standard modules' operators reach outside the value world. */
export interface Host {
  /** Where Print and PrintT write one line. */
  readonly print: (line: string) => void;
}

/**
 * An operator of a standard module (Naturals, Integers, Sequences, FiniteSets, TLC, Bags)
 * implemented in TypeScript on values. Arguments are evaluated before the call, left to right;
 * an argument at a position listed in `opArgs` with arity n > 0 is an operator (LAMBDA or an
 * operator name), passed as an OperatorValue.
 */
export interface StdOp {
  readonly name: string;
  readonly module: string;
  readonly arity: number;
  /** Arity of each parameter (0 = a value); absent means all values. */
  readonly opArgs?: readonly number[];
  readonly impl: (args: readonly Value[], host: Host) => Value;
  /** The same as `impl` for a binary value operator, without the argument array (hot paths: `+`, `<`). */
  readonly fn2?: (a: Value, b: Value) => Value;
  /** For a zero-arity operator that is a constant (Nat, BOOLEAN): its value, so it can be cached. */
  readonly constant?: Value;
}
