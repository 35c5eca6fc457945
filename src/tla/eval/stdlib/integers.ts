import { INT, negate } from "../../values/index.ts";
import { constant, unary } from "./define.ts";
import { naturals } from "./naturals.ts";
import type { StdOp } from "./std-op.ts";

const M = "Integers";

/** Integers EXTENDS Naturals, adding Int and unary minus (`-.`). */
export const integers: readonly StdOp[] = [...naturals, constant(M, "Int", INT), unary(M, "-.", negate)];
