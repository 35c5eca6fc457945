import type { Param } from "../syntax/ast.ts";
import { CONSTANT } from "./level.ts";
import type { Scope } from "./scope.ts";

/**
 * Declares an operator's formal parameters in its body scope: slots 0..n-1 of the body's frame,
 * in order, so a call fills them positionally. A parameter of arity 0 may hold a Thunk (TLA+
 * arguments are passed by name); an operator parameter `F(_)` holds an OperatorValue.
 */
export function declareParams(params: readonly Param[], scope: Scope): void {
  const frame = scope.frame!;
  for (const p of params) {
    const slot = frame.alloc();
    if (p.arity === 0) scope.define(p.name, { kind: "slot", frame, slot, lazy: true, level: CONSTANT });
    else scope.define(p.name, { kind: "opParam", frame, slot, arity: p.arity });
  }
}
