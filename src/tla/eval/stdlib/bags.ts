import type { OperatorValue } from "../../values/value.ts";
import {
  EMPTY_BAG,
  bagAdd,
  bagCardinality,
  bagIn,
  bagOfAll,
  bagSubtract,
  bagToSet,
  bagUnion,
  copiesIn,
  isABag,
  setToBag,
  subBagEq,
  subBags,
} from "../../values/index.ts";
import { binary, constant, nary, unary } from "./define.ts";
import type { StdOp } from "./std-op.ts";

const M = "Bags";

/** Bags: multisets as functions to positive counts; `(+)` and `(-)` are \oplus and \ominus. */
export const bags: readonly StdOp[] = [
  unary(M, "IsABag", isABag),
  unary(M, "BagToSet", bagToSet),
  unary(M, "SetToBag", setToBag),
  binary(M, "BagIn", bagIn),
  constant(M, "EmptyBag", EMPTY_BAG),
  binary(M, "\\oplus", bagAdd),
  binary(M, "\\ominus", bagSubtract),
  unary(M, "BagUnion", bagUnion),
  binary(M, "\\sqsubseteq", subBagEq),
  unary(M, "SubBag", subBags),
  nary(M, "BagOfAll", 2, (a) => bagOfAll((v) => (a[0] as OperatorValue).apply([v]), a[1]!), [1, 0]),
  unary(M, "BagCardinality", bagCardinality),
  binary(M, "CopiesIn", copiesIn),
];
