import { formatLocation } from "../diagnostics/location.ts";
import { renderProblem } from "../diagnostics/render.ts";
import { unreachable } from "../tla/values/index.ts";
import type { EventSummary, FileReport, RejectReason, Rejection, VariableDiff, Verdict } from "./verdict.ts";

/**
 * Verdicts as a person reads them in a terminal: one headline per trace in the shape editors
 * understand (`file:line: ...`), then the why, indented. Same facts as the JSON, fewer braces.
 */
export function renderReport(r: FileReport): string {
  return renderVerdict(r.file, r.verdict).join("\n");
}

export function renderVerdict(file: string, v: Verdict): string[] {
  switch (v.kind) {
    case "accepted":
      return [`${file}: accepted, ${v.events} event${v.events === 1 ? "" : "s"}${v.maxCandidates > 1 ? ` (up to ${v.maxCandidates} candidate states)` : ""}`];
    case "rejected":
      return rejection(v);
    case "violated": {
      const what = v.property.kind === "assumption" ? `assumption ${v.property.name} is false` : `${v.property.kind} ${v.property.name} is violated`;
      const head = v.event.step === 0 ? `${where(v.event)}: ${what} in the initial state` : `${where(v.event)}: step ${v.event.step}, ${eventText(v.event)}: ${what}`;
      const state = Object.entries(v.state).map(([k, x]) => `    /\\ ${k} = ${x}`);
      return [head, ...(state.length > 0 ? ["  the state after the step:", ...state] : [])];
    }
    case "error": {
      const lines = renderProblem(v.problem).split("\n");
      const head = v.problem.location ? lines[0]! : `${file}: ${lines[0]}`;
      return [`${head}`, ...lines.slice(1)];
    }
    default:
      return unreachable(v);
  }
}

function rejection(v: Rejection): string[] {
  const e = v.event;
  const head = e.step === 0 ? `${where(e)}: rejected: the initial state` : `${where(e)}: rejected at step ${e.step}: ${eventText(e)}`;
  const out = [head, ...reasonLines(v.reason)];
  if (e.step > 0) {
    const more = v.enabledMore > 0 ? `, and ${v.enabledMore} more` : "";
    out.push(`  enabled in ${v.candidates > 1 ? "the first of the candidate states" : "that state"}: ${v.enabled.length > 0 ? v.enabled.join(", ") + more : "nothing (the state has no successor)"}`);
  }
  return out;
}

function reasonLines(r: RejectReason): string[] {
  switch (r.kind) {
    case "unknown-action":
      return [`  the spec has no action ${r.action} (Next's actions: ${r.known.join(", ")})`];
    case "bad-parameters":
      return [`  ${r.message}`];
    case "disabled": {
      const lines = [`  ${r.action} is not enabled${r.candidates > 1 ? ` in any of the ${r.candidates} candidate states` : ""}`];
      if (r.conjunct === null) return [...lines, "  (no single conjunct of it is false before the step: it fails on the next state)"];
      const [first, ...rest] = r.conjunct.text.split("\n");
      const where = r.candidates > 1 && !r.everywhere ? " (in the first candidate state; the others fail at other conjuncts)" : "";
      return [...lines, `  false${where}: ${formatLocation(r.conjunct.location)}: ${first}`, ...rest.map((l) => `         ${l}`)];
    }
    case "mismatch":
      return [
        `  ${r.action} is enabled, but ${r.successors === 1 ? "its only successor disagrees" : `none of its ${r.successors} successors agrees`} with the reported ${r.variables.length === 1 ? "variable" : "variables"}:`,
        ...r.variables.flatMap(diffLines),
      ];
    case "bad-change":
      return [`  the reported changes do not apply: ${r.message}`];
    case "not-next-step":
      return [`  ${r.action} allows the step, but it is not a step of the next-state relation`];
    case "initial-state":
      return [`  none of the spec's ${r.initialStates} initial state${r.initialStates === 1 ? "" : "s"} agrees with it:`, ...r.variables.flatMap(diffLines)];
    default:
      return unreachable(r);
  }
}

function diffLines(d: VariableDiff): string[] {
  return [`    ${d.variable}`, `      spec:     ${d.expected}`, `      reported: ${d.reported}`, ...d.details.map((x) => `      ${x}`)];
}

function where(e: EventSummary): string {
  return e.line !== null ? `${e.file}:${e.line}` : e.step === 0 ? `${e.file} (initial state)` : `${e.file} (state ${e.step + 1})`;
}

/** `Phase1b(a = a1, b = 0) by a1`: the event as the trace gave it. */
export function eventText(e: EventSummary): string {
  const params = e.params.map(([n, v]) => `${n} = ${v}`).join(", ");
  return `${e.action}(${params})${e.node ? ` by ${e.node}` : ""}`;
}

/** One line per trace for the summary table. */
export function verdictCell(v: Verdict): string {
  switch (v.kind) {
    case "accepted":
      return "accepted";
    case "rejected":
      return `rejected at step ${v.event.step}`;
    case "violated":
      return `${v.property.kind} ${v.property.name} violated at step ${v.event.step}`;
    case "error":
      return `error (${v.problem.code})`;
    default:
      return unreachable(v);
  }
}

/** A short why for the summary table. */
export function reasonCell(v: Verdict): string {
  switch (v.kind) {
    case "accepted":
      return "";
    case "rejected":
      switch (v.reason.kind) {
        case "disabled":
          return `${v.reason.action} not enabled${v.reason.conjunct ? `: ${v.reason.conjunct.text.split("\n")[0]}` : ""}`;
        case "mismatch":
          return `${v.reason.action}: ${v.reason.variables.map((d) => d.variable).join(", ")} differ`;
        case "unknown-action":
          return `no action ${v.reason.action}`;
        case "bad-parameters":
          return v.reason.message;
        case "bad-change":
          return v.reason.message;
        case "not-next-step":
          return `${v.reason.action} is not a step of Next`;
        case "initial-state":
          return `no initial state agrees: ${v.reason.variables.map((d) => d.variable).join(", ")}`;
        default:
          return unreachable(v.reason);
      }
    case "violated":
      return eventText(v.event);
    case "error":
      return v.problem.message;
    default:
      return unreachable(v);
  }
}
