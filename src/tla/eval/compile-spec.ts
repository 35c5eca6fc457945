import type { LoadedSpec } from "../modules/index.ts";
import type { CompileResult, ConstantBindings, EvalOptions } from "./index.ts";

/** Placeholder until the compiler lands (same commit series); see index.ts for the contract. */
export function compileSpecImpl(_spec: LoadedSpec, _bindings: ConstantBindings, _options: EvalOptions): CompileResult {
  return { ok: false, problems: [{ code: "unsupported", message: "the evaluator is being written" }] };
}
