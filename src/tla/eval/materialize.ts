import type { Value } from "../values/value.ts";
import { normalizeSet } from "../values/index.ts";

/** Above this many elements a constant set is left symbolic (membership is all most specs need). */
const LIMIT = 1 << 16;

/**
 * A constant definition is evaluated once per model; when its value is a symbolic set whose
 * enumeration is bounded (`{Q \in SUBSET Acceptor : ...}`, a set map), it is enumerated once
 * here instead of every time a quantifier ranges over it. Infinite or huge sets stay symbolic.
 */
export function materializeConstant(v: Value): Value {
  if (v.kind !== "filter" && v.kind !== "map" && v.kind !== "cup" && v.kind !== "cap" && v.kind !== "diff" && v.kind !== "union-all") return v;
  const bound = sizeBound(v);
  if (bound === null || bound > LIMIT) return v;
  try {
    return normalizeSet(v);
  } catch {
    return v;
  }
}

/** An upper bound on the number of elements enumerating `v` visits, or null if unknown or infinite. */
function sizeBound(v: Value): number | null {
  switch (v.kind) {
    case "set":
      return v.elems.length;
    case "interval":
      return v.hi < v.lo ? 0 : v.hi - v.lo + 1;
    case "subset": {
      const n = sizeBound(v.base);
      return n === null || n > 30 ? null : 2 ** n;
    }
    case "filter":
    case "map":
      return sizeBound(v.base);
    case "cup": {
      const a = sizeBound(v.left);
      const b = sizeBound(v.right);
      return a === null || b === null ? null : a + b;
    }
    case "cap":
    case "diff":
      return sizeBound(v.left);
    case "product":
    case "record-set": {
      let n = 1;
      for (const s of v.sets) {
        const k = sizeBound(s);
        if (k === null) return null;
        n *= k;
      }
      return n;
    }
    case "fcn-set": {
      const d = sizeBound(v.domain);
      const r = sizeBound(v.range);
      return d === null || r === null || d > 64 ? null : r ** d;
    }
    case "union-all": {
      const n = sizeBound(v.base);
      if (n === null || n > LIMIT) return null;
      try {
        let total = 0;
        for (const member of normalizeSet(v.base).elems) {
          const k = sizeBound(member);
          if (k === null) return null;
          total += k;
        }
        return total;
      } catch {
        return null;
      }
    }
    default:
      return null;
  }
}
