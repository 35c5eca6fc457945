import type { SourceLocation } from "../../diagnostics/location.ts";
import type { AssumeUnit, ConstantDecl, Expr, FunctionDef, InstanceUnit, Module, OperatorDef, VariableDecl } from "../syntax/ast.ts";
import type { CompileCtx } from "./compile-context.ts";
import { semanticError, unsupported, withModule } from "./compile-context.ts";
import { compileExpr } from "./compile-expr.ts";
import { FnEntry } from "./fn-entry.ts";
import { OpEntry } from "./op-entry.ts";
import { declareParams } from "./params.ts";
import { Frame, Scope, type Binding, type Compiled } from "./scope.ts";
import { coreConstants, standardModule } from "./stdlib/index.ts";

/**
 * The modules of a spec, by name, as the loader found them. The standard modules (Naturals,
 * Sequences, TLC, ...) are not in it: their operators are TypeScript (stdlib/).
 */
export interface ModuleTable {
  readonly root: Module;
  module(name: string): Module | undefined;
}

/** How a module's CONSTANTs and VARIABLEs are bound in one instantiation of it. */
export type ParamResolver = (decl: ConstantDecl | VariableDecl, module: Module, ns: Namespace) => Binding;

/**
 * The model's `C <-[M] Op` substitutions: for a constant C declared in module M (in any
 * instantiation of M), the binding of Op in that namespace, or undefined.
 */
export type ModuleOverride = (module: string, constant: string, ns: Namespace) => Binding | undefined;

export interface AssumeRecord {
  readonly unit: AssumeUnit;
  readonly module: string;
  readonly ns: Namespace;
}

export type DefRecord = { readonly kind: "op"; readonly entry: OpEntry } | { readonly kind: "fn"; readonly entry: FnEntry };

/**
 * One instantiation of a module: its scope (its own definitions, those of the modules it
 * EXTENDS, its parameters bound by a ParamResolver) and what it exports to `I!Op` (everything
 * not LOCAL). The root module is one; each `I == INSTANCE M WITH ...` makes another.
 */
export class Namespace {
  readonly scope = new Scope(null, null);
  readonly exports = new Map<string, Binding>();
  readonly defs: DefRecord[] = [];
  readonly assumes: AssumeRecord[] = [];
  /** Named instances declared at module level, built on first use. */
  readonly instances: Namespace[] = [];

  constructor(
    readonly module: string,
    readonly cc: CompileCtx,
  ) {
    for (const op of coreConstants) this.scope.define(op.name, { kind: "std", op });
  }

  /**
   * Declares `name`; declaring it again with a different meaning is SANY's "multiply-defined
   * symbol" (the same standard operator reached through two EXTENDS is one meaning).
   */
  define(name: string, b: Binding, exported: boolean, loc?: SourceLocation): void {
    const prev = this.scope.own(name);
    if (prev !== undefined && loc !== undefined && !sameMeaning(prev, b)) {
      semanticError(`Multiply-defined symbol '${name}': this definition or declaration conflicts with an earlier one.`, loc);
    }
    this.scope.define(name, b);
    if (exported) this.exports.set(name, b);
  }
}

function sameMeaning(a: Binding, b: Binding): boolean {
  if (a.kind === "std" && b.kind === "std") return a.op === b.op;
  if (a.kind === "op" && b.kind === "op") return a.entry === b.entry;
  if (a.kind === "fn" && b.kind === "fn") return a.entry === b.entry;
  return a === b;
}

export class NamespaceBuilder {
  constructor(
    private readonly table: ModuleTable,
    private readonly cc: CompileCtx,
    private readonly override: ModuleOverride = () => undefined,
  ) {}

  build(mod: Module, params: ParamResolver): Namespace {
    const ns = new Namespace(mod.name, withModule(this.cc, mod.name));
    this.include(mod, ns, params, new Set(), true);
    return ns;
  }

  /** Adds `mod`'s declarations to `ns` (EXTENDS merges modules into one namespace). */
  private include(mod: Module, ns: Namespace, params: ParamResolver, included: Set<string>, exported: boolean): void {
    if (included.has(mod.name)) return;
    included.add(mod.name);
    for (const ext of mod.extends) {
      const std = standardModule(ext.name, ext.loc);
      if (std !== null) {
        for (const op of std) ns.define(op.name, { kind: "std", op }, exported);
        continue;
      }
      const m = this.table.module(ext.name);
      if (m === undefined) semanticError(`Cannot find source file for module ${ext.name}.`, ext.loc);
      this.include(m, ns, params, included, exported);
    }
    const cc = withModule(this.cc, mod.name);
    for (const unit of mod.units) {
      switch (unit.kind) {
        case "constant":
        case "variable":
          ns.define(unit.name, params(unit, mod, ns), false, unit.loc);
          break;
        case "operator":
          this.defineOperator(unit, ns, mod.name, exported);
          break;
        case "function":
          this.defineFunction(unit, ns, mod.name, exported);
          break;
        case "assume":
          ns.assumes.push({ unit, module: mod.name, ns });
          break;
        case "instance":
          this.defineInstance(unit, ns, cc, exported);
          break;
        case "recursive":
        case "theorem":
        case "submodule":
          break;
      }
    }
  }

