import type { CheckResult } from "../check/result.ts";

/**
 * Native engine against TLC on the same model. Any difference in the verdict, the violated name,
 * the counts or the counterexample's length is a disagreement: the native engine explores in
 * TLC's order with TLC's counting, so on a correct engine they are all equal.
 */
export interface ResultDifference {
  readonly field: ComparedField;
  readonly native: string;
  readonly tlc: string;
}

export interface ResultComparison {
  readonly agree: boolean;
  readonly differences: readonly ResultDifference[];
  readonly rows: readonly { readonly field: ComparedField; readonly native: string; readonly tlc: string; readonly same: boolean }[];
}

export const comparedFields = ["result", "violated", "distinct", "generated", "depth", "trace length", "ends in stuttering", "error"] as const;
export type ComparedField = (typeof comparedFields)[number];

function field(r: CheckResult, f: ComparedField): string {
  switch (f) {
    case "result":
      return r.result;
    case "violated":
      return r.violated ?? "-";
    case "distinct":
      return String(r.distinct);
    case "generated":
      return String(r.generated);
    case "depth":
      return String(r.depth);
    case "trace length":
      return String(r.trace.length);
    case "ends in stuttering":
      return r.traceEndsInStuttering === true ? "yes" : "no";
    case "error":
      // The kind of failure, not TLC's wording, which the native engine need not copy.
      return r.error ? r.error.code : "-";
  }
}

export function compareResults(native: CheckResult, tlc: CheckResult): ResultComparison {
  const rows = comparedFields.map((f) => {
    const a = field(native, f);
    const b = field(tlc, f);
    return { field: f, native: a, tlc: b, same: a === b };
  });
  const differences = rows.filter((r) => !r.same).map(({ field: f, native: a, tlc: b }) => ({ field: f, native: a, tlc: b }));
  return { agree: differences.length === 0, differences, rows };
}

/** The two results side by side, differing rows marked, then a one-line verdict. */
export function renderComparison(c: ResultComparison): string {
  const header = { field: "", native: "native", tlc: "TLC" };
  const all = [header, ...c.rows];
  const w0 = Math.max(...all.map((r) => r.field.length));
  const w1 = Math.max(...all.map((r) => r.native.length));
  const lines = all.map((r, i) => {
    const mark = i === 0 ? "  " : (r as { same?: boolean }).same ? "  " : "≠ ";
    return `${mark}${r.field.padEnd(w0)}  ${r.native.padEnd(w1)}  ${r.tlc}`.trimEnd();
  });
  lines.push(
    "",
    c.agree ? "engines agree" : `engines DISAGREE on ${c.differences.map((d) => d.field).join(", ")}`,
  );
  return lines.join("\n");
}
