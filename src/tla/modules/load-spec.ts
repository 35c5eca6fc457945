import { basename, dirname, join } from "node:path";
import type { SourceLocation } from "../../diagnostics/location.ts";
import { type Problem, problem } from "../../diagnostics/problem.ts";
import type { Ident, InstanceUnit, Module } from "../syntax/ast.ts";
import { parseModuleText } from "../syntax/parse.ts";
import type { LoadedModule, LoadedSpec, ModuleRef } from "./loaded-spec.ts";
import { type SourceReader, diskReader } from "./sources.ts";
import { type StandardModuleName, isStandardModule } from "./standard-modules.ts";

/**
 * Reads a root module and, transitively, every module it EXTENDS or INSTANCEs: submodules of
 * the same file first, then the standard modules (recorded, not read), then `<Name>.tla` in the
 * root's folder. Every problem found is returned (a missing module does not hide a second one).
 */
export type LoadSpecResult = { readonly spec: LoadedSpec } | { readonly problems: readonly Problem[] };

export function loadSpec(rootFile: string, reader: SourceReader = diskReader): LoadSpecResult {
  const loader = new Loader(dirname(rootFile), reader);
  const rootName = basename(rootFile).replace(/\.tla$/, "");
  const root = loader.loadFile(rootName, rootFile, null);
  if (loader.problems.length > 0 || root === null) return { problems: loader.problems };
  return {
    spec: { rootName: root, rootFile, modules: loader.modules, order: loader.order, standard: loader.standard },
  };
}

type State = "visiting" | "done";

class Loader {
  readonly problems: Problem[] = [];
  readonly modules = new Map<string, LoadedModule>();
  readonly order: string[] = [];
  readonly standard = new Set<StandardModuleName>();
  private readonly state = new Map<string, State>();
  /** Modules being processed, outermost first, to name a dependency cycle. */
  private readonly stack: string[] = [];
  /** Module names defined inside each file, visible to every module of that file. */
  private readonly submodulesByFile = new Map<string, Map<string, { ast: Module; parent: string }>>();

  constructor(
    private readonly dir: string,
    private readonly reader: SourceReader,
  ) {}

  /** Reads, parses and processes one file; returns its module name, or null if it failed. */
  loadFile(expectedName: string, file: string, mention: { loc: SourceLocation; from: string } | null): string | null {
    const read = this.reader.read(file);
    if ("missing" in read) {
      if (mention === null) this.problems.push(problem("io", `Cannot find the spec file ${file}`));
      else this.problems.push(missingModule(expectedName, mention.from, mention.loc));
      return null;
    }
    if ("error" in read) {
      this.problems.push(problem("io", `Cannot read ${file}: ${read.error}`, mention?.loc));
      return null;
    }
    const parsed = parseModuleText(read.text, file);
    if ("problems" in parsed) {
      this.problems.push(...parsed.problems);
      return null;
    }
    const ast = parsed.module;
    if (ast.name !== expectedName) {
      this.problems.push(
        problem("spec-parse", `File name '${expectedName}' does not match the name '${ast.name}' of the top level module in it.`, ast.nameLoc),
      );
      return null;
    }
    this.registerSubmodules(file, ast);
    this.process(ast, file, null);
    return ast.name;
  }

  private registerSubmodules(file: string, ast: Module): void {
    const table = this.submodulesByFile.get(file) ?? new Map<string, { ast: Module; parent: string }>();
    this.submodulesByFile.set(file, table);
    for (const u of ast.units) {
      if (u.kind !== "submodule") continue;
      table.set(u.module.name, { ast: u.module, parent: ast.name });
      this.registerSubmodules(file, u.module);
    }
  }

  private process(ast: Module, file: string, parent: string | null): void {
    if (this.modules.has(ast.name) || this.state.get(ast.name) === "visiting") {
      this.problems.push(problem("spec-semantic", `Module ${ast.name} is defined more than once.`, ast.nameLoc));
      return;
    }
    this.state.set(ast.name, "visiting");
    this.stack.push(ast.name);
    const extendsRefs = ast.extends.flatMap((id) => this.resolve(id, file, ast.name));
    const instances: { unit: InstanceUnit; target: ModuleRef }[] = [];
    for (const u of ast.units) {
      if (u.kind !== "instance") continue;
      for (const target of this.resolve(u.module, file, ast.name)) instances.push({ unit: u, target });
    }
    this.stack.pop();
    this.state.set(ast.name, "done");
    this.modules.set(ast.name, { name: ast.name, file, ast, parent, extends: extendsRefs, instances });
    this.order.push(ast.name);
    // Submodules nobody references are still checked, so their mistakes do not go unnoticed.
    for (const u of ast.units) if (u.kind === "submodule" && !this.state.has(u.module.name)) this.process(u.module, file, ast.name);
  }

  /** The module a name refers to, loading it if needed; [] when it cannot (a problem was added). */
  private resolve(id: Ident, file: string, from: string): ModuleRef[] {
    const name = id.name;
    const state = this.state.get(name);
    if (state === "visiting") {
      const cycle = [...this.stack.slice(this.stack.indexOf(name)), name].join(" -> ");
      this.problems.push(problem("spec-semantic", `Circular dependency among modules: ${cycle}.`, id.loc));
      return [];
    }
    if (state === "done") return [{ kind: "user", name }];
    const sub = this.submodulesByFile.get(file)?.get(name);
    if (sub !== undefined) {
      this.process(sub.ast, file, sub.parent);
      return this.modules.has(name) ? [{ kind: "user", name }] : [];
    }
    if (isStandardModule(name)) {
      this.standard.add(name);
      return [{ kind: "standard", name }];
    }
    const loaded = this.loadFile(name, join(this.dir, `${name}.tla`), { loc: id.loc, from });
    return loaded === null ? [] : [{ kind: "user", name }];
  }
}

/** TLC's wording (fixtures/tlc/errors/MissingModule). */
function missingModule(name: string, from: string, loc: SourceLocation): Problem {
  return problem("spec-semantic", `Cannot find source file for module ${name} imported in module ${from}.`, loc);
}
