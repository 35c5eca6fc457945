import type { CaseArm, Expr, ExceptPathStep, ExceptUpdate, Lambda, NameExpr, RecordField } from "./ast.ts";
import { type ConvertContext, children, describeNode, field, fieldChildren, identifierText, locOf, malformed, unsupported } from "./convert-context.ts";
import {
  convertBoundedQuant,
  convertChoose,
  convertFunctionLiteral,
  convertSetFilter,
  convertSetMap,
  convertUnboundedQuant,
  ident,
} from "./convert-binders.ts";
import { convertLet } from "./convert-defs.ts";
import {
  convertBoundOp,
  convertInfixOp,
  convertJunctionList,
  convertNonfixOp,
  convertPostfixOp,
  convertPrefixOp,
  convertPrefixedOp,
  symbolOp,
} from "./convert-ops.ts";
import { convertNumber, convertString } from "./literals.ts";
import type { TsNode } from "./tree-sitter.ts";

/**
 * tree-sitter expression node -> AST Expr, by a dispatch table on the node type. A node type
 * missing from the table is reported as unsupported with its location, never skipped.
 */

type Converter = (ctx: ConvertContext, node: TsNode) => Expr;

export function convertExpr(ctx: ConvertContext, node: TsNode): Expr {
  const convert = converters()[node.type];
  if (convert === undefined) {
    if (node.type === "ERROR" || node.isMissing) return malformed(ctx, node, "syntax error");
    return unsupported(ctx, node, `The construct "${describeNode(node.type)}" (${clip(node.text)})`);
  }
  return convert(ctx, node);
}

/** An operator argument: an expression, an operator symbol (`+`) or a LAMBDA. */
export function convertOpOrExpr(ctx: ConvertContext, node: TsNode): Expr {
  if (node.type.endsWith("_op_symbol")) {
    return { kind: "name", name: symbolOp(ctx, node).name, path: [], loc: locOf(ctx, node) };
  }
  return convertExpr(ctx, node);
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine;
}

function name(ctx: ConvertContext, node: TsNode): NameExpr {
  return { kind: "name", name: identifierText(ctx, node), path: [], loc: locOf(ctx, node) };
}

/** BOOLEAN, STRING, Nat, Int, Real: names the evaluator resolves (ℕ and ℤ spelled as ASCII). */
const setNames: Readonly<Record<string, string>> = {
  nat_number_set: "Nat",
  int_number_set: "Int",
  real_number_set: "Real",
  boolean_set: "BOOLEAN",
  string_set: "STRING",
};
function builtinSet(ctx: ConvertContext, node: TsNode): NameExpr {
  return { kind: "name", name: setNames[node.type] ?? node.text, path: [], loc: locOf(ctx, node) };
}

/** Children without the bracket tokens that the grammar makes named (`<<`, `>>`, `|->`, `->`). */
const punctuation = new Set(["langle_bracket", "rangle_bracket", "rangle_bracket_sub", "all_map_to", "maps_to", "case_arrow", "case_box", "label_as", "def_eq"]);
function operands(node: TsNode): TsNode[] {
  return children(node).filter((c) => !punctuation.has(c.type));
}

function convertFields(ctx: ConvertContext, node: TsNode): RecordField[] {
  const parts = operands(node);
  const fields: RecordField[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const key = parts[i]!;
    const value = parts[i + 1]!;
    fields.push({ name: key.text, value: convertExpr(ctx, value), loc: { ...locOf(ctx, key), ...endOf(locOf(ctx, value)) } });
  }
  return fields;
}

function endOf(loc: { endLine?: number; endColumn?: number }): { endLine?: number; endColumn?: number } {
  return { endLine: loc.endLine, endColumn: loc.endColumn };
}

function convertExcept(ctx: ConvertContext, node: TsNode): Expr {
  const updates: ExceptUpdate[] = children(node)
    .filter((c) => c.type === "except_update")
    .map((u) => {
      const spec = fieldChildren(u, "update_specifier").find((c) => c.type === "except_update_specifier");
      if (spec === undefined) return malformed(ctx, u, "no update path");
      const path: ExceptPathStep[] = children(spec).map((step) =>
        step.type === "except_update_record_field"
          ? { kind: "field", name: (children(step)[0] ?? malformed(ctx, step, "no field name")).text, loc: locOf(ctx, step) }
          : { kind: "index", args: children(step).map((a) => convertExpr(ctx, a)), loc: locOf(ctx, step) },
      );
      return { path, value: convertExpr(ctx, field(ctx, u, "new_val")), loc: locOf(ctx, u) };
    });
  return { kind: "except", fn: convertExpr(ctx, field(ctx, node, "expr_to_update")), updates, loc: locOf(ctx, node) };
}

function convertCase(ctx: ConvertContext, node: TsNode): Expr {
  const arms: CaseArm[] = [];
  let other: Expr | null = null;
  for (const c of children(node)) {
    const parts = operands(c);
    if (c.type === "case_arm") {
      if (parts.length !== 2) return malformed(ctx, c, "CASE arm without guard and value");
      arms.push({ guard: convertExpr(ctx, parts[0]!), body: convertExpr(ctx, parts[1]!), loc: locOf(ctx, c) });
    } else if (c.type === "other_arm") {
      if (parts.length !== 1) return malformed(ctx, c, "OTHER arm without value");
      other = convertExpr(ctx, parts[0]!);
    }
  }
  return { kind: "case", arms, other, loc: locOf(ctx, node) };
}

