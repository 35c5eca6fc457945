/**
 * TLA+ values: the one union every layer above `values/` speaks.
 *
 * Invariants that the constructors in this folder maintain (never build these objects by hand
 * outside `values/`):
 * - Enumerated sets (`set`) hold their elements sorted in TLC's canonical order (see compare.ts)
 *   and without duplicates, so equality and fingerprints are structural.
 * - Functions are normalised by domain: a function whose domain is 1..n (n >= 0) is a `tuple`;
 *   one whose non-empty domain is all strings is a `record`; every other one is a `fcn` whose
 *   domain is sorted canonically. So `<<a, b>> = [i \in 1..2 |-> ...]` and
 *   `[a |-> 1] = ("a" :> 1)` hold by construction, as in TLC.
 * - Sets that are infinite or expensive to enumerate stay symbolic (`interval`, `nat`, `subset`,
 *   `fcnSet`, ...) until a caller must enumerate them; membership is decided without enumerating.
 * - Integers are JavaScript numbers kept within the safe-integer range: arithmetic that would
 *   leave it is an evaluation error ("Overflow"), never a silent wrap. (TLC itself stops at 32
 *   bits; the conformance README allows computing the exact result instead.)
 *
 * fingerprint.ts may add cache fields to these objects; caches never affect meaning.
 */

export type Value =
  | BoolValue
  | IntValue
  | StringValue
  | ModelValue
  | SetValue
  | TupleValue
  | RecordValue
  | FcnValue
  | LazySetValue
  | OperatorValue;

export interface BoolValue {
  readonly kind: "bool";
  readonly value: boolean;
}

export interface IntValue {
  readonly kind: "int";
  readonly value: number;
}

export interface StringValue extends FingerprintCache {
  readonly kind: "string";
  readonly value: string;
}

/**
 * A model value from a .cfg. `order` reproduces TLC's interning order of names (constants of the
 * root module in declaration order first, then names first met in the .cfg), which decides how
 * sets of model values print and which one CHOOSE picks. `typeTag` is the prefix before `_`
 * of a typed model value (`a_x` has tag "a"); typed model values error when compared with values
 * of another type, untyped ones are merely unequal.
 */
export interface ModelValue {
  readonly kind: "model";
  readonly name: string;
  readonly order: number;
  readonly typeTag: string | null;
}

/**
 * A finite, enumerated set; `elems` sorted canonically, no duplicates.
 *
 * Exception, as in TLC: a set whose elements cannot be compared (`{1, "a"}`) can still be built
 * and passed around; it fails only when something needs its normal form (printing, equality,
 * Cardinality, membership, enumeration). Such a set has `mixed: true` and `elems` in construction
 * order, possibly with duplicates. Read elements through enumerate.ts, which raises TLC's error
 * for it, unless you know the set came from an operation that normalises.
 */
export interface SetValue extends FingerprintCache {
  readonly kind: "set";
  readonly elems: readonly Value[];
  readonly mixed?: true;
}

/** A function with domain 1..n; sequences and tuples. */
export interface TupleValue extends FingerprintCache {
  readonly kind: "tuple";
  readonly elems: readonly Value[];
}

/** A function whose (non-empty) domain is a set of strings; `fields` sorted canonically. */
export interface RecordValue extends FingerprintCache {
  readonly kind: "record";
  readonly fields: readonly string[];
  readonly values: readonly Value[];
}

/**
 * Any other function; `domain` sorted canonically, `values[i]` is the image of `domain[i]`.
 * `intervalDomain` records that the function was built over an interval `a..b` (TLC keeps such
 * a domain as an interval, so `DOMAIN [x \in 5..6 |-> 0]` prints `5..6` but
 * `DOMAIN [x \in {5, 6} |-> 0]` prints `{5, 6}`); it affects printing of DOMAIN only, never
 * equality or fingerprints.
 */
export interface FcnValue extends FingerprintCache {
  readonly kind: "fcn";
  readonly domain: readonly Value[];
  readonly values: readonly Value[];
  readonly intervalDomain?: true;
}

/**
 * Written only by fingerprint.ts, the first time a composite value is fingerprinted: the two
 * uint32 halves of its 64-bit fingerprint. Absent until then; never part of the value's meaning.
 */
export interface FingerprintCache {
  fpHi?: number;
  fpLo?: number;
}

/**
 * Sets kept symbolic. `filter` and `map` carry closures from the evaluator so that
 * `{x \in Nat : x < 3}` can be built and tested for membership without enumerating Nat;
 * enumerating or printing one forces it (and fails for an infinite base, as TLC does).
 */
export type LazySetValue =
  | { readonly kind: "interval"; readonly lo: number; readonly hi: number }
  | { readonly kind: "nat" }
  | { readonly kind: "int-set" }
  | { readonly kind: "string-set" }
  | { readonly kind: "subset"; readonly base: Value }
  | { readonly kind: "union-all"; readonly base: Value }
  | { readonly kind: "fcn-set"; readonly domain: Value; readonly range: Value }
  | { readonly kind: "record-set"; readonly fields: readonly string[]; readonly sets: readonly Value[] }
  | { readonly kind: "seq-set"; readonly base: Value }
  | { readonly kind: "product"; readonly sets: readonly Value[] }
  | { readonly kind: "cup"; readonly left: Value; readonly right: Value }
  | { readonly kind: "cap"; readonly left: Value; readonly right: Value }
  | { readonly kind: "diff"; readonly left: Value; readonly right: Value }
  | { readonly kind: "filter"; readonly base: Value; readonly pred: (v: Value) => boolean }
  | { readonly kind: "map"; readonly base: Value; readonly fn: (v: Value) => Value };

/**
 * An operator passed as an argument (`Op(F(_))`, LAMBDA). Not a first-class TLA+ value: it can
 * only be applied, never compared, printed or stored in a state.
 */
export interface OperatorValue {
  readonly kind: "operator";
  readonly name: string;
  readonly arity: number;
  readonly apply: (args: readonly Value[]) => Value;
}

export type ValueKind = Value["kind"];

export function isSetLike(v: Value): boolean {
  switch (v.kind) {
    case "set":
    case "interval":
    case "nat":
    case "int-set":
    case "string-set":
    case "subset":
    case "union-all":
    case "fcn-set":
    case "record-set":
    case "seq-set":
    case "product":
    case "cup":
    case "cap":
    case "diff":
    case "filter":
    case "map":
      return true;
    default:
      return false;
  }
}

export function isFunctionLike(v: Value): v is TupleValue | RecordValue | FcnValue {
  return v.kind === "tuple" || v.kind === "record" || v.kind === "fcn";
}

export function unreachable(x: never): never {
  throw new Error(`unreachable: ${JSON.stringify(x)}`);
}
