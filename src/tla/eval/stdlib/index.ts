import type { SourceLocation } from "../../../diagnostics/location.ts";
import { BOOLEAN, STRING } from "../../values/index.ts";
import { unsupported } from "../compile-context.ts";
import { constant } from "./define.ts";
import { bags } from "./bags.ts";
import { finiteSets } from "./finite-sets.ts";
import { integers } from "./integers.ts";
import { naturals } from "./naturals.ts";
import { sequences } from "./sequences.ts";
import type { StdOp } from "./std-op.ts";
import { tlc } from "./tlc.ts";

const modules: ReadonlyMap<string, readonly StdOp[]> = new Map([
  ["Naturals", naturals],
  ["Integers", integers],
  ["Sequences", sequences],
  ["FiniteSets", finiteSets],
  ["TLC", tlc],
  ["Bags", bags],
  // Proof modules: nothing to evaluate.
  ["TLAPS", []],
  ["NaturalsInduction", []],
  ["SequenceTheorems", []],
  ["FiniteSetTheorems", []],
  ["WellFoundedInduction", []],
]);

const refused: ReadonlyMap<string, string> = new Map([
  ["Reals", "real numbers are not supported"],
  ["RealTime", "real-time specifications are not supported"],
  ["Randomization", "random choices would make runs irreproducible"],
  ["TLCExt", "the TLCExt module is not supported"],
  ["Json", "the Json module is not supported"],
  ["IOUtils", "the IOUtils module is not supported"],
]);

/**
 * The operators of a standard module, or null when `name` is not a standard module (then it is
 * a module of the spec's folder). A standard module the engine does not implement is an
 * `unsupported` problem at the EXTENDS/INSTANCE naming it.
 */
export function standardModule(name: string, loc: SourceLocation): readonly StdOp[] | null {
  const ops = modules.get(name);
  if (ops !== undefined) return ops;
  const why = refused.get(name);
  if (why !== undefined) unsupported(`Module ${name}: ${why}.`, loc);
  return null;
}

export function isStandardModule(name: string): boolean {
  return modules.has(name) || refused.has(name);
}

/** BOOLEAN and STRING: built into TLA+, visible in every module. */
export const coreConstants: readonly StdOp[] = [constant("TLA+", "BOOLEAN", BOOLEAN), constant("TLA+", "STRING", STRING)];
