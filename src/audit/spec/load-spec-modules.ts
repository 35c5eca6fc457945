import { isAbsolute, relative, resolve } from "node:path";
import type { Problem } from "../../diagnostics/problem.ts";
import type { Module } from "../../tla/syntax/ast.ts";
import { loadSpec } from "../../tla/modules/load-spec.ts";
import { rootModule, type LoadedSpec } from "../../tla/modules/loaded-spec.ts";
import { diskReader, type SourceReader } from "../../tla/modules/sources.ts";
import type { SpecModules } from "./spec-modules.ts";

/**
 * Loads a spec with the engine's module loader and keeps what the audit and codegen read: the
 * root and the user modules it EXTENDS, transitively (INSTANCEd modules are reached qualified,
 * `C!Spec`, and never form actions of Next). Files are named relative to `root` so that
 * locations in reports read `spec/Paxos.tla:96:1` wherever the command runs.
 */
export function loadSpecModules(specFile: string, root: string): { spec: SpecModules } | { problems: Problem[] } {
  const shown = isAbsolute(specFile) ? relative(root, specFile) : specFile;
  const reader: SourceReader = { read: (path) => diskReader.read(resolve(root, path)) };
  const r = loadSpec(shown, reader);
  if ("problems" in r) return { problems: [...r.problems] };
  return { spec: { root: rootModule(r.spec).ast, extended: extendedModules(r.spec) } };
}

function extendedModules(spec: LoadedSpec): Module[] {
  const out: Module[] = [];
  const seen = new Set([spec.rootName]);
  const queue = [spec.rootName];
  while (queue.length > 0) {
    const m = spec.modules.get(queue.shift()!);
    for (const ref of m?.extends ?? []) {
      if (ref.kind !== "user" || seen.has(ref.name)) continue;
      seen.add(ref.name);
      const loaded = spec.modules.get(ref.name);
      if (loaded) {
        out.push(loaded.ast);
        queue.push(ref.name);
      }
    }
  }
  return out;
}
