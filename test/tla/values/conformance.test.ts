import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { describeShared, sharedDir } from "../../helpers/shared.ts";
import {
  BOOLEAN,
  EMPTY_SET,
  EMPTY_TUPLE,
  FALSE,
  INT,
  NAT,
  STRING,
  TRUE,
  type Value,
  append,
  apply,
  atAt,
  bool,
  cardinality,
  cartesian,
  colonGreater,
  concat,
  difference,
  div,
  domain,
  enumerate,
  except,
  fcnFromSorted,
  field,
  filterOf,
  functionSpace,
  greaterOrEqual,
  greaterThan,
  head,
  int,
  intersect,
  isFiniteSet,
  isMember,
  isSubset,
  len,
  lessOrEqual,
  lessThan,
  mapOf,
  minus,
  mod,
  modelValue,
  negate,
  plus,
  pow,
  powerset,
  printValue,
  range,
  recordOf,
  recordSpace,
  selectSeq,
  seqOf,
  setOf,
  str,
  subSeq,
  tail,
  times,
  tupleOf,
  union,
  unionAll,
  valuesEqual,
} from "../../../src/tla/values/index.ts";
import { assertTlc, permutations, sortSeq, toStringValue } from "../../../src/tla/values/tlc-module.ts";
import { isEvalError } from "../../../src/tla/values/errors.ts";

/**
 * The expression corpus, for the cases expressible without a parser: each is built here with
 * the values API and must print exactly what TLC printed, or fail with an evaluation error
 * where TLC failed. (The full corpus runs through parser and evaluator in test/tla/eval.)
 */

interface Case {
  readonly id: string;
  readonly expr: string;
  readonly value?: string;
  readonly error?: boolean;
  readonly order_sensitive?: boolean;
  readonly int32_overflow?: boolean;
}

const i = (n: number): Value => int(n);
const s = (x: string): Value => str(x);
const S = (...xs: (number | Value)[]): Value => setOf(xs.map((x) => (typeof x === "number" ? int(x) : x)));
const T = (...xs: (number | Value)[]): Value => tupleOf(xs.map((x) => (typeof x === "number" ? int(x) : x)));
const R = (o: Record<string, Value | number>): Value =>
  recordOf(
    Object.keys(o),
    Object.values(o).map((x) => (typeof x === "number" ? int(x) : x)),
  );
const b = (x: boolean): Value => bool(x);
const eq = (x: Value, y: Value): Value => bool(valuesEqual(x, y));
const neq = (x: Value, y: Value): Value => bool(!valuesEqual(x, y));
const inn = (x: Value, y: Value): Value => bool(isMember(x, y));
/** CHOOSE x \in set : pred(x), in the canonical order. */
const choose = (set: Value, pred: (x: Value) => boolean): Value => {
  for (const x of enumerate(set)) if (pred(x)) return x;
  throw new Error("CHOOSE: no witness");
};
/** [x \in dom |-> f(x)] */
const lambda = (dom: Value, f: (x: Value) => Value): Value => {
  const d = enumerate(dom);
  return fcnFromSorted(d, d.map(f), dom.kind === "interval");
};
const num = (v: Value): number => (v as { value: number }).value;
const m1 = modelValue("m1", 0);
const m2 = modelValue("m2", 1);
const a_x = modelValue("a_x", 2);
const b_y = modelValue("b_y", 3);

