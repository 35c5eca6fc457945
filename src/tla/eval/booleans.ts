import type { SourceLocation } from "../../diagnostics/location.ts";
import type { Value } from "../values/value.ts";
import { showValue } from "../values/index.ts";
import { evalFail } from "./locate.ts";

/** TLC's name for the kind of a value, as its messages say "when P was an integer". */
export function kindName(v: Value): string {
  switch (v.kind) {
    case "bool":
      return "a boolean";
    case "int":
      return "an integer";
    case "string":
      return "a string";
    case "model":
      return "a model value";
    case "tuple":
      return "a tuple";
    case "record":
      return "a record";
    case "fcn":
      return "a function";
    case "operator":
      return "an operator";
    default:
      return "a set";
  }
}

/** A Boolean or TLC's "expected a boolean" error at `loc`. */
export function asBool(v: Value, loc: SourceLocation): boolean {
  if (v.kind === "bool") return v.value;
  return evalFail("TLC expected a boolean value, but did not find one.", loc, [showValue(v)]);
}

/** The operand of a junction: `Attempted to evaluate an expression of form P /\ Q when P was an integer.` */
export function junctOperand(v: Value, form: string, which: "P" | "Q", loc: SourceLocation): boolean {
  if (v.kind === "bool") return v.value;
  return evalFail(`Attempted to evaluate an expression of form ${form} when ${which} was ${kindName(v)}.`, loc, [showValue(v)]);
}
