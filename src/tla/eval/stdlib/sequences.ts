import { append, concat, head, len, selectSeq, seqOf, subSeq, tail } from "../../values/index.ts";
import type { OperatorValue } from "../../values/value.ts";
import { binary, nary, unary } from "./define.ts";
import { asOperatorBool } from "./operator-args.ts";
import type { StdOp } from "./std-op.ts";

const M = "Sequences";

/** Sequences (its LOCAL INSTANCE of Naturals is not exported, as in the real module). */
export const sequences: readonly StdOp[] = [
  unary(M, "Seq", seqOf),
  unary(M, "Len", len),
  binary(M, "\\o", concat),
  binary(M, "Append", append),
  unary(M, "Head", head),
  unary(M, "Tail", tail),
  nary(M, "SubSeq", 3, (a) => subSeq(a[0]!, a[1]!, a[2]!)),
  nary(
    M,
    "SelectSeq",
    2,
    (a) => {
      const test = a[1] as OperatorValue;
      return selectSeq(a[0]!, (e) => asOperatorBool(test.apply([e]), "SelectSeq"));
    },
    [0, 1],
  ),
];
