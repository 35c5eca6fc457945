import type { SourceLocation } from "../diagnostics/location.ts";
import type { Expr } from "../tla/syntax/ast.ts";

/**
 * The part of a spec the audit compares code against: its variables and the actions of its
 * next-state relation, each with its formal parameter names (the names trace events must use).
 * Built from the engine's AST by ./spec/read-spec-interface.ts.
 */
export interface SpecInterface {
  readonly module: string;
  readonly file: string;
  readonly variables: readonly SpecName[];
  readonly actions: readonly SpecAction[];
}

export interface SpecName {
  readonly name: string;
  readonly location: SourceLocation;
}

export interface SpecAction {
  /** The operator's name, as TLC labels the action ("Phase1b"). */
  readonly name: string;
  /** Formal parameters in declaration order ("a", "b"). */
  readonly params: readonly string[];
  /** For each parameter, the set Next's `\E` binds its argument to (`Acceptors`); null when unknown. */
  readonly domains: readonly (Expr | null)[];
  /** The operator's definition. */
  readonly location: SourceLocation;
}
