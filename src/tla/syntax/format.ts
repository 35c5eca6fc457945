import type { BoundPattern, Expr, ExceptPathStep, LetDef, PathStep, QuantBound } from "./ast.ts";
import { builtinOpInfo } from "./builtin-ops.ts";

/**
 * AST -> TLA+ text, with every operator application parenthesised so that the structure the
 * parser chose is visible (`-17 \div 5` prints `(-. (17 \div 5))`). Used in tests of precedence
 * and in messages that quote an expression (e.g. the conjunct that was false).
 */
export function formatExpr(e: Expr): string {
  switch (e.kind) {
    case "name":
      return formatPath(e.path) + e.name;
    case "apply":
      return `${formatPath(e.path)}${e.name}(${list(e.args)})`;
    case "op": {
      const fixity = builtinOpInfo(e.op).fixity;
      if (fixity === "prefix") return `(${e.op} ${formatExpr(e.args[0]!)})`;
      if (fixity === "postfix") return `(${formatExpr(e.args[0]!)}${e.op})`;
      return `(${e.args.map(formatExpr).join(` ${e.op} `)})`;
    }
    case "and":
      return `(${e.conjuncts.map(formatExpr).join(" /\\ ")})`;
    case "or":
      return `(${e.disjuncts.map(formatExpr).join(" \\/ ")})`;
    case "number":
      return e.value.toString();
    case "string":
      return JSON.stringify(e.value);
    case "bool":
      return e.value ? "TRUE" : "FALSE";
    case "setEnum":
      return `{${list(e.elems)}}`;
    case "setFilter":
      return `{${formatBound(e.bound)} : ${formatExpr(e.pred)}}`;
    case "setMap":
      return `{${formatExpr(e.body)} : ${e.bounds.map(formatBound).join(", ")}}`;
    case "quant":
      return `(${e.quantifier} ${e.bounds.map(formatBound).join(", ")} : ${formatExpr(e.body)})`;
    case "quantUnbounded":
      return `(${e.quantifier} ${e.names.map((n) => n.name).join(", ")} : ${formatExpr(e.body)})`;
    case "choose":
      return `(CHOOSE ${formatPattern(e.pattern)}${e.set === null ? "" : ` \\in ${formatExpr(e.set)}`} : ${formatExpr(e.body)})`;
    case "fcnConstructor":
      return `[${e.bounds.map(formatBound).join(", ")} |-> ${formatExpr(e.body)}]`;
    case "fcnApp":
      return `${formatExpr(e.fn)}[${list(e.args)}]`;
    case "fcnSet":
      return `[${formatExpr(e.domain)} -> ${formatExpr(e.range)}]`;
    case "record":
      return `[${e.fields.map((f) => `${f.name} |-> ${formatExpr(f.value)}`).join(", ")}]`;
    case "recordSet":
      return `[${e.fields.map((f) => `${f.name} : ${formatExpr(f.value)}`).join(", ")}]`;
    case "field":
      return `${formatExpr(e.record)}.${e.field.name}`;
    case "except":
      return `[${formatExpr(e.fn)} EXCEPT ${e.updates.map((u) => `!${u.path.map(formatStep).join("")} = ${formatExpr(u.value)}`).join(", ")}]`;
    case "at":
      return "@";
    case "tuple":
      return `<<${list(e.elems)}>>`;
    case "if":
      return `(IF ${formatExpr(e.cond)} THEN ${formatExpr(e.then)} ELSE ${formatExpr(e.else)})`;
    case "case": {
      const arms = e.arms.map((a) => `${formatExpr(a.guard)} -> ${formatExpr(a.body)}`);
      if (e.other !== null) arms.push(`OTHER -> ${formatExpr(e.other)}`);
      return `(CASE ${arms.join(" [] ")})`;
    }
    case "let":
      return `(LET ${e.defs.map(formatLetDef).join(" ")} IN ${formatExpr(e.body)})`;
    case "lambda":
      return `(LAMBDA ${e.params.map((p) => p.name).join(", ")} : ${formatExpr(e.body)})`;
    case "stepOrStutter":
      return `[${formatExpr(e.action)}]_${formatExpr(e.sub)}`;
    case "stepNoStutter":
      return `<<${formatExpr(e.action)}>>_${formatExpr(e.sub)}`;
    case "fairness":
      return `${e.strength}_${formatExpr(e.sub)}(${formatExpr(e.action)})`;
    case "label":
      return `${e.name}${e.params.length > 0 ? `(${e.params.map((p) => p.name).join(", ")})` : ""}:: ${formatExpr(e.body)}`;
    default:
      return unreachable(e);
  }
}

function unreachable(x: never): never {
  throw new Error(`unreachable: ${JSON.stringify(x)}`);
}

function list(es: readonly Expr[]): string {
  return es.map(formatExpr).join(", ");
}

function formatPath(path: readonly PathStep[]): string {
  return path.map((s) => `${s.name}${s.args.length > 0 ? `(${list(s.args)})` : ""}!`).join("");
}

function formatPattern(p: BoundPattern): string {
  const names = p.names.map((n) => n.name).join(", ");
  return p.kind === "tuple" ? `<<${names}>>` : names;
}

function formatBound(b: QuantBound): string {
  return `${formatPattern(b.pattern)} \\in ${formatExpr(b.set)}`;
}

function formatStep(s: ExceptPathStep): string {
  return s.kind === "field" ? `.${s.name}` : `[${list(s.args)}]`;
}

function formatLetDef(d: LetDef): string {
  switch (d.kind) {
    case "operator": {
      const params = d.params.map((p) => (p.arity === 0 ? p.name : `${p.name}(${Array(p.arity).fill("_").join(", ")})`));
      return `${d.name}${params.length > 0 ? `(${params.join(", ")})` : ""} == ${formatExpr(d.body)}`;
    }
    case "function":
      return `${d.name}[${d.bounds.map(formatBound).join(", ")}] == ${formatExpr(d.body)}`;
    case "recursive":
      return `RECURSIVE ${d.decls.map((p) => (p.arity === 0 ? p.name : `${p.name}(${Array(p.arity).fill("_").join(", ")})`)).join(", ")}`;
    default:
      return unreachable(d);
  }
}
