import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeShared, sharedDir } from "../../helpers/shared.ts";
import { ProblemError } from "../../../src/diagnostics/problem.ts";
import {
  EMPTY_TUPLE,
  FALSE,
  NAT,
  TRUE,
  colonGreater,
  atAt,
  decodeTlcJson,
  encodeTlcJson,
  interval,
  jsonEquals,
  matchesTlcJson,
  modelValue,
  powerset,
  printValue,
  type Json,
} from "../../../src/tla/values/index.ts";
import { R, S, T, evalErrorOf, i, s } from "./helpers.ts";

describe("TLC JSON encoding", () => {
  it("encodes values as TLC's JsonSerialize does", () => {
    expect(encodeTlcJson(TRUE)).toBe(true);
    expect(encodeTlcJson(i(-3))).toBe(-3);
    expect(encodeTlcJson(s("x"))).toBe("x");
    expect(encodeTlcJson(modelValue("w1", 0))).toBe("w1");
    expect(encodeTlcJson(T(1, 2))).toEqual([1, 2]);
    expect(encodeTlcJson(EMPTY_TUPLE)).toEqual([]);
    expect(encodeTlcJson(S(3, 1))).toEqual([1, 3]);
    expect(encodeTlcJson(interval(1, 3))).toEqual([1, 2, 3]);
    expect(encodeTlcJson(powerset(S(1)))).toEqual([[], [1]]);
    expect(encodeTlcJson(R({ b: S(), a: T() }))).toEqual({ a: [], b: [] });
    expect(encodeTlcJson(atAt(colonGreater(i(0), s("spin")), colonGreater(i(1), s("cs"))))).toEqual({ "0": "spin", "1": "cs" });
    expect(encodeTlcJson(colonGreater(T(1, 2), FALSE))).toEqual({ "<<1, 2>>": false });
    evalErrorOf(() => encodeTlcJson(NAT));
  });

  it("decodes as TLC's JsonDeserialize does, resolving model values when asked", () => {
    expect(printValue(decodeTlcJson({ b: [1, true], a: "x" }))).toBe('[a |-> "x", b |-> <<1, TRUE>>]');
    expect(decodeTlcJson({})).toBe(EMPTY_TUPLE);
    const w1 = modelValue("w1", 0);
    const resolved = decodeTlcJson({ owner: "w1", other: "w9" }, { modelValue: (n) => (n === "w1" ? w1 : undefined) });
    expect(printValue(resolved)).toBe('[other |-> "w9", owner |-> w1]');
    expect(() => decodeTlcJson(1.5)).toThrow(ProblemError);
    expect(() => decodeTlcJson(null)).toThrow(ProblemError);
    expect(() => decodeTlcJson(2 ** 60)).toThrow(ProblemError);
  });

  it("compares JSON regardless of key order", () => {
    expect(jsonEquals({ a: 1, b: [2] }, { b: [2], a: 1 })).toBe(true);
    expect(jsonEquals({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEquals([1, 2], [2, 1])).toBe(false);
    expect(jsonEquals({ "0": 1 }, [1])).toBe(false);
  });
});

interface TraceFile {
  readonly counterexample: { readonly state: readonly (readonly [number, { readonly [v: string]: Json }])[] };
}

describeShared("TLC's -dumpTrace json files", () => {
  const dir = join(sharedDir, "conformance/specs/traces");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

  it("re-encode every state variable identically after decoding", () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const trace = JSON.parse(readFileSync(join(dir, f), "utf8")) as TraceFile;
      for (const [, vars] of trace.counterexample.state) {
        for (const [name, j] of Object.entries(vars)) {
          expect(jsonEquals(encodeTlcJson(decodeTlcJson(j)), j), `${f} ${name}`).toBe(true);
        }
      }
    }
  });

  it("match states built as the engine builds them (model values, integer-domain functions)", () => {
    const naive = JSON.parse(readFileSync(join(dir, "NaiveLock.json"), "utf8")) as TraceFile;
    const lastNaive = naive.counterexample.state.at(-1)![1];
    const w1 = modelValue("w1", 0);
    const w2 = modelValue("w2", 1);
    expect(matchesTlcJson(TRUE, lastNaive["held"]!)).toBe(true);
    expect(matchesTlcJson(atAt(colonGreater(w2, s("inside")), colonGreater(w1, s("inside"))), lastNaive["stage"]!)).toBe(true);
    expect(matchesTlcJson(atAt(colonGreater(w2, s("inside")), colonGreater(w1, s("home"))), lastNaive["stage"]!)).toBe(false);

    const peterson = JSON.parse(readFileSync(join(dir, "PetersonLock_unfair.json"), "utf8")) as TraceFile;
    const lastPeterson = peterson.counterexample.state.at(-1)![1];
    expect(matchesTlcJson(atAt(colonGreater(i(0), s("spin")), colonGreater(i(1), s("spin"))), lastPeterson["pc"]!)).toBe(true);
    expect(matchesTlcJson(atAt(colonGreater(i(0), TRUE), colonGreater(i(1), TRUE)), lastPeterson["wants"]!)).toBe(true);
  });
});
