import {
  NAT,
  div,
  greaterOrEqual,
  greaterThan,
  lessOrEqual,
  lessThan,
  minus,
  mod,
  plus,
  pow,
  range,
  times,
} from "../../values/index.ts";
import { binary, constant } from "./define.ts";
import type { StdOp } from "./std-op.ts";

const M = "Naturals";

/** Naturals: the arithmetic and comparison operators (canonical names, see builtin-ops.ts) and Nat. */
export const naturals: readonly StdOp[] = [
  constant(M, "Nat", NAT),
  binary(M, "+", plus),
  binary(M, "-", minus),
  binary(M, "*", times),
  binary(M, "^", pow),
  binary(M, "<", lessThan),
  binary(M, ">", greaterThan),
  binary(M, "<=", lessOrEqual),
  binary(M, ">=", greaterOrEqual),
  binary(M, "\\div", div),
  binary(M, "%", mod),
  binary(M, "..", range),
];
