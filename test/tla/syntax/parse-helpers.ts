import { expect } from "vitest";
import type { Expr, Module } from "../../../src/tla/syntax/ast.ts";
import { formatExpr } from "../../../src/tla/syntax/format.ts";
import { parseExpressionText, parseModuleText } from "../../../src/tla/syntax/parse.ts";
import type { Problem } from "../../../src/diagnostics/problem.ts";

export function parseExpr(text: string): Expr {
  const r = parseExpressionText(text, "expr.tla");
  if ("problems" in r) throw new Error(`unexpected problems: ${JSON.stringify(r.problems)}`);
  return r.expr;
}

export function fmt(text: string): string {
  return formatExpr(parseExpr(text));
}

export function parseModule(text: string, file = "M.tla"): Module {
  const r = parseModuleText(text, file);
  if ("problems" in r) throw new Error(`unexpected problems: ${JSON.stringify(r.problems)}`);
  return r.module;
}

export function moduleProblems(text: string, file = "M.tla"): readonly Problem[] {
  const r = parseModuleText(text, file);
  expect("problems" in r, "expected the module to be rejected").toBe(true);
  return "problems" in r ? r.problems : [];
}

/** Wraps definitions in a module header and footer. */
export function mod(body: string, name = "M"): string {
  return `---- MODULE ${name} ----\n${body}\n====\n`;
}