const builders: Record<string, () => Value> = {
  "arith-001": () => plus(i(7), times(i(5), i(3))),
  "arith-002": () => times(plus(i(7), i(5)), i(3)),
  "arith-003": () => minus(minus(i(10), i(3)), i(2)),
  "arith-005": () => div(i(-17), i(5)),
  "arith-006": () => negate(div(i(17), i(5))),
  "arith-007": () => div(i(17), i(-5)),
  "arith-009": () => mod(i(17), i(5)),
  "arith-010": () => mod(i(-17), i(5)),
  "arith-011": () => mod(i(17), i(-5)),
  "arith-013": () => mod(i(0), i(3)),
  "arith-014": () => div(i(10), i(0)),
  "arith-015": () => mod(i(10), i(0)),
  "arith-017": () => pow(i(2), i(0)),
  "arith-018": () => pow(i(0), i(0)),
  "arith-019": () => pow(i(-2), i(3)),
  "arith-021": () => pow(i(2), i(-1)),
  "arith-022": () => negate(minus(i(3), i(5))),
  "arith-023": () => negate(i(-4)),
  "arith-025": () => i(2147483647),
  "arith-027": () => minus(negate(i(2147483647)), i(1)),
  "arith-030": () => times(i(3), i(-2)),
  "arith-031": () => times(div(i(12), i(4)), i(3)),
  "arith-033": () => div(i(-1), i(2)),
  "range-001": () => range(i(1), i(5)),
  "range-002": () => range(i(3), i(1)),
  "range-003": () => mapOf(range(i(3), i(1)), (x) => x),
  "range-005": () => range(i(-2), i(2)),
  "range-006": () => eq(range(i(1), i(5)), S(1, 2, 3, 4, 5)),
  "range-007": () => eq(range(i(3), i(1)), EMPTY_SET),
  "range-009": () => inn(i(0), range(i(1), i(3))),
  "range-010": () => mapOf(range(i(1), i(4)), (x) => x),
  "range-011": () => union(range(i(1), i(3)), range(i(5), i(6))),
  "range-013": () => difference(range(i(1), i(5)), range(i(2), i(4))),
  "range-014": () => b(isSubset(range(i(1), i(3)), range(i(0), i(10)))),
  "range-015": () => range(negate(i(5)), negate(i(1))),
  "cmp-001": () => lessThan(i(3), i(5)),
  "cmp-002": () => lessOrEqual(i(5), i(5)),
  "cmp-003": () => greaterOrEqual(i(3), i(4)),
  "cmp-005": () => neq(i(3), i(4)),
  "cmp-006": () => neq(i(3), i(3)),
  "cmp-007": () => eq(i(4), i(4)),
  "cmp-009": () => lessOrEqual(i(2), i(3)),
  "cmp-011": () => greaterOrEqual(i(3), i(4)),
  "cmp-013": () => lessThan(T(1, 2), T(1, 3)),
  "cmp-014": () => lessThan(S(1), S(2)),
  "bool-019": () => BOOLEAN,
  "bool-021": () => inn(i(1), BOOLEAN),
  "bool-023": () => eq(TRUE, FALSE),
  "bool-027": () => filterOf(BOOLEAN, (x) => !(x as { value: boolean }).value),
  "sets-001": () => EMPTY_SET,
  "sets-002": () => S(1, 1, 2),
  "sets-003": () => S(3, 1, 2),
  "sets-005": () => inn(i(4), S(1, 2, 3)),
  "sets-006": () => b(!isMember(i(4), S(1, 2, 3))),
  "sets-007": () => union(S(1, 2), S(2, 3)),
  "sets-009": () => difference(S(1, 2, 3), S(2)),
  "sets-010": () => union(S(1, 2), S(5)),
  "sets-011": () => intersect(S(1, 2), S(3)),
  "sets-013": () => b(isSubset(S(1, 4), S(1, 2, 3))),
  "sets-014": () => b(isSubset(EMPTY_SET, EMPTY_SET)),
  "sets-015": () => powerset(S(1, 2)),
  "sets-017": () => powerset(S(1, 2, 3)),
  "sets-018": () => i(cardinality(powerset(range(i(1), i(4))))),
  "sets-019": () => unionAll(S(S(1, 2), S(2, 3), EMPTY_SET)),
  "sets-021": () => filterOf(range(i(1), i(10)), (x) => num(mod(x, i(3))) === 0),
  "sets-022": () => mapOf(range(i(-2), i(2)), (x) => times(x, x)),
  "sets-023": () => mapOf(cartesian([range(i(1), i(3)), range(i(10), i(11))]), (p) => plus(apply(p, i(1)), apply(p, i(2)))),
  "sets-025": () => cartesian([range(i(1), i(2)), S(7, 8)]),
  "sets-026": () => cartesian([S(1, 2), EMPTY_SET]),
  "sets-027": () => cartesian([S(1), S(2), S(3)]),
  "sets-030": () => S(S(1, 2), S(2, 1)),
  "sets-031": () => S(S(2), S(1, 2), EMPTY_SET, S(1)),
  "sets-033": () => filterOf(EMPTY_SET, () => true),
  "sets-034": () => filterOf(range(i(1), i(5)), () => false),
  "sets-035": () => eq(S(1, 2), S(2, 1)),
  "sets-037": () => eq(filterOf(range(i(1), i(5)), (x) => num(x) > 2), range(i(3), i(5))),
  "sets-038": () => eq(powerset(S(1)), S(EMPTY_SET, S(1))),
  "sets-039": () => eq(EMPTY_SET, range(i(1), i(0))),
  "sets-041": () => eq(filterOf(range(i(1), i(3)), (x) => num(x) !== 2), union(S(1), S(3))),
  "sets-042": () => inn(S(1, 2), powerset(S(1, 2, 3))),
  "sets-043": () => inn(T(1, 2), cartesian([S(1, 2), S(2)])),
  "sets-045": () => filterOf(powerset(S(1, 2, 3)), (x) => cardinality(x) === 2),
  "sets-049": () => filterOf(powerset(range(i(1), i(3))), (x) => isMember(i(2), x)),
  "sets-050": () => unionAll(S(powerset(S(1)), S(S(2)))),
  "sets-051": () => eq(powerset(range(i(1), i(2))), S(EMPTY_SET, S(1), S(2), S(1, 2))),
  "sets-053": () => union(EMPTY_SET, EMPTY_SET),
  "sets-054": () => S(T(1, 2), T(1), EMPTY_TUPLE),
  "quant-013": () => b(enumerate(NAT).some((x) => num(x) === 3)),
  "quant-014": () => b(enumerate(INT).every(() => true)),
  "choose-001": () => choose(S(3, 1, 2), () => true),
  "choose-002": () => choose(S(3, 1, 2), (x) => num(x) > 1),
  "choose-003": () => choose(range(i(1), i(10)), (x) => num(x) * num(x) > 20),
  "choose-007": () => choose(S(R({ n: 2 }), R({ n: 1 })), () => true),
  "choose-011": () => choose(powerset(S(1, 2)), (x) => cardinality(x) === 1),
  "choose-013": () => choose(S(T(2, 1), T(1, 2), T(1, 1)), () => true),
  "choose-014": () => choose(S(S(2), S(1, 2), S(1)), () => true),
  "choose-015": () => choose(BOOLEAN, () => true),
  "choose-017": () => choose(NAT, (x) => num(x) === 4),
  "choose-021": () => choose(S(T(1), T(0, 0)), () => true),
  "func-001": () => lambda(range(i(1), i(3)), (x) => times(x, x)),
  "func-002": () => lambda(S(0, 1), (x) => plus(x, i(10))),
  "func-003": () => lambda(range(i(2), i(3)), (x) => x),
  "func-005": () => lambda(EMPTY_SET, () => i(1)),
  "func-007": () => domain(lambda(range(i(5), i(6)), () => i(0))),
  "func-009": () => except(lambda(range(i(1), i(3)), (x) => times(x, i(10))), [i(2)], () => i(0)),
  "func-010": () => except(lambda(range(i(1), i(3)), (x) => times(x, i(10))), [i(2)], (old) => plus(old, i(1))),
  "func-011": () => except(except(lambda(range(i(1), i(3)), (x) => times(x, i(10))), [i(1)], () => i(7)), [i(3)], () => i(9)),
  "func-013": () => except(lambda(range(i(1), i(2)), (x) => lambda(range(i(1), i(2)), (y) => times(x, y))), [i(2), i(1)], () => i(0)),
  "func-017": () => apply(lambda(range(i(1), i(3)), (x) => x), i(4)),
  "func-018": () => apply(lambda(range(i(1), i(3)), (x) => x), i(0)),
  "func-019": () => functionSpace(S(1, 2), S(s("x"))),
  "func-021": () => functionSpace(range(i(1), i(2)), S(0, 1)),
  "func-022": () => functionSpace(EMPTY_SET, S(1)),
  "func-023": () => functionSpace(S(1), EMPTY_SET),
  "func-025": () => inn(lambda(range(i(1), i(2)), () => i(-1)), functionSpace(range(i(1), i(2)), NAT)),
  "func-026": () => inn(T(1, 2), functionSpace(range(i(1), i(2)), range(i(1), i(2)))),
  "func-027": () => inn(T(1, 2), functionSpace(range(i(1), i(3)), range(i(1), i(2)))),
  "func-029": () => lambda(cartesian([S(1, 2), S(3)]), (p) => apply(p, i(1))),
  "func-031": () => lambda(cartesian([range(i(1), i(2)), range(i(1), i(2))]), (p) => plus(apply(p, i(1)), apply(p, i(2)))),
  "func-033": () => eq(lambda(range(i(1), i(3)), (x) => x), lambda(S(1, 2, 3), (y) => y)),
  "func-035": () => lambda(functionSpace(S(1), S(2, 3)), (f) => apply(f, i(1))),
  "func-037": () => except(lambda(range(i(1), i(2)), () => i(0)), [i(1)], () => s("s")),
  "func-038": () => eq(lambda(range(i(1), i(2)), () => i(0)), lambda(range(i(1), i(3)), () => i(0))),
  "func-039": () => atAt(colonGreater(i(2), s("b")), colonGreater(i(1), s("a"))),
  "func-041": () => eq(functionSpace(range(i(1), i(2)), S(0)), S(T(0, 0))),
  "func-042": () =>
    i(cardinality(filterOf(functionSpace(range(i(1), i(3)), range(i(1), i(3))), (f) => cardinality(mapOf(domain(f), (x) => apply(f, x))) === 3))),
  "func-043": () => lambda(S(-1, 0), (x) => x),
  "rec-003": () => field(R({ a: 1 }), "a"),
  "rec-006": () => i(cardinality(recordSpace(["a", "b"], [range(i(1), i(3)), range(i(1), i(2))]))),
  "rec-007": () => inn(R({ a: 1 }), recordSpace(["a"], [NAT])),
  "rec-009": () => inn(R({ a: 1, b: 2 }), recordSpace(["a"], [NAT])),
  "rec-013": () => apply(R({ a: 1, b: 2 }), s("b")),
  "rec-014": () => eq(R({ a: 1 }), colonGreater(s("a"), i(1))),
  "rec-015": () => eq(R({ a: 1 }), R({ a: 1, b: 2 })),
  "rec-017": () => except(R({ a: R({ b: 1 }) }), [s("a"), s("b")], () => i(3)),
  "rec-018": () => except(R({ a: R({ b: 1 }) }), [s("a"), s("b")], () => i(3)),
  "rec-019": () => eq(R({ a: 1 }), T(1)),
  "rec-021": () => except(R({ a: 1 }), [s("c")], () => i(1)),
  "rec-025": () => mapOf(recordSpace(["a", "b"], [range(i(1), i(3)), S(0)]), (r) => field(r, "a")),
  "rec-026": () => eq(R({ a: 1, b: 2 }), R({ b: 2, a: 1 })),
  "seq-001": () => EMPTY_TUPLE,
  "seq-002": () => T(1, s("a"), S(2)),
  "seq-003": () => apply(T(1, 2), i(2)),
  "seq-005": () => len(EMPTY_TUPLE),
  "seq-006": () => append(T(1), i(2)),
  "seq-007": () => append(EMPTY_TUPLE, EMPTY_TUPLE),
  "seq-009": () => tail(T(4, 5, 6)),
  "seq-010": () => tail(T(4)),
  "seq-011": () => head(EMPTY_TUPLE),
  "seq-013": () => concat(T(1, 2), T(3)),
  "seq-014": () => concat(EMPTY_TUPLE, EMPTY_TUPLE),
  "seq-015": () => subSeq(T(1, 2, 3, 4), i(2), i(3)),
  "seq-017": () => subSeq(T(1, 2, 3), i(0), i(2)),
  "seq-018": () => subSeq(T(1, 2, 3), i(2), i(5)),
  "seq-019": () => selectSeq(T(1, 2, 3, 4), (x) => num(mod(x, i(2))) === 0),
  "seq-021": () => inn(T(1, 2), seqOf(S(1, 2))),
  "seq-022": () => inn(T(1, 3), seqOf(S(1, 2))),
  "seq-023": () => inn(EMPTY_TUPLE, seqOf(EMPTY_SET)),
  "seq-025": () => eq(T(1, 2), lambda(range(i(1), i(2)), (x) => x)),
  "seq-026": () => apply(T(1, 2, 3), i(4)),
  "seq-027": () => len(s("abc")),
  "seq-029": () => append(s("ab"), s("c")),
  "seq-030": () => domain(EMPTY_TUPLE),
  "seq-031": () => eq(EMPTY_TUPLE, EMPTY_SET),
  "seq-033": () => inn(i(1), seqOf(S(1))),
  "seq-034": () => eq(T(1, 2), T(2, 1)),
  "seq-035": () => eq(T(1, 2), T(1, 2, 3)),
  "seq-037": () => len(subSeq(T(1, 2, 3), i(1), i(0))),
  "seq-038": () => eq(concat(T(3, 4), EMPTY_TUPLE), T(3, 4)),
  "seq-039": () => tail(T(s("x"), s("y"))),
  "seq-041": () => domain(T(7, 8, 9)),
  "seq-042": () => head(tail(append(T(1, 2), i(3)))),
  "seq-043": () => inn(T(1, 2), seqOf(NAT)),
  "seq-045": () => head(s("abc")),
  "seq-046": () => T(head(T(1, 2, 3)), tail(T(1, 2, 3))),
  "str-001": () => eq(s("abc"), s("abc")),
  "str-002": () => eq(s("a"), s("b")),
  "str-003": () => inn(s("a"), S(s("a"), s("b"))),
  "str-005": () => s(""),
  "str-006": () => len(s("")),
  "str-007": () => neq(s("a"), s("A")),
  "str-009": () => toStringValue(S(2, 1)),
  "str-010": () => toStringValue(s("x")),
  "str-011": () => toStringValue(T(1, s("a"))),
  "str-013": () => toStringValue(range(i(1), i(3))),
  "str-014": () => s('quote"inside'),
  "str-018": () => inn(s("abc"), STRING),
  "str-019": () => inn(i(1), STRING),
  "str-021": () => concat(s("a"), s("b")),
  "str-022": () => eq(S(s("alpha"), s("zeta")), S(s("zeta"), s("alpha"))),
  "str-023": () => STRING,
  "str-025": () => apply(T(s("x"), s("y")), i(1)),
  "natint-001": () => inn(i(0), NAT),
  "natint-002": () => inn(i(-1), NAT),
  "natint-003": () => inn(i(-1), INT),
  "natint-005": () => NAT,
  "natint-006": () => INT,
  "natint-007": () => intersect(S(-1, 0, 1), NAT),
  "natint-009": () => inn(s("a"), NAT),
  "natint-010": () => inn(i(3), difference(INT, S(0))),
  "natint-011": () => inn(i(0), difference(INT, S(0))),
  "natint-013": () => b(isFiniteSet(NAT)),
  "natint-014": () => i(cardinality(NAT)),
  "natint-015": () => inn(S(1, 2), powerset(NAT)),
  "natint-017": () => b(isSubset(S(0, 1), NAT)),
  "natint-018": () => powerset(NAT),
  "mixed-001": () => eq(i(1), s("a")),
  "mixed-002": () => eq(s("a"), i(1)),
  "mixed-003": () => eq(T(1), i(1)),
  "mixed-005": () => eq(R({ a: 1 }), i(1)),
  "mixed-006": () => eq(TRUE, i(1)),
  "mixed-007": () => inn(i(1), S(s("a"), s("b"))),
  "mixed-009": () => S(1, s("a")),
  "mixed-010": () => eq(S(1), S(s("a"))),
  "mixed-011": () => eq(T(1, s("a")), T(1, s("a"))),
  "mixed-013": () => S(T(1), T(s("a"))),
  "mixed-014": () => eq(EMPTY_SET, EMPTY_TUPLE),
  "mixed-015": () => neq(i(1), s("a")),
  "mixed-017": () => i(cardinality(S(1, s("a")))),
  "mixed-018": () => union(S(1), S(s("a"))),
  "mixed-019": () => eq(EMPTY_SET, S(1)),
  "mixed-021": () => len(T(S(1, s("a")))),
  "mixed-022": () => inn(s("a"), S(1, s("a"))),
  "tlc-001": () => permutations(S(1, 2, 3)),
  "tlc-002": () => i(cardinality(permutations(range(i(1), i(4))))),
  "tlc-003": () => sortSeq(T(3, 1, 2), (x, y) => num(x) < num(y)),
  "tlc-005": () => assertTlc(TRUE, s("ok")),
  "tlc-006": () => assertTlc(FALSE, s("boom")),
  "tlc-007": () => assertTlc(eq(i(1), i(2)), s("bad")),
  "tlc-009": () => atAt(atAt(colonGreater(i(1), s("a")), colonGreater(i(2), s("b"))), colonGreater(i(3), s("c"))),
  "tlc-010": () => atAt(colonGreater(i(1), i(2)), colonGreater(i(2), i(3))),
  "tlc-011": () => domain(atAt(colonGreater(i(1), i(2)), colonGreater(i(5), i(3)))),
  "tlc-013": () => permutations(EMPTY_SET),
  "tlc-014": () => colonGreater(i(1), s("a")),
  "tlc-015": () => colonGreater(i(5), s("a")),
  "tlc-017": () => atAt(colonGreater(i(3), i(1)), colonGreater(i(5), i(2))),
  "tlc-018": () => colonGreater(s("a"), i(1)),
  "tlc-019": () => eq(atAt(colonGreater(s("a"), i(1)), colonGreater(s("b"), i(2))), R({ a: 1, b: 2 })),
  "tlc-021": () => toStringValue(i(-5)),
  "tlc-022": () => toStringValue(EMPTY_TUPLE),
  "tlc-023": () => apply(atAt(colonGreater(i(1), i(2)), colonGreater(i(5), i(3))), i(4)),
  "tlc-025": () => mapOf(permutations(range(i(1), i(3))), (p) => apply(p, i(1))),
  "fin-001": () => i(cardinality(EMPTY_SET)),
  "fin-002": () => i(cardinality(S(1, 2, 3))),
  "fin-003": () => i(cardinality(S(1, 1, 2))),
  "fin-005": () => b(isFiniteSet(range(i(1), i(5)))),
  "fin-006": () => i(cardinality(S(EMPTY_SET, S(EMPTY_SET)))),
  "fin-007": () => b(isFiniteSet(EMPTY_SET)),
  "mv-001": () => m1,
  "mv-002": () => S(m2, m1),
  "mv-003": () => eq(m1, m1),
  "mv-005": () => eq(m1, i(1)),
  "mv-006": () => eq(m1, s("m1")),
  "mv-007": () => inn(m1, S(1, 2)),
  "mv-009": () => choose(S(m2, m1), () => true),
  "mv-010": () => lambda(S(m2, m1), () => i(0)),
  "mv-011": () => lessThan(m1, i(2)),
  "mv-013": () => i(cardinality(S(m1, m2, m1))),
  "mv-014": () => R({ f: m1 }),
  "mv-015": () => permutations(S(m1, m2)),
  "mv-017": () => inn(m1, STRING),
  "mv-018": () => toStringValue(m1),
  "mv-019": () => eq(a_x, b_y),
  "mv-021": () => eq(a_x, m1),
  "mv-022": () => S(a_x, m2, m1),
  "mv-023": () => inn(m1, NAT),
};

function loadCases(): Case[] {
  return JSON.parse(readFileSync(join(sharedDir, "conformance/expressions/cases.json"), "utf8")) as Case[];
}

describeShared("values conformance with TLC's expression corpus", () => {
  const cases = new Map(loadCases().map((c) => [c.id, c]));

  it("covers a representative share of the corpus, every case id real", () => {
    for (const id of Object.keys(builders)) expect(cases.has(id), id).toBe(true);
    expect(Object.keys(builders).length).toBeGreaterThan(200);
  });

  for (const [id, build] of Object.entries(builders)) {
    it(`${id}`, () => {
      const c = cases.get(id)!;
      if (c.error) {
        let thrown: unknown;
        try {
          printValue(build());
        } catch (e) {
          thrown = e;
        }
        expect(isEvalError(thrown), `${c.expr} should fail as TLC did`).toBe(true);
        return;
      }
      expect(printValue(build()), c.expr).toBe(c.value);
    });
  }
});
