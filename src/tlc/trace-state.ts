import type { SourceLocation } from "../diagnostics/location.ts";
import { moduleRangeIn } from "./tlc-location.ts";
import type { TraceStep } from "../check/result.ts";
import { normalizeValueText } from "./value-text.ts";

/**
 * One printed state of a TLC counterexample, in either output form:
 *   `3: <Peek(w1) line 26, col 5 to line 29, col 21 of module NaiveLock>` (tool mode) or
 *   `State 3: <...>` (console), then `/\ var = value` lines (or `var = value` for a spec with a
 *   single variable), a value possibly continued over several indented lines.
 */
export interface PrintedState {
  readonly index: number;
  readonly step: TraceStep;
}

export type StateHeader =
  | { readonly kind: "state"; readonly index: number; readonly label: string }
  | { readonly kind: "stuttering"; readonly index: number }
  | { readonly kind: "back-to"; readonly index: number; readonly label: string };

const headerPattern = /^(?:State )?(\d+): (?:<(.*)>|(Stuttering))\s*$/;
const backToPattern = /^Back to state (\d+)(?:: <(.*)>)?\s*$/;
const actionPattern = /^(.*?) (line \d+, col \d+ to line \d+, col \d+ of module \w+)$/;

export function parseStateHeader(line: string): StateHeader | null {
  const back = backToPattern.exec(line);
  if (back) return { kind: "back-to", index: Number(back[1]), label: back[2] ?? "" };
  const m = headerPattern.exec(line);
  if (!m) return null;
  if (m[3] !== undefined) return { kind: "stuttering", index: Number(m[1]) };
  return { kind: "state", index: Number(m[1]), label: m[2] ?? "" };
}

/** `Want(w1) line 21, col 5 to line 23, col 21 of module NaiveLock` -> action and its location. */
export function parseActionLabel(
  label: string,
  fileForModule: (module: string) => string,
): { action: string | null; location: SourceLocation | null } {
  if (label === "Initial predicate") return { action: null, location: null };
  const m = actionPattern.exec(label);
  if (!m) return { action: label, location: null };
  return { action: m[1]!, location: moduleRangeIn(m[2]!, fileForModule) };
}

const conjunctPattern = /^\/\\ ([A-Za-z0-9_]+) = (.*)$/;
const singlePattern = /^([A-Za-z0-9_]+) = (.*)$/;

/** The `var = value` lines of a state; a spec with one variable prints it without `/\`. */
export function parseAssignments(lines: readonly string[]): Record<string, string> {
  const body = lines.filter((l, i) => !(l.trim() === "" && i === lines.length - 1));
  const values: [string, string[]][] = [];
  const conjunctive = body.some((l) => conjunctPattern.test(l));
  for (const line of body) {
    const m = conjunctive ? conjunctPattern.exec(line) : values.length === 0 ? singlePattern.exec(line) : null;
    if (m) values.push([m[1]!, [m[2]!]]);
    else if (values.length > 0 && line.trim() !== "") values[values.length - 1]![1].push(line);
  }
  const state: Record<string, string> = {};
  for (const [name, parts] of values) state[name] = normalizeValueText(parts.join("\n"));
  return state;
}

/** A whole state message: header line, then assignments. Null when the first line is no state header. */
export function parsePrintedState(
  text: string,
  fileForModule: (module: string) => string,
): { header: StateHeader; step: TraceStep | null } | null {
  const lines = text.split(/\r?\n/);
  const header = parseStateHeader(lines[0] ?? "");
  if (!header) return null;
  if (header.kind === "stuttering") return { header, step: null };
  const { action, location } = parseActionLabel(header.label, fileForModule);
  return { header, step: { action, location, state: parseAssignments(lines.slice(1)) } };
}
