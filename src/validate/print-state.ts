import type { State } from "../tla/eval/index.ts";
import { printValue, showValue, type Value } from "../tla/values/index.ts";

/** A value as TLC prints it; one that TLC could not print (no normal form) as an error message shows it. */
export function printTla(v: Value): string {
  try {
    return printValue(v);
  } catch {
    return showValue(v);
  }
}

/** Every variable of a state, TLC-printed, in the spec's variable order. */
export function printState(variables: readonly string[], s: State): Record<string, string> {
  const out: Record<string, string> = {};
  variables.forEach((name, i) => (out[name] = printTla(s[i]!)));
  return out;
}
