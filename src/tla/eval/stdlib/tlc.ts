import { ProblemError, problem } from "../../../diagnostics/problem.ts";
import type { OperatorValue, Value } from "../../values/value.ts";
import { TRUE, assertTlc, atAt, colonGreater, permutations, printValue, sortSeq, toStringValue } from "../../values/index.ts";
import { binary, nary, unary } from "./define.ts";
import { asOperatorBool } from "./operator-args.ts";
import type { StdOp } from "./std-op.ts";

const M = "TLC";

function notSupported(name: string, why: string): StdOp {
  return nary(M, name, arityOf[name] ?? 1, () => {
    throw new ProblemError(problem("unsupported", `${name} is not supported by this engine: ${why}.`));
  });
}

const arityOf: Record<string, number> = { JavaTime: 0, TLCGet: 1, TLCSet: 2, RandomElement: 1, Any: 0 };

/**
 * The TLC module. Print and PrintT write through the host (tests capture it) and print as TLC
 * prints values; operators that read TLC's run-time state or randomness are refused with an
 * `unsupported` problem rather than answered wrongly.
 */
export const tlc: readonly StdOp[] = [
  binary(M, ":>", colonGreater),
  binary(M, "@@", atAt),
  // TLC prints `out` and `val` separated by two spaces (tlc2.module.TLC.Print) and returns val.
  nary(M, "Print", 2, (a, host) => {
    host.print(`${printValue(a[0]!)}  ${printValue(a[1]!)}`);
    return a[1]!;
  }),
  nary(M, "PrintT", 1, (a, host) => {
    host.print(printValue(a[0]!));
    return TRUE;
  }),
  binary(M, "Assert", assertTlc),
  unary(M, "ToString", toStringValue),
  unary(M, "Permutations", permutations),
  unary(M, "TLCEval", (v) => v),
  nary(
    M,
    "SortSeq",
    2,
    (a) => {
      const lt = a[1] as OperatorValue;
      return sortSeq(a[0]!, (x: Value, y: Value) => asOperatorBool(lt.apply([x, y]), "SortSeq"));
    },
    [0, 2],
  ),
  notSupported("JavaTime", "it reads the clock, so results would not be reproducible"),
  notSupported("TLCGet", "it reads TLC's run-time statistics and registers"),
  notSupported("TLCSet", "it writes TLC's run-time registers"),
  notSupported("RandomElement", "it is random, so runs would not be reproducible"),
  notSupported("Any", "it stands for any value, which cannot be enumerated"),
];
