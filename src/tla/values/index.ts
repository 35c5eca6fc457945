/**
 * The values layer's public API. Layers above import from here, not from the files.
 */
export * from "./value.ts";
export * from "./constructors.ts";
export { setOf, setOfStrict, mergeCanonical } from "./set-of.ts";
export { fcnOf, fcnFromSorted, recordOf, type FunctionValue } from "./fcn-of.ts";
export { compareValues } from "./compare.ts";
export { valuesEqual } from "./equal.ts";
export { isMember, isSubset, domainOf } from "./membership.ts";
export { normalizeSet, enumerate, MAX_ENUMERATION } from "./enumerate.ts";
export { cardinality, isFiniteSet } from "./finite-sets.ts";
export { printValue, showValue, toStringText, quoteString, isName } from "./print.ts";
export { evalError, errorText, isEvalError } from "./errors.ts";
export { fingerprintValue, fingerprintInto, fingerprintState, fingerprintStateInto, type Fingerprint } from "./fingerprint.ts";
export * from "./arith.ts";
export * from "./sets.ts";
export * from "./functions.ts";
export * from "./sequences.ts";
export * from "./tlc-module.ts";
export * from "./tlc-json.ts";
export * from "./bags.ts";
