import type { Value } from "../../values/value.ts";
import { evalError, showValue } from "../../values/index.ts";

/** The Boolean an operator argument (SelectSeq's test, SortSeq's order) must return. */
export function asOperatorBool(v: Value, op: string): boolean {
  if (v.kind === "bool") return v.value;
  return evalError(`The operator argument of ${op} must return a boolean, but returned:`, showValue(v));
}
