import type { z } from "zod";
import { problem, type Problem } from "../diagnostics/problem.ts";
import { decodeEventFast } from "./fast-event.ts";
import { eventSchema, headerSchema, type TraceEvent, type TraceHeader } from "./schema.ts";

/**
 * One trace line, checked on its own: JSON syntax, then the zod schema of a header (line 1) or
 * an event (every other line). Cross-line rules (sequence numbers, known variables) are the
 * reader's. Every failure is a `trace-format` Problem at file:line:column.
 */
export type LineResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

function at(file: string, line: number, column = 1) {
  return { file, line, column };
}

function parseJson(text: string, file: string, line: number): LineResult<unknown> {
  if (text.trim().length === 0) return { ok: false, problem: problem("trace-format", "empty line: every line of a trace is one JSON object", at(file, line)) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const column = pos ? Number(pos[1]) + 1 : 1;
    return { ok: false, problem: problem("trace-format", `not valid JSON: ${msg.replace(/ in JSON at position \d+.*$/, "")}`, at(file, line, column)) };
  }
}

function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const p of path) out += typeof p === "number" ? `[${p}]` : `.${String(p)}`;
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

/** Every number in the format is an integer, so zod's "number" reads as "an integer" here. */
const typeWords: Record<string, string> = { tuple: "a [key, value] pair", number: "an integer", int: "an integer", string: "a string", object: "an object", array: "an array", boolean: "true or false" };

/** zod's issues in the harness's words: `event.params.b: expected an integer, got "x"`. */
function issueText(prefix: string, issue: z.core.$ZodIssue, root: unknown): string {
  const where = formatPath(prefix, issue.path);
  const got = valueAt(root, issue.path);
  switch (issue.code) {
    case "invalid_type":
      if (got === undefined) return `${where}: missing (expected ${typeWords[issue.expected] ?? issue.expected})`;
      return `${where}: expected ${typeWords[issue.expected] ?? issue.expected}, got ${JSON.stringify(got)}`;
    case "unrecognized_keys":
      return `${where}: unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    case "too_small":
      if (!issue.message.startsWith("Too small")) return `${where}: ${issue.message}`;
      return issue.origin === "array" ? `${where}: must have at least ${String(issue.minimum)} elements, got ${JSON.stringify(got)}` : `${where}: must be at least ${String(issue.minimum)}, got ${JSON.stringify(got)}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

function schemaProblem(kind: "header" | "event", error: z.ZodError, root: unknown, file: string, line: number): Problem {
  const texts = error.issues.map((i) => issueText(kind, i, root));
  return problem("trace-format", texts[0]!, at(file, line), texts.length > 1 ? texts.slice(1) : undefined);
}

function isHeaderLike(json: unknown): boolean {
  return json !== null && typeof json === "object" && !Array.isArray(json) && Object.hasOwn(json, "format");
}

export function parseHeaderLine(text: string, file: string, line: number): LineResult<TraceHeader> {
  const json = parseJson(text, file, line);
  if (!json.ok) return json;
  if (!isHeaderLike(json.value)) {
    return { ok: false, problem: problem("trace-format", 'line 1 must be the trace header, an object with "format": "consensus-harness-trace"', at(file, line)) };
  }
  const r = headerSchema.safeParse(json.value);
  return r.success ? { ok: true, value: r.data } : { ok: false, problem: schemaProblem("header", r.error, json.value, file, line) };
}

export function parseEventLine(text: string, file: string, line: number): LineResult<TraceEvent> {
  const json = parseJson(text, file, line);
  if (!json.ok) return json;
  if (json.value === null || typeof json.value !== "object" || Array.isArray(json.value)) {
    return { ok: false, problem: problem("trace-format", `an event must be a JSON object, got ${Array.isArray(json.value) ? "an array" : JSON.stringify(json.value)}`, at(file, line)) };
  }
  if (isHeaderLike(json.value)) return { ok: false, problem: problem("trace-format", "a second header: only line 1 may be a header", at(file, line)) };
  const fast = decodeEventFast(json.value);
  if (fast) return { ok: true, value: fast };
  const r = eventSchema.safeParse(json.value);
  return r.success ? { ok: true, value: r.data } : { ok: false, problem: schemaProblem("event", r.error, json.value, file, line) };
}
