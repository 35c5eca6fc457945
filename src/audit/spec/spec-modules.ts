import type { Module, OperatorDef, Unit } from "../../tla/syntax/ast.ts";

/**
 * The modules a spec's root sees unqualified: the root and, transitively, what it EXTENDS (the
 * standard modules have no definitions the audit cares about and are absent). Definitions are
 * looked up the way TLA+ scopes them: the root's own shadow anything it extends.
 */
export interface SpecModules {
  readonly root: Module;
  /** Extended user modules, nearest first. */
  readonly extended: readonly Module[];
}

export function lookupOperator(spec: SpecModules, name: string): OperatorDef | undefined {
  for (const m of [spec.root, ...spec.extended]) {
    const def = m.units.find((u): u is OperatorDef => u.kind === "operator" && u.name === name);
    if (def) return def;
  }
  return undefined;
}

export function unitsOfKind<K extends Unit["kind"]>(spec: SpecModules, kind: K): Extract<Unit, { kind: K }>[] {
  const out: Extract<Unit, { kind: K }>[] = [];
  for (const m of [...spec.extended].reverse().concat(spec.root)) {
    for (const u of m.units) if (u.kind === kind) out.push(u as Extract<Unit, { kind: K }>);
  }
  return out;
}
