import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { problem, type Problem } from "../../diagnostics/problem.ts";
import type { Module } from "../../tla/syntax/ast.ts";
import { parseModuleText } from "../../tla/syntax/parse.ts";
import type { SpecModules } from "./spec-modules.ts";

const standardModules = new Set(["Naturals", "Integers", "Reals", "Sequences", "FiniteSets", "TLC", "Bags", "TLAPS", "Randomization", "RealTime", "Json", "IOUtils"]);

/**
 * Parses a root module and the user modules it EXTENDS (from its folder) with the engine's
 * parser. Only what the audit and codegen read: INSTANCEd modules are not loaded, since their
 * definitions are reached qualified (`C!Spec`) and never form actions of Next.
 */
export function loadSpecModules(rootFile: string): { spec: SpecModules } | { problems: Problem[] } {
  const root = parseFile(rootFile);
  if ("problems" in root) return root;
  const extended: Module[] = [];
  const seen = new Set([root.module.name]);
  const queue = [...root.module.extends];
  while (queue.length > 0) {
    const ident = queue.shift()!;
    if (seen.has(ident.name) || standardModules.has(ident.name)) continue;
    seen.add(ident.name);
    const file = join(dirname(rootFile), `${ident.name}.tla`);
    if (!existsSync(file)) return { problems: [problem("spec-semantic", `Cannot find source file for module ${ident.name}`, ident.loc)] };
    const m = parseFile(file);
    if ("problems" in m) return m;
    extended.push(m.module);
    queue.push(...m.module.extends);
  }
  return { spec: { root: root.module, extended } };
}

function parseFile(file: string): { module: Module } | { problems: Problem[] } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    return { problems: [problem("io", `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`)] };
  }
  const r = parseModuleText(text, file);
  return "problems" in r ? { problems: [...r.problems] } : { module: r.module };
}
