/**
 * A tiny pretty printer for generated code: a group prints on one line when it fits the width,
 * otherwise one item per line, indented. Enough for nested zod calls and object/union types.
 */
export type Doc = string | Group;

export interface Group {
  readonly open: string;
  readonly close: string;
  readonly items: readonly Doc[];
  /** Between items on one line (", " or "; "). */
  readonly flatSep: string;
  /** After each item when broken ("," or ";"). */
  readonly brokenSuffix: string;
  /** Before each item when broken ("| " for unions). */
  readonly brokenPrefix: string;
  /** Spaces inside the brackets on one line (`{ a }`). */
  readonly pad: boolean;
  /** Whether the last item also gets `brokenSuffix` (type argument lists allow no trailing comma). */
  readonly trailing: boolean;
}

export const width = 100;

export function group(open: string, items: readonly Doc[], close: string, opts: Partial<Omit<Group, "open" | "close" | "items">> = {}): Group {
  return { open, close, items, flatSep: ", ", brokenSuffix: ",", brokenPrefix: "", pad: false, trailing: true, ...opts };
}

export function flat(d: Doc): string {
  if (typeof d === "string") return d;
  if (d.items.length === 0) return `${d.open}${d.close}`;
  const inner = d.items.map(flat).join(d.flatSep);
  return d.pad ? `${d.open} ${inner} ${d.close}` : `${d.open}${inner}${d.close}`;
}

/** Renders `d` starting at column `column` of a line indented by `indent` spaces. */
export function render(d: Doc, indent: number, column: number): string {
  const one = flat(d);
  if (typeof d === "string" || column + one.length <= width || d.items.length === 0) return one;
  const pad = " ".repeat(indent + 2);
  const last = d.items.length - 1;
  const lines = d.items.map(
    (item, i) => `${pad}${d.brokenPrefix}${render(item, indent + 2, indent + 2 + d.brokenPrefix.length)}${i < last || d.trailing ? d.brokenSuffix : ""}`,
  );
  // A group without a closing bracket (a union type) ends on its last item's line.
  return d.close === "" ? `${d.open}\n${lines.join("\n")}` : `${d.open}\n${lines.join("\n")}\n${" ".repeat(indent)}${d.close}`;
}