  private defineOperator(unit: OperatorDef, ns: Namespace, module: string, exported: boolean): void {
    const bodyScope = new Scope(ns.scope, new Frame(1));
    declareParams(unit.params, bodyScope);
    const entry = new OpEntry(unit.name, module, unit.loc, unit.params, unit.body, bodyScope, bodyScope.frame!, 0, unit.local);
    ns.defs.push({ kind: "op", entry });
    ns.define(unit.name, { kind: "op", entry }, exported && !unit.local, unit.nameLoc);
  }

  private defineFunction(unit: FunctionDef, ns: Namespace, module: string, exported: boolean): void {
    const bodyScope = new Scope(ns.scope, new Frame(1));
    const entry = new FnEntry(unit, module, bodyScope, bodyScope.frame!, 0);
    ns.defs.push({ kind: "fn", entry });
    ns.define(unit.name, { kind: "fn", entry }, exported && !unit.local, unit.nameLoc);
  }

  private defineInstance(unit: InstanceUnit, ns: Namespace, cc: CompileCtx, exported: boolean): void {
    if (unit.params.length > 0) unsupported(`The parameterized instance ${unit.name}(...) == INSTANCE ${unit.module.name} is not supported.`, unit.loc);
    const std = standardModule(unit.module.name, unit.module.loc);
    if (unit.name === null) {
      // `INSTANCE M`: M's exported definitions join this module's namespace.
      if (std !== null) {
        for (const op of std) ns.define(op.name, { kind: "std", op }, exported && !unit.local);
        return;
      }
      const inst = this.instantiate(unit, ns, cc);
      for (const [name, b] of inst.exports) ns.define(name, b, exported && !unit.local);
      return;
    }
    let built: Namespace | null = null;
    const get = (): Namespace => {
      if (built !== null) return built;
      if (std !== null) {
        built = new Namespace(unit.module.name, withModule(this.cc, unit.module.name));
        for (const op of std) built.define(op.name, { kind: "std", op }, true);
      } else built = this.instantiate(unit, ns, cc);
      ns.instances.push(built);
      return built;
    };
    ns.define(unit.name, { kind: "instance", ns: get, loc: unit.loc }, exported && !unit.local, unit.nameLoc ?? unit.loc);
  }

  /**
   * `INSTANCE M WITH a <- e`: M's parameters are bound to the substituted expressions (compiled
   * in the instantiating module) or, when not substituted, to the same name in its scope.
   */
  private instantiate(unit: InstanceUnit, from: Namespace, cc: CompileCtx): Namespace {
    const target = this.table.module(unit.module.name);
    if (target === undefined) semanticError(`Cannot find source file for module ${unit.module.name}.`, unit.module.loc);
    const subs = new Map(unit.substitutions.map((s) => [s.name, s]));
    const params: ParamResolver = (decl, mod, ns) => {
      if (decl.kind === "constant") {
        const o = this.override(mod.name, decl.name, ns);
        if (o !== undefined) return o;
      }
      const sub = subs.get(decl.name);
      if (sub === undefined) {
        const b = from.scope.lookup(decl.name);
        if (b === undefined) {
          semanticError(
            `INSTANCE ${unit.module.name}: the ${decl.kind} ${decl.name} is not substituted (WITH ${decl.name} <- ...) and no ${decl.name} is defined here.`,
            unit.loc,
          );
        }
        return b;
      }
      return substitutionBinding(decl, sub.value, from, cc, sub.loc);
    };
    return this.build(target, params);
  }
}

/**
 * The binding a substituted parameter gets: a plain name keeps its binding (so `x <- x` still
 * assigns the variable in actions), an operator constant takes the operator, anything else is an
 * expression evaluated where the instance is used.
 */
export function substitutionBinding(decl: ConstantDecl | VariableDecl, value: Expr, from: Namespace, cc: CompileCtx, loc: SourceLocation): Binding {
  if (value.kind === "name" && value.path.length === 0) {
    const b = from.scope.lookup(value.name);
    if (b === undefined) semanticError(`Unknown identifier ${value.name} in the substitution for ${decl.name}.`, value.loc);
    return b;
  }
  if (decl.kind === "constant" && decl.arity > 0) {
    return unsupported(`The operator parameter ${decl.name} can only be substituted by the name of an operator.`, loc);
  }
  return exprBinding(decl.name, value, from.scope, cc);
}

/** A name standing for an expression compiled (once, on first use) in `scope`'s module. */
export function exprBinding(name: string, value: Expr, scope: Scope, cc: CompileCtx): Binding {
  const frame = new Frame(1);
  const inner = new Scope(scope, frame);
  let compiled: Compiled | null = null;
  return {
    kind: "expr",
    name,
    frame,
    compiled: () => (compiled ??= compileExpr(value, inner, cc)),
  };
}
