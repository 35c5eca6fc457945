import type { SourceLocation } from "../../diagnostics/location.ts";
import { fail } from "../../diagnostics/problem.ts";
import type { Expr, NameExpr } from "../syntax/ast.ts";
import type { Value } from "../values/value.ts";
import { showValue } from "../values/index.ts";
import type {
  ActionInfo,
  AssumptionInfo,
  CompiledAction,
  CompiledSpec,
  DefinitionInfo,
  NextRelation,
  State,
  TemporalFormula,
} from "./index.ts";
import type { CompileCtx } from "./compile-context.ts";
import { withModule } from "./compile-context.ts";
import { compileAct, type ActMode } from "./compile-act.ts";
import { entryAct } from "./call-act.ts";
import { compileExpr } from "./compile-expr.ts";
import { ensureBody, lookupName } from "./compile-names.ts";
import { ensureFnCompiled } from "./compile-let.ts";
import { CompiledActionImpl, NextRelationImpl } from "./next-relation.ts";
import { ActionSplitter, topLabel, type Leaf } from "./split-actions.ts";
import { decomposeTemporal } from "./temporal.ts";
import { CONSTANT, STATE, levelName } from "./level.ts";
import { evalFail } from "./locate.ts";
import type { Namespace } from "./namespace.ts";
import { CONSTANT_CTX, Ctx, EMPTY_ENV, Env } from "./runtime.ts";
import { Frame, Scope, type Binding, type Compiled } from "./scope.ts";

/** A compiled reference to a definition, with the frame its closure runs in. */
interface Reference {
  readonly compiled: Compiled;
  readonly frame: Frame;
  readonly name: string;
}

export class CompiledSpecImpl implements CompiledSpec {
  readonly rootModule: string;
  readonly variables: readonly string[];
  readonly assumptions: AssumptionInfo[] = [];
  private readonly splitter = new ActionSplitter();

  constructor(
    private readonly ns: Namespace,
    private readonly cc: CompileCtx,
  ) {
    this.rootModule = ns.module;
    this.variables = cc.variables;
  }

  compileAssumptions(): void {
    for (const rec of this.ns.assumes) {
      const frame = new Frame(1);
      const scope = new Scope(rec.ns.scope, frame);
      const c = compileExpr(rec.unit.body, scope, withModule(this.cc, rec.module));
      const loc = rec.unit.body.loc;
      this.assumptions.push({
        name: rec.unit.name,
        module: rec.module,
        location: loc,
        holds: () => {
          const v = c.ev(envOf(frame), CONSTANT_CTX);
          if (v.kind !== "bool") return evalFail("The value of an ASSUME is not a boolean:", loc, [showValue(v)]);
          return v.value;
        },
      });
    }
  }

  // -------------------------------------------------------------------------------------------
  // Definitions
  // -------------------------------------------------------------------------------------------

  private nameNode(name: string, loc: SourceLocation): NameExpr {
    const parts = name.split("!");
    const last = parts.pop()!;
    return { kind: "name", name: last, path: parts.map((p) => ({ name: p, args: [], loc })), loc };
  }

  private binding(name: string): Binding | undefined {
    try {
      return lookupName(...this.split(name), this.ns.scope, this.dummyLoc());
    } catch {
      return undefined;
    }
  }

  private split(name: string): [string, NameExpr["path"]] {
    const n = this.nameNode(name, this.dummyLoc());
    return [n.name, n.path];
  }

  private dummyLoc(): SourceLocation {
    return { file: this.rootModule, line: 1, column: 1 };
  }

  private require(name: string): Binding {
    const b = this.binding(name);
    if (b === undefined) fail("spec-semantic", `${name} is not defined in module ${this.rootModule}.`);
    return b;
  }

  definition(name: string): DefinitionInfo | undefined {
    const b = this.binding(name);
    if (b === undefined) return undefined;
    if (b.kind === "op") {
      const body = ensureBody(b.entry, this.cc);
      return { name, arity: b.entry.arity, level: levelName(body?.level ?? CONSTANT), module: b.entry.module, location: b.entry.loc };
    }
    if (b.kind === "fn") {
      const c = ensureFnCompiled(b.entry, this.cc);
      return { name, arity: 0, level: levelName(c?.body.level ?? CONSTANT), module: b.entry.module, location: b.entry.loc };
    }
    return undefined;
  }

  definitions(): readonly DefinitionInfo[] {
    const out: DefinitionInfo[] = [];
    for (const d of this.ns.defs) {
      const info = this.definition(d.entry.name);
      if (info !== undefined && info.module === d.entry.module) out.push(info);
    }
    return out;
  }

  private locationOf(name: string): SourceLocation {
    const b = this.binding(name);
    if (b !== undefined && (b.kind === "op" || b.kind === "fn")) return b.entry.loc;
    return this.dummyLoc();
  }

  private reference(name: string): Reference {
    this.require(name);
    const frame = new Frame(1);
    const scope = new Scope(this.ns.scope, frame);
    const compiled = compileExpr(this.nameNode(name, this.locationOf(name)), scope, this.cc);
    return { compiled, frame, name };
  }

