import { compileSpec, type CompiledSpec, type ConstantBinding, type EvalOptions, type State } from "../../../src/tla/eval/index.ts";
import type { Problem } from "../../../src/diagnostics/problem.ts";
import { loadSpec } from "../../../src/tla/modules/load-spec.ts";
import { diskReader, memoryReader } from "../../../src/tla/modules/sources.ts";
import { printValue, type Value } from "../../../src/tla/values/index.ts";

/** `C <- Op` or `C <-[M] Op` in a model. */
export interface Substitution {
  readonly operator: string;
  readonly module?: string;
}

/**
 * Test helpers: compile TLA+ text held in the test (or a corpus file), and a deliberately naive
 * breadth-first search (states keyed by their printed text) that counts as TLC counts, to check
 * the evaluator's successor enumeration independently of the model checker.
 */
export function compileText(
  text: string,
  constants: Record<string, Value | Substitution> = {},
  options: EvalOptions = {},
  others: readonly string[] = [],
): CompiledSpec {
  const r = compileTextResult(text, constants, options, others);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.code}: ${p.message}`).join("; "));
  return r.spec;
}

export function compileTextResult(
  text: string,
  constants: Record<string, Value | Substitution> = {},
  options: EvalOptions = {},
  /** Further modules (EXTENDS or INSTANCE targets), each a whole module text. */
  others: readonly string[] = [],
): { ok: true; spec: CompiledSpec } | { ok: false; problems: readonly Problem[] } {
  const files: Record<string, string> = {};
  for (const t of [text, ...others]) files[`/virtual/${moduleName(t)}.tla`] = t;
  const file = `/virtual/${moduleName(text)}.tla`;
  const loaded = loadSpec(file, memoryReader(files));
  if ("problems" in loaded) return { ok: false, problems: loaded.problems };
  return compileSpec(loaded.spec, bindings(constants), options);
}

function moduleName(text: string): string {
  return /MODULE\s+(\w+)/.exec(text)?.[1] ?? "M";
}

export function compileFile(path: string, constants: Record<string, Value | Substitution> = {}): CompiledSpec {
  const loaded = loadSpec(path, diskReader);
  if ("problems" in loaded) throw new Error(loaded.problems.map((p) => p.message).join("; "));
  const r = compileSpec(loaded.spec, bindings(constants));
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.code}: ${p.message}`).join("; "));
  return r.spec;
}

function bindings(constants: Record<string, Value | Substitution>): Map<string, ConstantBinding> {
  const m = new Map<string, ConstantBinding>();
  for (const [k, v] of Object.entries(constants)) {
    if (!("operator" in v)) m.set(k, { kind: "value", value: v });
    else m.set(k, v.module === undefined ? { kind: "operator", operator: v.operator } : { kind: "operator", operator: v.operator, module: v.module });
  }
  return m;
}

export function key(s: State): string {
  return s.map(printValue).join(" | ");
}

export interface BfsCounts {
  readonly distinct: number;
  readonly generated: number;
  readonly depth: number;
}

/** BFS from Init over Next, counting like TLC: every initial and generated state, duplicates included. */
export function bfs(spec: CompiledSpec, init = "Init", next = "Next"): BfsCounts {
  const seen = new Set<string>();
  let frontier: State[] = [];
  let generated = 0;
  for (const s of spec.initialStates(init)) {
    generated++;
    const k = key(s);
    if (!seen.has(k)) {
      seen.add(k);
      frontier.push(s);
    }
  }
  const rel = spec.next(next);
  let depth = frontier.length > 0 ? 1 : 0;
  while (frontier.length > 0) {
    const nextFrontier: State[] = [];
    for (const s of frontier) {
      rel.successors(s, (t) => {
        generated++;
        const k = key(t);
        if (!seen.has(k)) {
          seen.add(k);
          nextFrontier.push(t);
        }
      });
    }
    if (nextFrontier.length > 0) depth++;
    frontier = nextFrontier;
  }
  return { distinct: seen.size, generated, depth };
}
