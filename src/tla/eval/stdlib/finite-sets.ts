import { bool, cardinality, int, isFiniteSet } from "../../values/index.ts";
import { unary } from "./define.ts";
import type { StdOp } from "./std-op.ts";

const M = "FiniteSets";

export const finiteSets: readonly StdOp[] = [
  unary(M, "IsFiniteSet", (s) => bool(isFiniteSet(s))),
  unary(M, "Cardinality", (s) => int(cardinality(s))),
];
