import { apply, domainOf, isFunctionLike, isSetLike, normalizeSet, type Value } from "../tla/values/index.ts";
import { printTla } from "./print-state.ts";
import { sameValue } from "./same-value.ts";

/**
 * Where a reported value differs from the spec's, in a few lines a person can act on: for sets
 * the elements missing from the report and the ones it has in excess; for functions and records
 * the keys whose values differ. Anything else is left to the two printed values.
 */
const MAX_ITEMS = 6;

export function valueDiff(expected: Value, reported: Value): string[] {
  try {
    if (isSetLike(expected) && isSetLike(reported)) return setDiff(expected, reported);
    if (isFunctionLike(expected) && isFunctionLike(reported)) return functionDiff(expected, reported);
  } catch {
    // A value that cannot be enumerated or compared: the printed values say enough.
  }
  return [];
}

function setDiff(expected: Value, reported: Value): string[] {
  const e = normalizeSet(expected).elems;
  const r = normalizeSet(reported).elems;
  const missing = e.filter((x) => !r.some((y) => sameValue(x, y)));
  const extra = r.filter((x) => !e.some((y) => sameValue(x, y)));
  const out: string[] = [];
  if (missing.length > 0) out.push(`missing from the report: ${list(missing)}`);
  if (extra.length > 0) out.push(`reported but not in the spec's state: ${list(extra)}`);
  return out;
}

function functionDiff(expected: Value, reported: Value): string[] {
  const de = normalizeSet(domainOf(expected)).elems;
  const dr = normalizeSet(domainOf(reported)).elems;
  const out: string[] = [];
  const onlyExpected = de.filter((k) => !dr.some((x) => sameValue(x, k)));
  const onlyReported = dr.filter((k) => !de.some((x) => sameValue(x, k)));
  if (onlyExpected.length > 0) out.push(`keys missing from the report: ${list(onlyExpected)}`);
  if (onlyReported.length > 0) out.push(`keys reported but not in the spec's domain: ${list(onlyReported)}`);
  let shown = 0;
  let more = 0;
  for (const k of de) {
    if (!dr.some((x) => sameValue(x, k))) continue;
    const a = apply(expected, k);
    const b = apply(reported, k);
    if (sameValue(a, b)) continue;
    if (shown >= MAX_ITEMS) {
      more++;
      continue;
    }
    shown++;
    const inner = valueDiff(a, b);
    out.push(`at ${printTla(k)}: expected ${printTla(a)}, reported ${printTla(b)}${inner.length > 0 ? ` (${inner.join("; ")})` : ""}`);
  }
  if (more > 0) out.push(`and ${more} more key(s) differ`);
  return out;
}

function list(xs: readonly Value[]): string {
  const shown = xs.slice(0, MAX_ITEMS).map(printTla).join(", ");
  return xs.length > MAX_ITEMS ? `${shown}, and ${xs.length - MAX_ITEMS} more` : shown;
}
