import { problem, type Problem } from "../diagnostics/problem.ts";
import type { ConfigValue, ModelConfig } from "../tla/config/model-config.ts";
import type { ConstantBinding, ConstantBindings } from "../tla/eval/index.ts";
import type { LoadedModule, LoadedSpec } from "../tla/modules/loaded-spec.ts";
import { bool, int, modelValue, setOf, str, type Value } from "../tla/values/index.ts";

/**
 * The CONSTANT(S) section of a .cfg turned into the evaluator's bindings.
 *
 * Model values are ranked in TLC's interning order, which decides how sets of them print and
 * which one CHOOSE picks: the root module's constants in declaration order first (so
 * `Abstain = Abstain` ranks by the declaration), then those of the modules it EXTENDS, then
 * every other name in the order the .cfg first mentions it.
 */
export interface DeclaredConstant {
  readonly name: string;
  readonly arity: number;
  readonly module: string;
}

export type BindResult = { readonly ok: true; readonly bindings: ConstantBindings } | { readonly ok: false; readonly problems: readonly Problem[] };

export function declaredConstants(spec: LoadedSpec): DeclaredConstant[] {
  const out: DeclaredConstant[] = [];
  const seen = new Set<string>();
  const visit = (m: LoadedModule): void => {
    if (seen.has(m.name)) return;
    seen.add(m.name);
    for (const u of m.ast.units) if (u.kind === "constant") out.push({ name: u.name, arity: u.arity, module: m.name });
    for (const ref of m.extends) {
      const ext = ref.kind === "user" ? spec.modules.get(ref.name) : undefined;
      if (ext) visit(ext);
    }
  };
  const root = spec.modules.get(spec.rootName);
  if (root) visit(root);
  return out;
}

/**
 * `isDefinition(name)` says whether the spec defines an operator of that name: TLC lets a .cfg
 * replace a definition too (`None = None`, `Ballot <- MCBallot`).
 */
export function bindConstants(spec: LoadedSpec, config: ModelConfig, isDefinition: (name: string) => boolean): BindResult {
  const declared = declaredConstants(spec);
  const byName = new Map(declared.map((c) => [c.name, c]));
  const order = new Map<string, number>();
  for (const c of declared) if (!order.has(c.name)) order.set(c.name, order.size);
  for (const m of config.modelValues) if (!order.has(m.name)) order.set(m.name, order.size);
  const rank = (name: string): number => {
    if (!order.has(name)) order.set(name, order.size);
    return order.get(name)!;
  };

  const problems: Problem[] = [];
  const bindings = new Map<string, ConstantBinding>();
  for (const b of config.constants) {
    const name = b.name.name;
    const constant = byName.get(name);
    if (constant === undefined && !isDefinition(name)) {
      problems.push(problem("config-parse", `The configuration file assigns ${name}, which is neither a constant nor a definition of the specification.`, b.name.loc));
      continue;
    }
    if (bindings.has(name)) {
      problems.push(problem("config-parse", `The configuration file assigns the constant ${name} twice.`, b.name.loc));
      continue;
    }
    if (b.kind === "value") {
      if (constant !== undefined && constant.arity > 0) {
        problems.push(problem("config-parse", `The constant ${name} is an operator of arity ${constant.arity}: bind it with ${name} <- Op.`, b.name.loc));
        continue;
      }
      const value = configValue(b.value, (n) => modelValue(n, rank(n)), problems);
      if (value !== null) bindings.set(name, { kind: "value", value });
    } else {
      bindings.set(name, { kind: "operator", operator: b.op.name, ...(b.module ? { module: b.module.name } : {}) });
    }
  }
  for (const c of declared) {
    if (!bindings.has(c.name)) {
      const where = spec.modules.get(c.module);
      problems.push(
        problem("config-parse", `The constant parameter ${c.name} is not assigned a value by the configuration file ${config.file}.`, where ? declLocation(where, c.name) : undefined),
      );
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, bindings };
}

/**
 * A .cfg value as a TLA+ value; `model` gives the model value of a bare name. Problems (an
 * integer beyond the engine's range) are appended, and the result is then null.
 */
export function configValue(v: ConfigValue, model: (name: string) => Value, problems: Problem[]): Value | null {
  switch (v.kind) {
    case "int":
      if (v.value > BigInt(Number.MAX_SAFE_INTEGER) || v.value < BigInt(Number.MIN_SAFE_INTEGER)) {
        problems.push(problem("config-parse", `The integer ${v.value} is too large for the engine.`, v.loc));
        return null;
      }
      return int(Number(v.value));
    case "string":
      return str(v.value);
    case "bool":
      return bool(v.value);
    case "model":
      return model(v.name);
    case "set": {
      const elems: Value[] = [];
      for (const e of v.elems) {
        const x = configValue(e, model, problems);
        if (x === null) return null;
        elems.push(x);
      }
      return setOf(elems);
    }
  }
}

function declLocation(m: LoadedModule, name: string) {
  for (const u of m.ast.units) if (u.kind === "constant" && u.name === name) return u.loc;
  return undefined;
}
