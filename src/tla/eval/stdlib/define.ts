import type { Value } from "../../values/value.ts";
import type { Host, StdOp } from "./std-op.ts";

/** Helpers that keep the module tables one line per operator. */
export function constant(module: string, name: string, value: Value): StdOp {
  return { module, name, arity: 0, impl: () => value, constant: value };
}

export function unary(module: string, name: string, f: (a: Value) => Value): StdOp {
  return { module, name, arity: 1, impl: (args) => f(args[0]!) };
}

export function binary(module: string, name: string, f: (a: Value, b: Value) => Value): StdOp {
  return { module, name, arity: 2, impl: (args) => f(args[0]!, args[1]!), fn2: f };
}

export function nary(
  module: string,
  name: string,
  arity: number,
  impl: (args: readonly Value[], host: Host) => Value,
  opArgs?: readonly number[],
): StdOp {
  return opArgs === undefined ? { module, name, arity, impl } : { module, name, arity, impl, opArgs };
}
