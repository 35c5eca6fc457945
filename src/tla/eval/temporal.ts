import type { Expr } from "../syntax/ast.ts";
import { formatExpr } from "../syntax/format.ts";
import { showValue } from "../values/index.ts";
import type { TemporalFormula } from "./index.ts";
import type { CompileCtx } from "./compile-context.ts";
import { withModule } from "./compile-context.ts";
import { compileExpr } from "./compile-expr.ts";
import { lookupName } from "./compile-names.ts";
import { initialStatesOf, envOf } from "./compiled-spec.ts";
import { STATE } from "./level.ts";
import { evalFail } from "./locate.ts";
import { CompiledActionImpl, NextRelationImpl } from "./next-relation.ts";
import { Ctx, Env, type Ev } from "./runtime.ts";
import { Frame, Scope } from "./scope.ts";
import { topLabel, type ActionSplitter, type Leaf } from "./split-actions.ts";

/**
 * Takes a SPECIFICATION or PROPERTY apart: conjunctions and zero-arity definitions (also
 * `I!Spec` through an INSTANCE, whose substitutions then apply) are followed; `[][A]_v` becomes
 * an action property, `[]P` an invariant, a state predicate an initial condition, WF/SF a
 * fairness condition the safety checker may ignore, and anything else liveness it must refuse.
 */
export function decomposeTemporal(e: Expr, moduleScope: Scope, cc: CompileCtx, splitter: ActionSplitter): TemporalFormula {
  const frame = new Frame(1);
  const scope = new Scope(moduleScope, frame);
  const c = compileExpr(e, scope, cc);
  // A state predicate, however written (Init's own conjuncts included), is one initial condition.
  if (c.level <= STATE) return initial(e, c.ev, frame, moduleScope, cc);
  switch (e.kind) {
    case "and":
      return { kind: "and", location: e.loc, parts: e.conjuncts.map((c) => decomposeTemporal(c, moduleScope, cc, splitter)) };
    case "label":
      return decomposeTemporal(e.body, moduleScope, cc, splitter);
    case "name":
    case "apply": {
      if (e.kind === "apply" && e.args.length > 0) break;
      const b = lookupName(e.name, e.path, fresh(moduleScope), e.loc);
      if (b.kind === "op" && b.entry.arity === 0) {
        const parent = b.entry.bodyScope.parent!;
        return decomposeTemporal(b.entry.bodyExpr, parent, withModule(cc, b.entry.module), splitter);
      }
      break;
    }
    case "fairness":
      return { kind: "fairness", location: e.loc, text: formatExpr(e) };
    case "op":
      if (e.op === "[]") return always(e.args[0]!, e, moduleScope, cc, splitter);
      if (e.op === "<>" || e.op === "~>" || e.op === "-+->") return { kind: "liveness", location: e.loc, text: formatExpr(e) };
      break;
    default:
      break;
  }
  return { kind: "liveness", location: e.loc, text: formatExpr(e) };
}

function initial(e: Expr, ev: Ev, frame: Frame, moduleScope: Scope, cc: CompileCtx): TemporalFormula {
  const loc = e.loc;
  return {
    kind: "init",
    location: e.loc,
    holds: (s) => {
      const v = ev(envOf(frame), new Ctx(s, null));
      if (v.kind !== "bool") return evalFail("An initial condition is not a boolean:", loc, [showValue(v)]);
      return v.value;
    },
    initialStates: () => initialStatesOf(e, moduleScope, cc, loc),
  };
}

function fresh(moduleScope: Scope): Scope {
  return new Scope(moduleScope, new Frame(1));
}

function always(a: Expr, e: Expr, moduleScope: Scope, cc: CompileCtx, splitter: ActionSplitter): TemporalFormula {
  if (a.kind === "stepOrStutter") {
    const frame = new Frame(1);
    const scope = new Scope(moduleScope, frame);
    const c = compileExpr(a, scope, cc);
    const ev = c.ev;
    const loc = a.loc;
    let next: NextRelationImpl | null = null;
    return {
      kind: "always-action",
      location: e.loc,
      holds: (s, t) => {
        const v = ev(envOf(frame), new Ctx(s, t));
        if (v.kind !== "bool") return evalFail("An action property is not a boolean:", loc, [showValue(v)]);
        return v.value;
      },
      next: () => {
        if (next !== null) return next;
        const leaves: Leaf[] = [];
        const sframe = new Frame(1);
        const sscope = new Scope(moduleScope, sframe);
        splitter.split(a.action, sscope, new Env([], null), topLabel("Next", cc.module), cc, [], leaves);
        const holds = compileExpr(a.action, sscope, cc);
        next = new NextRelationImpl(
          leaves.map((l) => new CompiledActionImpl(l, cc.variables.length)),
          holds.ev,
          sframe,
          a.action.loc,
        );
        return next;
      },
    };
  }
  const frame = new Frame(1);
  const scope = new Scope(moduleScope, frame);
  const c = compileExpr(a, scope, cc);
  if (c.level > STATE) return { kind: "liveness", location: e.loc, text: formatExpr(e) };
  const ev = c.ev;
  const loc = a.loc;
  return {
    kind: "always-state",
    location: e.loc,
    holds: (s) => {
      const v = ev(envOf(frame), new Ctx(s, null));
      if (v.kind !== "bool") return evalFail("An invariant is not a boolean:", loc, [showValue(v)]);
      return v.value;
    },
  };
}