  constant(name: string): Value {
    const r = this.reference(name);
    if (r.compiled.level !== CONSTANT) fail("spec-semantic", `${name} is not a constant expression: it depends on the state.`, this.locationOf(name));
    return r.compiled.ev(envOf(r.frame), CONSTANT_CTX);
  }

  statePredicate(name: string): (s: State) => boolean {
    const r = this.reference(name);
    if (r.compiled.level > STATE) fail("spec-semantic", `${name} is an action or temporal formula, not a state predicate.`, this.locationOf(name));
    const ev = r.compiled.ev;
    const frame = r.frame;
    const loc = this.locationOf(name);
    return (s) => {
      const v = ev(envOf(frame), new Ctx(s, null));
      if (v.kind !== "bool") return evalFail(`The value of ${name} is not a boolean:`, loc, [showValue(v)]);
      return v.value;
    };
  }

  stateFunction(name: string): (s: State) => Value {
    const r = this.reference(name);
    if (r.compiled.level > STATE) fail("spec-semantic", `${name} depends on the next state; a state function cannot.`, this.locationOf(name));
    const ev = r.compiled.ev;
    const frame = r.frame;
    return (s) => ev(envOf(frame), new Ctx(s, null));
  }

  actionPredicate(name: string): (s: State, t: State) => boolean {
    const r = this.reference(name);
    const ev = r.compiled.ev;
    const frame = r.frame;
    const loc = this.locationOf(name);
    return (s, t) => {
      const v = ev(envOf(frame), new Ctx(s, t));
      if (v.kind !== "bool") return evalFail(`The value of ${name} is not a boolean:`, loc, [showValue(v)]);
      return v.value;
    };
  }

  // -------------------------------------------------------------------------------------------
  // Initial states and actions
  // -------------------------------------------------------------------------------------------

  initialStates(name: string): State[] {
    this.require(name);
    const loc = this.locationOf(name);
    return initialStatesOf(this.nameNode(name, loc), this.ns.scope, this.cc, loc);
  }

  next(name: string): NextRelation {
    this.require(name);
    const loc = this.locationOf(name);
    const node = this.nameNode(name, loc);
    const frame = new Frame(1);
    const scope = new Scope(this.ns.scope, frame);
    const leaves: Leaf[] = [];
    this.splitter.split(node, scope, new Env([], null), topLabel(name, this.rootModule), this.cc, [], leaves);
    const holds = compileExpr(node, scope, this.cc);
    return new NextRelationImpl(
      leaves.map((l) => new CompiledActionImpl(l, this.variables.length)),
      holds.ev,
      frame,
      loc,
    );
  }

  action(name: string, args: readonly Value[]): CompiledAction {
    const b = this.require(name);
    if (b.kind !== "op") fail("spec-semantic", `${name} is not an operator definition.`);
    const entry = b.entry;
    if (entry.arity !== args.length) fail("spec-semantic", `The action ${name} takes ${entry.arity} argument(s), not ${args.length}.`, entry.loc);
    if (entry.params.some((p) => p.arity > 0)) fail("unsupported", `The action ${name} takes an operator parameter.`, entry.loc);
    const mcc = withModule(this.cc, entry.module);
    ensureBody(entry, mcc);
    const vars = new Array(entry.frame.size);
    args.forEach((a, i) => (vars[i] = a));
    const env = new Env(vars, null);
    const info: ActionInfo = {
      name: entry.name,
      module: entry.module,
      location: entry.bodyExpr.loc,
      parameters: entry.params.map((p) => p.name),
      args,
    };
    const leaf: Leaf = { info, expr: entry.bodyExpr, scope: entry.bodyScope, env, prefix: [], act: entryAct(entry, mcc, "next"), cc: mcc };
    return new CompiledActionImpl(leaf, this.variables.length);
  }

  temporal(name: string): TemporalFormula {
    this.require(name);
    const loc = this.locationOf(name);
    return decomposeTemporal(this.nameNode(name, loc), this.ns.scope, this.cc, this.splitter);
  }
}

export function envOf(frame: Frame): Env {
  return frame.size === 0 ? EMPTY_ENV : new Env(new Array(frame.size), null);
}

/** TLC's initial states of a predicate, compiled in a fresh frame under `parent`. */
export function initialStatesOf(e: Expr, parent: Scope, cc: CompileCtx, loc: SourceLocation): State[] {
  const frame = new Frame(1);
  const scope = new Scope(parent, frame);
  const mode: ActMode = "init";
  const act = compileAct(e, scope, cc, mode);
  const n = cc.variables.length;
  const partial: (Value | undefined)[] = new Array(n).fill(undefined);
  const out: State[] = [];
  act(envOf(frame), new Ctx(partial, null), () => {
    const missing = cc.variables.filter((_, i) => partial[i] === undefined);
    if (missing.length > 0) {
      evalFail(
        `Initial state is not completely specified by the initial predicate. The following variable${missing.length > 1 ? "s are" : " is"} not assigned: ${missing.join(", ")}.`,
        loc,
      );
    }
    out.push(partial.slice() as Value[]);
  });
  return out;
}
