import { itfToTrace } from "../../trace/itf.ts";
import type { OpenResult, TraceItem } from "./opened-trace.ts";
import { isProblem, TraceEventReader } from "./trace-events.ts";

/**
 * ITF traces (`.itf.json`, Apalache and Quint): one JSON document of full states, converted by
 * src/trace/itf.ts. A trace exported by this harness carries its header (spec, constants) in
 * `#meta`; a foreign one names only its source, so its constants come from the .cfg. A step
 * whose action is unknown is named after Next, the whole next-state relation.
 */
export function openItf(json: unknown, file: string): OpenResult {
  const r = itfToTrace(json, file);
  if (!r.ok) return r;
  const { header, events } = r.value;
  const at = { file, line: 1, column: 1 };
  const foreign = Object.keys(header.constants).length === 0 && header.implementation.name === "itf-import";
  return {
    ok: true,
    trace: {
      file,
      format: "itf",
      header: {
        specPath: header.spec.path,
        module: header.spec.module === "Unknown" ? null : header.spec.module,
        configPath: header.spec.config ?? null,
        constants: foreign ? null : header.constants,
        location: at,
      },
      bind(model) {
        const created = TraceEventReader.create(model.variables, header.variables, model.models, file, at);
        if (isProblem(created)) return { ok: false, problem: created };
        const reader: TraceEventReader = created;
        const initial = reader.initial(header.init, null);
        if (isProblem(initial)) return { ok: false, problem: initial };
        async function* items(): AsyncGenerator<readonly TraceItem[]> {
          for (const e of events) {
            // ITF names a step "Next" when it does not know the action: the spec's own next-state relation.
            const named = e.action === "Next" ? { ...e, action: model.nextName } : e;
            const ev = reader.event(named, null);
            yield [isProblem(ev) ? { kind: "problem", problem: ev } : { kind: "event", event: ev }];
          }
        }
        return { ok: true, trace: { initial, events: items() } };
      },
      close: async () => {},
    },
  };
}
