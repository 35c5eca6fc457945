/**
 * TLA+ text for a value from TLC's `-dumpTrace json` file. The JSON form loses information: a
 * model value and a string are both JSON strings, a set and a sequence are both arrays, and a
 * function's domain elements become object keys. The caller says which names are model values
 * (from the .cfg); the rest is read as TLC writes it: arrays as sequences, objects whose keys are
 * all integers or model values as functions, other objects as records.
 */
export interface JsonValueTextOptions {
  readonly modelValues?: ReadonlySet<string>;
}

export function jsonValueToTla(value: unknown, opts: JsonValueTextOptions = {}): string {
  const mv = opts.modelValues ?? new Set<string>();
  const text = (v: unknown): string => {
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    if (typeof v === "number") return String(v);
    if (typeof v === "string") return mv.has(v) ? v : quote(v);
    if (Array.isArray(v)) return `<<${v.map(text).join(", ")}>>`;
    if (v !== null && typeof v === "object") {
      const entries = Object.entries(v as Record<string, unknown>);
      if (entries.length === 0) return "<<>>";
      const isInt = (k: string) => /^-?\d+$/.test(k);
      if (entries.every(([k]) => isInt(k) || mv.has(k))) {
        // JSON objects order integer-like keys ascending, which is also TLC's order for integers.
        return `(${entries.map(([k, x]) => `${k} :> ${text(x)}`).join(" @@ ")})`;
      }
      return `[${entries.map(([k, x]) => `${k} |-> ${text(x)}`).join(", ")}]`;
    }
    return "null";
  };
  return text(value);
}

function quote(s: string): string {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\t/g, "\\t")}"`;
}
