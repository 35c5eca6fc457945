import type { Expr } from "../syntax/ast.ts";
import type { Value } from "../values/value.ts";
import { FALSE, TRUE, int, str, unreachable } from "../values/index.ts";
import type { CompileCtx } from "./compile-context.ts";
import { unsupported } from "./compile-context.ts";
import { intern } from "./intern.ts";
import { CONSTANT, TEMPORAL } from "./level.ts";
import type { Compiled, Scope } from "./scope.ts";
import { compileApply, compileName } from "./compile-names.ts";
import { compileAnd, compileCase, compileIf, compileOr } from "./compile-logic.ts";
import { compileChoose, compileQuant, compileQuantUnbounded } from "./compile-quantifiers.ts";
import { compileFcnConstructor, compileSetFilter, compileSetMap } from "./compile-binders.ts";
import {
  compileExcept,
  compileExceptAt,
  compileFcnApp,
  compileFcnSet,
  compileField,
  compileRecord,
  compileRecordSet,
  compileSetEnum,
  compileTuple,
} from "./compile-functions.ts";
import { compileLambdaAsValue, compileLet } from "./compile-let.ts";
import { compileOp } from "./compile-ops.ts";
import { compileStepNoStutter, compileStepOrStutter } from "./compile-steps.ts";

/**
 * Compiles an expression into a closure `(env, ctx) => Value` once; evaluating it walks no
 * syntax tree. `scope` resolves names; it must have a frame (module-level code is compiled in a
 * frame of its own by the caller).
 */
export function compileExpr(e: Expr, sc: Scope, cc: CompileCtx): Compiled {
  switch (e.kind) {
    case "number":
      return constant(int(Number(e.value)));
    case "string":
      return constant(str(intern(e.value)));
    case "bool":
      return constant(e.value ? TRUE : FALSE);
    case "name":
      return compileName(e, sc, cc);
    case "apply":
      return compileApply(e, sc, cc);
    case "op":
      return compileOp(e, sc, cc);
    case "and":
      return compileAnd(e, sc, cc);
    case "or":
      return compileOr(e, sc, cc);
    case "if":
      return compileIf(e, sc, cc);
    case "case":
      return compileCase(e, sc, cc);
    case "let":
      return compileLet(e, sc, cc);
    case "label":
      return compileExpr(e.body, sc, cc);
    case "setEnum":
      return compileSetEnum(e, sc, cc);
    case "setFilter":
      return compileSetFilter(e, sc, cc);
    case "setMap":
      return compileSetMap(e, sc, cc);
    case "quant":
      return compileQuant(e, sc, cc);
    case "quantUnbounded":
      return compileQuantUnbounded(e, sc, cc);
    case "choose":
      return compileChoose(e, sc, cc);
    case "fcnConstructor":
      return compileFcnConstructor(e, sc, cc);
    case "fcnApp":
      return compileFcnApp(e, sc, cc);
    case "fcnSet":
      return compileFcnSet(e, sc, cc);
    case "record":
      return compileRecord(e, sc, cc);
    case "recordSet":
      return compileRecordSet(e, sc, cc);
    case "field":
      return compileField(e, sc, cc);
    case "except":
      return compileExcept(e, sc, cc);
    case "at":
      return compileExceptAt(e, sc);
    case "tuple":
      return compileTuple(e, sc, cc);
    case "lambda":
      return compileLambdaAsValue(e);
    case "stepOrStutter":
      return compileStepOrStutter(e, sc, cc);
    case "stepNoStutter":
      return compileStepNoStutter(e, sc, cc);
    case "fairness":
      return temporalOnly(`${e.strength}_v(A)`, e);
    default:
      return unreachable(e);
  }
}

export function constant(v: Value): Compiled {
  return { ev: () => v, level: CONSTANT };
}

/**
 * A temporal formula met where a value is needed: it compiles (a spec may define `Spec` and never
 * evaluate it), and evaluating it is an `unsupported` problem naming the construct.
 */
export function temporalOnly(what: string, e: Expr): Compiled {
  const loc = e.loc;
  return {
    ev: () => unsupported(`The temporal formula ${what} cannot be evaluated as a value; only the model checker's PROPERTY and SPECIFICATION handling takes it apart.`, loc),
    level: TEMPORAL,
  };
}
