/**
 * Field names and string literals come from the parser as fresh strings. Interning them (V8
 * internalizes property keys) makes the field lookups of `r.f`, which compare names with `===`,
 * pointer comparisons: record access is among the hottest operations in message-passing specs.
 */
const table = new Map<string, string>();

export function intern(s: string): string {
  const found = table.get(s);
  if (found !== undefined) return found;
  const o: Record<string, number> = { [s]: 0 };
  const k = Object.keys(o)[0]!;
  table.set(k, k);
  return k;
}
