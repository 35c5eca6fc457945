import type { SourceLocation } from "../../diagnostics/location.ts";

/**
 * A TLC model configuration (.cfg) as written: names stay names (with their locations, so the
 * checker can say "config line 3: invariant Foo is not defined"), values stay config values.
 * Turning them into TLA+ Values and definitions is the checker's job.
 */

export interface ConfigName {
  readonly name: string;
  readonly loc: SourceLocation;
}

/** The values a .cfg can hold. A bare identifier on the right of `=` is a model value. */
export type ConfigValue =
  | { readonly kind: "int"; readonly value: bigint; readonly loc: SourceLocation }
  | { readonly kind: "string"; readonly value: string; readonly loc: SourceLocation }
  | { readonly kind: "bool"; readonly value: boolean; readonly loc: SourceLocation }
  | { readonly kind: "model"; readonly name: string; readonly loc: SourceLocation }
  | { readonly kind: "set"; readonly elems: readonly ConfigValue[]; readonly loc: SourceLocation };

/**
 * One entry of a CONSTANT(S) section:
 * - `C = v`: the constant C is the value v;
 * - `C <- Op`: C (a constant or any definition) is replaced by the spec's definition Op;
 * - `C <-[M] Op`: the same, for the C of module M (`module` is "M").
 */
export type ConstantBinding =
  | { readonly kind: "value"; readonly name: ConfigName; readonly value: ConfigValue; readonly loc: SourceLocation }
  | {
      readonly kind: "substitution";
      readonly name: ConfigName;
      readonly op: ConfigName;
      readonly module: ConfigName | null;
      readonly loc: SourceLocation;
    };

export interface ModelConfig {
  readonly file: string;
  /** In file order; a constant bound twice appears twice (the checker reports it). */
  readonly constants: readonly ConstantBinding[];
  readonly init: ConfigName | null;
  readonly next: ConfigName | null;
  readonly specification: ConfigName | null;
  readonly invariants: readonly ConfigName[];
  readonly properties: readonly ConfigName[];
  readonly constraints: readonly ConfigName[];
  readonly actionConstraints: readonly ConfigName[];
  /** null when the cfg does not say; TLC then checks for deadlock. */
  readonly checkDeadlock: { readonly value: boolean; readonly loc: SourceLocation } | null;
  readonly symmetry: ConfigName | null;
  readonly view: ConfigName | null;
  readonly alias: ConfigName | null;
  readonly postconditions: readonly ConfigName[];
  /** Every model value named in the cfg, in order of first appearance. */
  readonly modelValues: readonly ConfigName[];
}
