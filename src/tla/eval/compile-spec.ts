import { ProblemError, problem, type Problem } from "../../diagnostics/problem.ts";
import type { LoadedSpec } from "../modules/loaded-spec.ts";
import { rootModule } from "../modules/loaded-spec.ts";
import type { CompileResult, ConstantBindings, EvalOptions } from "./index.ts";
import type { CompileCtx } from "./compile-context.ts";
import { semanticError } from "./compile-context.ts";
import { ensureBody } from "./compile-names.ts";
import { ensureFnCompiled } from "./compile-let.ts";
import { CompiledSpecImpl } from "./compiled-spec.ts";
import { NamespaceBuilder, type ModuleTable, type Namespace, type ParamResolver } from "./namespace.ts";
import type { Binding } from "./scope.ts";

/**
 * Builds the root module's namespace with the model's constants, then compiles every definition
 * and ASSUME of the root module and the modules it EXTENDS, so that unknown identifiers and
 * wrong arities are reported now, all of them, with their locations.
 */
export function compileSpecImpl(spec: LoadedSpec, bindings: ConstantBindings, options: EvalOptions): CompileResult {
  const problems: Problem[] = [];
  const root = rootModule(spec).ast;
  const table: ModuleTable = { root, module: (name) => spec.modules.get(name)?.ast };
  const variables: string[] = [];
  const print = options.print ?? ((line: string) => void process.stdout.write(line + "\n"));
  const cc: CompileCtx = { variables, print, module: root.name };
  // `C <-[M] Op` for a module M other than the root: applies where M is instantiated.
  const override = (module: string, constant: string, ns: Namespace): Binding | undefined => {
    const b = bindings.get(constant);
    if (b === undefined || b.kind !== "operator" || b.module === undefined || b.module !== module || module === root.name) return undefined;
    return aliasTo(constant, b.operator, () => ns, module);
  };
  const builder = new NamespaceBuilder(table, cc, override);
  let rootNs: Namespace | null = null;

  const aliasTo = (constant: string, operator: string, where: () => Namespace, module?: string): Binding => {
    let resolved: Binding | null = null;
    return {
      kind: "alias",
      target: () => {
        if (resolved !== null) return resolved;
        const found = where().scope.lookup(operator);
        if (found === undefined) {
          return semanticError(
            `The model substitutes ${constant} <-${module ? `[${module}]` : ""} ${operator}, but ${operator} is not defined${module ? ` in module ${module}` : ""}.`,
            { file: spec.rootFile, line: 1, column: 1 },
          );
        }
        resolved = found;
        return found;
      },
    };
  };

  const params: ParamResolver = (decl, mod) => {
    if (decl.kind === "variable") {
      const index = variables.length;
      variables.push(decl.name);
      return { kind: "stateVar", index, name: decl.name };
    }
    const b = bindings.get(decl.name);
    if (b === undefined) {
      problems.push(
        problem("config-parse", `The constant ${decl.name} of module ${mod.name} is not given a value by the model (CONSTANT ${decl.name} = ... or ${decl.name} <- Op).`, decl.loc),
      );
      return { kind: "value", value: { kind: "bool", value: false }, name: decl.name };
    }
    if (b.kind === "value") return { kind: "value", value: b.value, name: decl.name };
    return aliasTo(decl.name, b.operator, () => rootNs!, b.module);
  };

  try {
    rootNs = builder.build(root, params);
  } catch (e) {
    problems.push(asProblem(e));
    return { ok: false, problems };
  }
  const ns = rootNs;
  for (const d of ns.defs) {
    try {
      if (d.kind === "op") ensureBody(d.entry, cc);
      else ensureFnCompiled(d.entry, cc);
    } catch (e) {
      problems.push(asProblem(e));
    }
  }
  const impl = new CompiledSpecImpl(ns, cc);
  try {
    impl.compileAssumptions();
  } catch (e) {
    problems.push(asProblem(e));
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, spec: impl };
}

function asProblem(e: unknown): Problem {
  if (e instanceof ProblemError) return e.problem;
  return problem("internal", e instanceof Error ? `${e.name}: ${e.message}` : String(e));
}
