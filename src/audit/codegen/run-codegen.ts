import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, relative, resolve } from "node:path";
import type { Problem } from "../../diagnostics/problem.ts";
import { defaultNextOperator } from "../mapping.ts";
import { loadSpecModules } from "../spec/load-spec-modules.ts";
import { readSpecInterface } from "../spec/read-spec-interface.ts";
import { deriveSpecTypes, type SpecTypes } from "./derive-types.ts";
import { emitModule } from "./emit-module.ts";
import { unknownReasons } from "./print-shape.ts";

/** One spec to generate from, and where its module goes (both relative to the root). */
export interface CodegenTarget {
  readonly spec: string;
  readonly out: string;
  readonly next?: string;
}

export interface CodegenOutcome {
  readonly spec: string;
  readonly out: string;
  /** written/unchanged when writing; stale/missing/up-to-date when checking. */
  readonly status: "written" | "unchanged" | "up-to-date" | "stale" | "missing";
  /** Where a type could not be derived (the generated file says `unknown` there, with why). */
  readonly unknown: readonly string[];
}

export type CodegenRun = { readonly spec: string; readonly outcome: CodegenOutcome } | { readonly spec: string; readonly problems: readonly Problem[] };

/** `src/generated/<Module>.ts` for a spec file. */
export function defaultOutput(spec: string, outDir = "src/generated"): string {
  return `${outDir}/${basename(spec).replace(/\.tla$/, "")}.ts`;
}

/** The generated text for one spec, or why the spec could not be read. */
export function generateSpecModule(root: string, spec: string, next = defaultNextOperator): { text: string; types: SpecTypes } | { problems: Problem[] } {
  const modules = loadSpecModules(resolve(root, spec), root);
  if ("problems" in modules) return modules;
  const iface = readSpecInterface(modules.spec, next);
  if ("problems" in iface) return iface;
  const types = deriveSpecTypes(modules.spec, iface.spec);
  return { text: emitModule(types, toPosix(relative(root, resolve(root, spec)))), types };
}

/**
 * Writes each target's module, or with `check` compares the file on disk with what the spec
 * generates now: CI fails on a stale file instead of shipping types that disagree with the spec.
 */
export function runCodegen(root: string, targets: readonly CodegenTarget[], mode: "write" | "check"): CodegenRun[] {
  return targets.map((t): CodegenRun => {
    const generated = generateSpecModule(root, t.spec, t.next);
    if ("problems" in generated) return { spec: t.spec, problems: generated.problems };
    const file = resolve(root, t.out);
    const current = existsSync(file) ? readFileSync(file, "utf8") : null;
    const unknown = unknownParts(generated.types);
    const outcome = (status: CodegenOutcome["status"]): CodegenRun => ({ spec: t.spec, outcome: { spec: t.spec, out: t.out, status, unknown } });
    if (mode === "check") return outcome(current === null ? "missing" : current === generated.text ? "up-to-date" : "stale");
    if (current === generated.text) return outcome("unchanged");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, generated.text);
    return outcome("written");
  });
}

function unknownParts(types: SpecTypes): string[] {
  const named = new Map(types.named.map((n) => [n.name, n]));
  return [
    ...types.named.flatMap((n) => unknownReasons(n.shape, named).map((r) => `type ${n.name}: ${r}`)),
    ...types.variables.flatMap((v) => unknownReasons(v.shape, named).map((r) => `variable ${v.name}: ${r}`)),
    ...types.actions.flatMap((a) => a.params.flatMap((p) => unknownReasons(p.shape, named).map((r) => `${a.name} parameter ${p.name}: ${r}`))),
  ];
}

function toPosix(p: string): string {
  return p.split("\\").join("/");
}
