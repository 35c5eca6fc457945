import { z } from "zod";
import type { TraceStep } from "../check/result.ts";
import type { SourceLocation } from "../diagnostics/location.ts";
import { type Problem, problem } from "../diagnostics/problem.ts";
import { jsonValueToTla, type JsonValueTextOptions } from "./json-value-text.ts";

/**
 * TLC's `-dumpTrace json FILE` counterexample:
 *   {"counterexample": {"state": [[i, {var: value}]...],
 *                       "action": [[[i, s_i], {name, location, context, parameters}, [j, s_j]]...]},
 *    "vars": [...]}
 * A final action from a state to itself is the stuttering of a liveness counterexample; one back
 * to an earlier state closes its loop.
 */
const jsonState = z.tuple([z.number().int().positive(), z.record(z.string(), z.unknown())]);
const actionInfo = z.object({
  name: z.string(),
  location: z
    .object({ beginLine: z.number(), beginColumn: z.number(), endLine: z.number(), endColumn: z.number(), module: z.string() })
    .optional(),
  context: z.record(z.string(), z.unknown()).optional(),
  parameters: z.array(z.string()).optional(),
});
const dumpSchema = z.object({
  counterexample: z.object({
    state: z.array(jsonState),
    action: z.array(z.tuple([jsonState, actionInfo, jsonState])).optional(),
  }),
  vars: z.array(z.string()).optional(),
});

export type DumpedAction = z.infer<typeof actionInfo> & { readonly from: number; readonly to: number };

export interface DumpedTrace {
  readonly vars: readonly string[];
  /** The states in order; `values` maps each variable to its JSON value. */
  readonly states: readonly { readonly index: number; readonly values: Readonly<Record<string, unknown>> }[];
  readonly actions: readonly DumpedAction[];
}

export type DumpParse = { readonly ok: true; readonly trace: DumpedTrace } | { readonly ok: false; readonly problem: Problem };

export function parseDumpTrace(jsonText: string, file: string): DumpParse {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // V8 says where only in some messages ("at position N", or "line L column C" in newer Node).
    const at = /position (\d+)/.exec(message);
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    const location = lineCol
      ? { file, line: Number(lineCol[1]), column: Number(lineCol[2]) }
      : at
        ? locationAt(jsonText, Number(at[1]), file)
        : { file, line: 1, column: 1 };
    return { ok: false, problem: problem("trace-format", `not a TLC -dumpTrace json file: ${message}`, location) };
  }
  const parsed = dumpSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map(String).join(".");
    return { ok: false, problem: problem("trace-format", `not a TLC -dumpTrace json file: ${path ? `at ${path}: ` : ""}${issue.message}`, { file, line: 1, column: 1 }) };
  }
  const ce = parsed.data.counterexample;
  return {
    ok: true,
    trace: {
      vars: parsed.data.vars ?? Object.keys(ce.state[0]?.[1] ?? {}),
      states: ce.state.map(([index, values]) => ({ index, values })),
      actions: (ce.action ?? []).map(([from, info, to]) => ({ ...info, from: from[0], to: to[0] })),
    },
  };
}

export interface DumpedSteps {
  readonly trace: readonly TraceStep[];
  readonly endsInStuttering: boolean;
  readonly backToState: number | null;
}

/** The dumped trace as the engine-neutral steps, each value printed as TLA+ text (see json-value-text.ts). */
export function dumpTraceToSteps(
  dump: DumpedTrace,
  opts: JsonValueTextOptions & { readonly fileForModule?: (module: string) => string } = {},
): DumpedSteps {
  const fileForModule = opts.fileForModule ?? ((m: string) => `${m}.tla`);
  const into = new Map<number, DumpedAction>();
  let endsInStuttering = false;
  let backToState: number | null = null;
  for (const a of dump.actions) {
    if (a.to === a.from + 1) into.set(a.to, a);
    else if (a.to === a.from) endsInStuttering = true;
    else if (a.to < a.from) backToState = a.to;
  }
  const trace = dump.states.map(({ index, values }): TraceStep => {
    const action = into.get(index);
    const state: Record<string, string> = {};
    for (const [name, v] of Object.entries(values)) state[name] = jsonValueToTla(v, opts);
    if (!action) return { action: null, location: null, state };
    const args = (action.parameters ?? []).map((p) => jsonValueToTla(action.context?.[p], opts));
    const location: SourceLocation | null = action.location
      ? {
          file: fileForModule(action.location.module),
          line: action.location.beginLine,
          column: action.location.beginColumn,
          endLine: action.location.endLine,
          endColumn: action.location.endColumn,
        }
      : null;
    // TLC prints the parameters without a space after the comma: `Move(1,0)`.
    return { action: args.length > 0 ? `${action.name}(${args.join(",")})` : action.name, location, state };
  });
  return { trace, endsInStuttering, backToState };
}

function locationAt(text: string, offset: number, file: string): SourceLocation {
  const before = text.slice(0, offset);
  return { file, line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}
