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
  const builder = new NamespaceBuilder(table, cc);
  let rootNs: Namespace | null = null;

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
    let resolved: Binding | null = null;
    return {
      kind: "alias",
      target: () => {
        if (resolved !== null) return resolved;
        const ns = rootNs!;
        const found = ns.scope.lookup(b.operator);
        if (found === undefined) {
          return semanticError(`The model substitutes ${decl.name} <- ${b.operator}, but ${b.operator} is not defined${b.module ? ` in module ${b.module}` : ""}.`, decl.loc);
        }
        resolved = found;
        return found;
      },
    };
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
