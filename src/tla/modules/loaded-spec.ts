import type { InstanceUnit, Module } from "../syntax/ast.ts";
import type { StandardModuleName } from "./standard-modules.ts";

/**
 * A root module with everything it EXTENDS or INSTANCEs, transitively, each parsed once.
 * Consumers (evaluator, model checker) look modules up by name and walk their units in order;
 * a module's EXTENDS and INSTANCE references are already resolved to one of:
 */
export type ModuleRef =
  | { readonly kind: "standard"; readonly name: StandardModuleName }
  | { readonly kind: "user"; readonly name: string };

export interface LoadedModule {
  readonly name: string;
  /** The file it was read from; for a submodule, the file of the module that contains it. */
  readonly file: string;
  readonly ast: Module;
  /** The enclosing module's name for a module defined inside another one, else null. */
  readonly parent: string | null;
  /** EXTENDS, in order, resolved. */
  readonly extends: readonly ModuleRef[];
  /** Every module-level INSTANCE unit of `ast` (named, parameterised, plain, LOCAL) with its target. */
  readonly instances: readonly { readonly unit: InstanceUnit; readonly target: ModuleRef }[];
}

export interface LoadedSpec {
  readonly rootName: string;
  readonly rootFile: string;
  /** User modules by name: the root, the modules it reaches, and submodules. */
  readonly modules: ReadonlyMap<string, LoadedModule>;
  /** User module names with every module before the modules that extend or instantiate it; root last. */
  readonly order: readonly string[];
  /** Standard modules used anywhere in the spec. */
  readonly standard: ReadonlySet<StandardModuleName>;
}

export function rootModule(spec: LoadedSpec): LoadedModule {
  const m = spec.modules.get(spec.rootName);
  if (m === undefined) throw new Error(`root module ${spec.rootName} missing from its LoadedSpec`);
  return m;
}
