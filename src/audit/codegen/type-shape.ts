/**
 * The TypeScript-side shape of a TLA+ value, as codegen derives it from a spec's type invariant.
 * One union, printed two ways (a TypeScript type and a zod schema) by ./print-shape.ts.
 *
 * Representation chosen for generated code (JSON-friendly, so the same types describe trace
 * payloads and implementation values):
 * - integers are numbers; model values are strings (a set-of-model-values constant gets a
 *   named alias, e.g. `Acceptor = string`, which documents intent without forcing casts);
 * - a function whose domain is strings or model values is a record keyed by them; any other
 *   function is an array of [key, value] pairs;
 * - sets and sequences are arrays; `S \X T` is a tuple; `[f : S]` is an object.
 */
export type TypeShape =
  | { readonly kind: "integer" }
  | { readonly kind: "boolean" }
  | { readonly kind: "string" }
  | { readonly kind: "model" }
  | { readonly kind: "literal"; readonly value: string | number | boolean }
  | { readonly kind: "ref"; readonly name: string }
  | { readonly kind: "function"; readonly domain: TypeShape; readonly range: TypeShape }
  | { readonly kind: "record"; readonly fields: readonly { readonly name: string; readonly type: TypeShape }[] }
  | { readonly kind: "set"; readonly elem: TypeShape }
  | { readonly kind: "seq"; readonly elem: TypeShape }
  | { readonly kind: "tuple"; readonly elems: readonly TypeShape[] }
  | { readonly kind: "union"; readonly options: readonly TypeShape[] }
  | { readonly kind: "unknown"; readonly reason: string };

/** A named type the generated module declares (an element of a constant or of a defined set). */
export interface NamedShape {
  readonly name: string;
  readonly shape: TypeShape;
  readonly doc: string;
}

export const integer: TypeShape = { kind: "integer" };
export const unknownShape = (reason: string): TypeShape => ({ kind: "unknown", reason });

/** A union with nested unions flattened and structurally equal options merged. */
export function unionOf(options: readonly TypeShape[]): TypeShape {
  const flat: TypeShape[] = [];
  const seen = new Set<string>();
  for (const o of options.flatMap((x) => (x.kind === "union" ? x.options : [x]))) {
    const key = JSON.stringify(o);
    if (!seen.has(key)) {
      seen.add(key);
      flat.push(o);
    }
  }
  return flat.length === 1 ? flat[0]! : { kind: "union", options: flat };
}
