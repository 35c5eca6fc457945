import type { Finding } from "./finding.ts";
import type { Emission } from "./impl/find-emissions.ts";
import type { SpecAction } from "./spec-interface.ts";
import { closestName } from "./closest-name.ts";

/** Each emission checked against the spec's actions: its name, then its parameter names. */
export function checkEmissions(emissions: readonly Emission[], actions: readonly SpecAction[]): Finding[] {
  const byName = new Map(actions.map((a) => [a.name, a]));
  const names = actions.map((a) => a.name);
  const out: Finding[] = [];
  for (const e of emissions) {
    if (e.action === null) {
      out.push({ code: "dynamic-action", expression: e.actionText, function: e.function, location: e.location });
      continue;
    }
    const action = byName.get(e.action);
    if (action === undefined) {
      out.push({ code: "unknown-action", action: e.action, suggestion: closestName(e.action, names), function: e.function, location: e.location });
      continue;
    }
    if (e.params === null) continue;
    const emitted = new Set(e.params.map((p) => p.name));
    for (const p of e.params) {
      if (!action.params.includes(p.name)) {
        out.push({ code: "unknown-parameter", action: action.name, parameter: p.name, expected: action.params, function: e.function, location: p.location });
      }
    }
    for (const p of action.params) {
      if (!emitted.has(p)) {
        out.push({ code: "missing-parameter", action: action.name, parameter: p, expected: action.params, function: e.function, location: e.location });
      }
    }
  }
  return out;
}
