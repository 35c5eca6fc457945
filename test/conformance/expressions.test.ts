import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ProblemError } from "../../src/diagnostics/problem.ts";
import { compileSpec, type CompiledSpec, type ConstantBindings } from "../../src/tla/eval/index.ts";
import { loadSpec } from "../../src/tla/modules/load-spec.ts";
import { memoryReader } from "../../src/tla/modules/sources.ts";
import { modelValue, valuesEqual } from "../../src/tla/values/index.ts";
import { describeShared, sharedDir } from "../helpers/shared.ts";

/**
 * Every expression of the TLC conformance corpus, evaluated through the public API exactly as
 * the README describes: alone in a generated module, as `ASSUME PrintT(<expr>)`, printed by
 * PrintT. Judged by the README's rules:
 * - values: the printed line equals TLC's exactly;
 * - errors: evaluating the ASSUME fails with an evaluation error;
 * - order_sensitive: equal as values (strings are ordered lexicographically here, not by TLC's
 *   interning order), and a CHOOSE among strings may pick another string;
 * - int32_overflow: TLC overflows at 32 bits, this engine computes the exact result (below).
 */

interface Case {
  readonly id: string;
  readonly expr: string;
  readonly value?: string;
  readonly error?: boolean;
  readonly order_sensitive?: boolean;
  readonly int32_overflow?: boolean;
  readonly module_constants?: string;
  readonly cfg?: string;
}

/** Exact results where TLC reports a 32-bit overflow (README: the engine may compute them). */
const exactBeyondInt32: Readonly<Record<string, string>> = {
  "arith-026": "2147483648",
  "arith-029": "2147483648",
};

const EXTENDS = "EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC";

function moduleText(name: string, c: Case, body: string): string {
  const lines = [`---- MODULE ${name} ----`, EXTENDS];
  if (c.module_constants) lines.push(c.module_constants);
  lines.push(body, "====", "");
  return lines.join("\n");
}

/** Model values as the .cfg of the mv-* cases binds them: each constant to itself, in declaration order. */
function bindingsFor(c: Case): ConstantBindings {
  const map = new Map<string, { kind: "value"; value: ReturnType<typeof modelValue> }>();
  if (!c.module_constants) return map;
  const names = c.module_constants
    .replace(/^CONSTANTS?\s+/, "")
    .split(",")
    .map((s) => s.trim());
  names.forEach((n, i) => map.set(n, { kind: "value", value: modelValue(n, i) }));
  return map;
}

function compile(name: string, text: string, c: Case, print: (line: string) => void): CompiledSpec {
  const file = `/virtual/${name}.tla`;
  const loaded = loadSpec(file, memoryReader({ [file]: text }));
  if ("problems" in loaded) throw new Error(`load failed: ${loaded.problems.map((p) => p.message).join("; ")}`);
  const compiled = compileSpec(loaded.spec, bindingsFor(c), { print });
  if (!compiled.ok) throw new Error(`compile failed: ${compiled.problems.map((p) => `${p.code}: ${p.message}`).join("; ")}`);
  return compiled.spec;
}

type Outcome = { readonly printed: string } | { readonly error: ProblemError };

function evaluate(c: Case): Outcome {
  const name = `E_${c.id.replace(/-/g, "_")}`;
  const lines: string[] = [];
  const spec = compile(name, moduleText(name, c, `ASSUME PrintT(${c.expr})`), c, (l) => lines.push(l));
  const assume = spec.assumptions[0]!;
  try {
    const ok = assume.holds();
    expect(ok).toBe(true);
  } catch (e) {
    if (e instanceof ProblemError) return { error: e };
    throw e;
  }
  expect(lines).toHaveLength(1);
  return { printed: lines[0]! };
}

/** For order-sensitive cases: the expected text and the actual expression, compared as values. */
function sameModuloStringOrder(c: Case): void {
  const name = `O_${c.id.replace(/-/g, "_")}`;
  const spec = compile(name, moduleText(name, c, `Actual == ${c.expr}\nExpected == ${c.value!}`), c, () => {});
  const actual = spec.constant("Actual");
  const expected = spec.constant("Expected");
  if (expected.kind === "string" && /^\s*CHOOSE/.test(c.expr)) {
    // TLC chose by its interning order; any string candidate is a faithful CHOOSE here.
    expect(actual.kind).toBe("string");
    return;
  }
  expect(valuesEqual(actual, expected)).toBe(true);
}

describeShared("TLC conformance: expressions (../shared/conformance/expressions/cases.json)", () => {
  const cases = JSON.parse(readFileSync(join(sharedDir, "conformance/expressions/cases.json"), "utf8")) as Case[];

  it("has all 347 cases", () => {
    expect(cases).toHaveLength(347);
  });

  for (const c of cases) {
    it(`${c.id}: ${c.expr}`, () => {
      const out = evaluate(c);
      if (c.int32_overflow) {
        expect(out).toEqual({ printed: exactBeyondInt32[c.id] });
        return;
      }
      if (c.error) {
        if ("printed" in out) throw new Error(`expected an evaluation error, got ${out.printed}`);
        expect(out.error.problem.code).toBe("evaluation");
        expect(out.error.problem.location).toBeDefined();
        return;
      }
      if ("error" in out) throw new Error(`expected ${c.value}, got error: ${out.error.problem.message} ${(out.error.problem.details ?? []).join(" ")}`);
      if (c.order_sensitive) {
        sameModuloStringOrder(c);
        return;
      }
      expect(out.printed).toBe(c.value);
    });
  }
});
