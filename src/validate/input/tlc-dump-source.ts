import { problem } from "../../diagnostics/problem.ts";
import type { Json } from "../../tla/values/index.ts";
import { jsonValueToTla } from "../../tlc/json-value-text.ts";
import { parseDumpTrace, type DumpedAction } from "../../tlc/parse-dump-trace.ts";
import type { CheckEvent, Expectation } from "../check-event.ts";
import type { OpenResult, TraceItem } from "./opened-trace.ts";

/**
 * TLC's `-dumpTrace json` counterexamples. TLC writes states in its JSON encoding, which forgets
 * kinds (a model value is a string, a function on model values an object), so reported values
 * are compared in that encoding rather than decoded. Each step names TLC's action with its
 * parameters, exactly as Next splits; a final step back to an earlier state (the loop of a
 * liveness counterexample) is checked as a step too, a final stuttering step needs no check.
 * The file names neither the spec nor its constants: the spec is found by the module its
 * actions name, next to the trace or in a folder above, and the constants come from the .cfg.
 */
export function openTlcDump(text: string, file: string): OpenResult {
  const parsed = parseDumpTrace(text, file);
  if (!parsed.ok) return parsed;
  const dump = parsed.trace;
  if (dump.states.length === 0) return { ok: false, problem: problem("trace-format", "the counterexample has no state", { file, line: 1, column: 1 }) };
  const at = { file, line: 1, column: 1 };
  const module = dump.actions.find((a) => a.location)?.location?.module ?? null;
  return {
    ok: true,
    trace: {
      file,
      format: "tlc-dump",
      header: { specPath: null, module, configPath: null, constants: null, location: at },
      bind(model) {
        const unknown = dump.vars.filter((v) => !model.variables.includes(v));
        if (unknown.length > 0) return { ok: false, problem: problem("trace-format", `vars: ${unknown.join(", ")} not variables of the spec (its variables: ${model.variables.join(", ")})`, at) };
        const byIndex = new Map(dump.states.map((s) => [s.index, s.values]));
        const expect = (index: number): (Expectation | null)[] =>
          model.variables.map((v) => {
            const values = byIndex.get(index);
            return values !== undefined && Object.hasOwn(values, v) ? { kind: "json", json: values[v] as Json } : null;
          });
        const first = dump.states[0]!.index;
        const initial: CheckEvent = { seq: 0, file, line: null, node: null, action: "Init", params: [], expect: expect(first) };
        const steps = dump.actions.filter((a) => a.to !== a.from).sort((x, y) => x.from - y.from);
        const modelValues = model.models.names();
        async function* items(): AsyncGenerator<readonly TraceItem[]> {
          let seq = 0;
          for (const a of steps) {
            if (!byIndex.has(a.to)) {
              yield [{ kind: "problem", problem: problem("trace-format", `action ${a.name} goes to state ${a.to}, which the counterexample does not list`, at) }];
              return;
            }
            seq++;
            yield [{ kind: "event", event: { seq, file, line: null, node: null, action: a.name, params: params(a, modelValues), expect: expect(a.to) } }];
          }
        }
        return { ok: true, trace: { initial, events: items() } };
      },
      close: async () => {},
    },
  };
}

function params(a: DumpedAction, modelValues: ReadonlySet<string>): CheckEvent["params"] {
  return (a.parameters ?? [])
    .filter((p) => a.context !== undefined && Object.hasOwn(a.context, p))
    .map((p) => [p, { kind: "json", json: a.context![p] as Json, text: jsonValueToTla(a.context![p], { modelValues }) }] as const);
}