function convertLambda(ctx: ConvertContext, node: TsNode): Lambda {
  const parts = children(node);
  const body = parts[parts.length - 1];
  if (body === undefined) return malformed(ctx, node, "no body");
  const params = parts.slice(0, -1).filter((c) => c.type === "identifier").map((c) => ident(ctx, c));
  return { kind: "lambda", params, body: convertExpr(ctx, body), loc: locOf(ctx, node) };
}

function two(ctx: ConvertContext, node: TsNode): [TsNode, TsNode] {
  const parts = operands(node);
  if (parts.length !== 2) return malformed(ctx, node, `expected 2 parts, found ${parts.length}`);
  return [parts[0]!, parts[1]!];
}

let table: Readonly<Record<string, Converter>> | undefined;

/** Built on first use: the converters live in modules that import this one. */
function converters(): Readonly<Record<string, Converter>> {
  table ??= {
    nat_number: convertNumber,
    real_number: convertNumber,
    binary_number: convertNumber,
    octal_number: convertNumber,
    hex_number: convertNumber,
    string: convertString,
    boolean: (ctx, n) => ({ kind: "bool", value: n.text === "TRUE", loc: locOf(ctx, n) }),
    identifier_ref: name,
    nat_number_set: builtinSet,
    int_number_set: builtinSet,
    real_number_set: builtinSet,
    boolean_set: builtinSet,
    string_set: builtinSet,
    parentheses: (ctx, n) => {
      const inner = children(n)[0];
      return inner === undefined ? malformed(ctx, n, "empty parentheses") : convertExpr(ctx, inner);
    },
    bound_op: (ctx, n) => convertBoundOp(ctx, n),
    bound_nonfix_op: convertNonfixOp,
    prefixed_op: convertPrefixedOp,
    bound_prefix_op: convertPrefixOp,
    bound_postfix_op: convertPostfixOp,
    bound_infix_op: convertInfixOp,
    conj_list: convertJunctionList,
    disj_list: convertJunctionList,
    bounded_quantification: convertBoundedQuant,
    unbounded_quantification: convertUnboundedQuant,
    choose: convertChoose,
    finite_set_literal: (ctx, n) => ({ kind: "setEnum", elems: children(n).map((c) => convertExpr(ctx, c)), loc: locOf(ctx, n) }),
    set_filter: convertSetFilter,
    set_map: convertSetMap,
    function_literal: convertFunctionLiteral,
    function_evaluation: (ctx, n) => {
      const [fn, ...args] = children(n);
      if (fn === undefined || args.length === 0) return malformed(ctx, n, "no function or argument");
      return { kind: "fcnApp", fn: convertExpr(ctx, fn), args: args.map((a) => convertExpr(ctx, a)), loc: locOf(ctx, n) };
    },
    set_of_functions: (ctx, n) => {
      const [domain, range] = two(ctx, n);
      return { kind: "fcnSet", domain: convertExpr(ctx, domain), range: convertExpr(ctx, range), loc: locOf(ctx, n) };
    },
    record_literal: (ctx, n) => ({ kind: "record", fields: convertFields(ctx, n), loc: locOf(ctx, n) }),
    set_of_records: (ctx, n) => ({ kind: "recordSet", fields: convertFields(ctx, n), loc: locOf(ctx, n) }),
    record_value: (ctx, n) => {
      const [record, fieldName] = two(ctx, n);
      return { kind: "field", record: convertExpr(ctx, record), field: ident(ctx, fieldName), loc: locOf(ctx, n) };
    },
    except: convertExcept,
    prev_func_val: (ctx, n) => ({ kind: "at", loc: locOf(ctx, n) }),
    tuple_literal: (ctx, n) => ({ kind: "tuple", elems: operands(n).map((c) => convertExpr(ctx, c)), loc: locOf(ctx, n) }),
    step_expr_or_stutter: (ctx, n) => {
      const [action, sub] = two(ctx, n);
      return { kind: "stepOrStutter", action: convertExpr(ctx, action), sub: convertExpr(ctx, sub), loc: locOf(ctx, n) };
    },
    step_expr_no_stutter: (ctx, n) => {
      const [action, sub] = two(ctx, n);
      return { kind: "stepNoStutter", action: convertExpr(ctx, action), sub: convertExpr(ctx, sub), loc: locOf(ctx, n) };
    },
    fairness: (ctx, n) => {
      const [sub, action] = two(ctx, n);
      const strength = n.text.startsWith("SF") ? "SF" : "WF";
      return { kind: "fairness", strength, sub: convertExpr(ctx, sub), action: convertExpr(ctx, action), loc: locOf(ctx, n) };
    },
    if_then_else: (ctx, n) => ({
      kind: "if",
      cond: convertExpr(ctx, field(ctx, n, "if")),
      then: convertExpr(ctx, field(ctx, n, "then")),
      else: convertExpr(ctx, field(ctx, n, "else")),
      loc: locOf(ctx, n),
    }),
    case: convertCase,
    let_in: convertLet,
    lambda: convertLambda,
    label: (ctx, n) => ({
      kind: "label",
      name: field(ctx, n, "name").text,
      params: fieldChildren(n, "parameter").map((c) => ident(ctx, c)),
      body: convertExpr(ctx, field(ctx, n, "expression")),
      loc: locOf(ctx, n),
    }),
    subexpression: (ctx, n) => unsupported(ctx, n, `The subexpression reference ${n.text}`),
    proof_step_ref: (ctx, n) => unsupported(ctx, n, `The proof step reference ${n.text}`),
  };
  return table;
}
