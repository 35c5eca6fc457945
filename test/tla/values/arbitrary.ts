import fc from "fast-check";
import {
  type Value,
  bool,
  fcnFromSorted,
  fcnOf,
  int,
  interval,
  modelValue,
  recordOf,
  setOf,
  str,
  tupleOf,
} from "../../../src/tla/values/index.ts";

/**
 * fast-check generators for values. Values are generated from a type, so that two values of
 * one type are always comparable (TLC refuses to compare an integer with a string); untyped
 * model values may appear among integers, since TLC compares them with anything.
 */
export type Ty =
  | { readonly k: "int" }
  | { readonly k: "intOrModel" }
  | { readonly k: "bool" }
  | { readonly k: "str" }
  | { readonly k: "model" }
  | { readonly k: "set"; readonly of: Ty }
  | { readonly k: "seq"; readonly of: Ty }
  | { readonly k: "rec"; readonly of: Ty }
  | { readonly k: "fcn"; readonly dom: Ty; readonly of: Ty };

const leafTy: fc.Arbitrary<Ty> = fc.constantFrom<Ty>({ k: "int" }, { k: "intOrModel" }, { k: "bool" }, { k: "str" }, { k: "model" });

export const tyArb: fc.Arbitrary<Ty> = fc.letrec<{ ty: Ty }>((tie) => ({
  ty: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leafTy,
    tie("ty").map((of): Ty => ({ k: "set", of })),
    tie("ty").map((of): Ty => ({ k: "seq", of })),
    tie("ty").map((of): Ty => ({ k: "rec", of })),
    fc.tuple(fc.constantFrom<Ty>({ k: "int" }, { k: "str" }, { k: "model" }), tie("ty")).map(([dom, of]): Ty => ({ k: "fcn", dom, of })),
  ),
})).ty;

const models = [modelValue("m1", 0), modelValue("m2", 1), modelValue("zz", 2), modelValue("a_x", 3)];
const untypedModels = models.filter((m) => m.typeTag === null);

export function valueArb(ty: Ty, depth = 0): fc.Arbitrary<Value> {
  const small = { maxLength: depth > 1 ? 2 : 4 };
  switch (ty.k) {
    case "int":
      return fc.integer({ min: -4, max: 6 }).map(int);
    case "intOrModel":
      return fc.oneof(fc.integer({ min: -4, max: 6 }).map(int), fc.constantFrom(...untypedModels));
    case "bool":
      return fc.boolean().map(bool);
    case "str":
      return fc.constantFrom("", "a", "b", "ab", "ba", "B", "a b", "é", 'q"t').map(str);
    case "model":
      return fc.constantFrom(...models);
    case "set":
      return fc.array(valueArb(ty.of, depth + 1), small).map(setOf);
    case "seq":
      return fc.array(valueArb(ty.of, depth + 1), small).map(tupleOf);
    case "rec":
      return fc
        .uniqueArray(fc.constantFrom("a", "b", "c", "x y"), { minLength: 1, maxLength: 3 })
        .chain((fields) => fc.array(valueArb(ty.of, depth + 1), { minLength: fields.length, maxLength: fields.length }).map((vals) => recordOf(fields, vals)));
    case "fcn":
      return fc
        .array(valueArb(ty.dom, depth + 1), small)
        .map((keys) => setOf(keys))
        .chain((dom) =>
          fc
            .array(valueArb(ty.of, depth + 1), { minLength: dom.elems.length, maxLength: dom.elems.length })
            .map((vals) => fcnFromSorted(dom.elems, vals)),
        );
  }
}

/** A type and three values of it. */
export const typedTriple = tyArb.chain((ty) => fc.tuple(valueArb(ty), valueArb(ty), valueArb(ty)));

/**
 * The same value built another way: sets from shuffled elements with duplicates (or as an
 * interval), functions from a shuffled domain through fcnOf. Equal to `v`, structurally different.
 */
export function rebuild(v: Value, seed: number, opts: { intervals: boolean } = { intervals: true }): Value {
  const rnd = mulberry(seed);
  const go = (x: Value): Value => {
    switch (x.kind) {
      case "set": {
        const elems = x.elems.map(go);
        if (elems.length > 0 && elems.every((e, i) => e.kind === "int" && e.value === (x.elems[0] as { value: number }).value + i)) {
          if (opts.intervals && rnd() < 0.5) return interval((elems[0] as { value: number }).value, (elems[elems.length - 1] as { value: number }).value);
        }
        const withDup = elems.length > 0 ? [...elems, elems[Math.floor(rnd() * elems.length)]!] : elems;
        return setOf(shuffle(withDup, rnd));
      }
      case "tuple": {
        const order = shuffle(
          x.elems.map((_, i) => i),
          rnd,
        );
        return fcnOf(
          order.map((i) => int(i + 1)),
          order.map((i) => go(x.elems[i]!)),
        );
      }
      case "record": {
        const order = shuffle(
          x.fields.map((_, i) => i),
          rnd,
        );
        return fcnOf(
          order.map((i) => str(x.fields[i]!)),
          order.map((i) => go(x.values[i]!)),
        );
      }
      case "fcn": {
        const order = shuffle(
          x.domain.map((_, i) => i),
          rnd,
        );
        return fcnOf(
          order.map((i) => go(x.domain[i]!)),
          order.map((i) => go(x.values[i]!)),
        );
      }
      case "string":
        return str(x.value);
      default:
        return x;
    }
  };
  return go(v);
}

function shuffle<T>(xs: readonly T[], rnd: () => number): T[] {
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
