import { actionLabel } from "../check/tla-model.ts";
import type { SourceLocation } from "../diagnostics/location.ts";
import type { CompiledAction, FalseConjunct, State } from "../tla/eval/index.ts";
import { jsonValueToTla } from "../tlc/json-value-text.ts";
import { isEvalError } from "../tla/values/index.ts";
import { showParam, type Resolution } from "./action-index.ts";
import { agreesAt, targetFrom, type CheckEvent, type Target, type TargetValue } from "./check-event.ts";
import { printTla } from "./print-state.ts";
import { sourceText } from "./source-text.ts";
import type { TraceModel } from "./trace-model.ts";
import { valueDiff } from "./value-diff.ts";
import type { EventSummary, RejectReason, Rejection, VariableDiff } from "./verdict.ts";

/**
 * Why an event was rejected, worked out only once it has been (the checker's fast path computes
 * nothing of this): whether the action was disabled, and by which conjunct; or which reported
 * variables no successor has, as expected-versus-reported diffs; and what was enabled instead.
 */
const MAX_ENABLED = 12;
const MAX_TRIED = 2000;

export function summarize(ev: CheckEvent): EventSummary {
  return { step: ev.seq, file: ev.file, line: ev.line, node: ev.node, action: ev.action, params: ev.params.map(([n, p]) => [n, showParam(p)] as const) };
}

export function diagnoseStep(model: TraceModel, ev: CheckEvent, frontier: readonly State[], r: Resolution): Rejection {
  const enabled = frontier.length > 0 ? enabledIn(model, frontier[0]!) : { list: [], more: 0 };
  const base = { kind: "rejected" as const, event: summarize(ev), enabled: enabled.list, enabledMore: enabled.more, candidates: frontier.length };
  return { ...base, reason: r.ok ? reasonFor(model, ev, frontier, r.actions) : r.reason };
}

export function diagnoseInitial(model: TraceModel, first: CheckEvent, init: readonly State[]): Rejection {
  const tried: Tried[] = [];
  for (const s of init.slice(0, MAX_TRIED)) {
    const t = targetFrom(first.expect, s, model.variables);
    if (t.ok) tried.push(triedOf(s, t.target));
  }
  return {
    kind: "rejected",
    event: summarize(first),
    reason: { kind: "initial-state", initialStates: init.length, variables: tried.length > 0 ? diffs(model, tried) : [] },
    enabled: [],
    enabledMore: 0,
    candidates: 0,
  };
}

interface Tried {
  readonly t: State;
  readonly target: Target;
  /** Indices of the reported variables this state disagrees on. */
  readonly bad: readonly number[];
}

function triedOf(t: State, target: Target): Tried {
  const bad: number[] = [];
  target.forEach((x, i) => {
    if (x !== null && !agreesAt(t[i]!, x)) bad.push(i);
  });
  return { t, target, bad };
}

function reasonFor(model: TraceModel, ev: CheckEvent, frontier: readonly State[], actions: readonly CompiledAction[]): RejectReason {
  const label = actions.length === 1 ? actionLabel(actions[0]!.info).name : ev.action;
  const tried: Tried[] = [];
  let successors = 0;
  let changeProblem: string | null = null;
  for (const s of frontier) {
    const t = targetFrom(ev.expect, s, model.variables);
    if (!t.ok) changeProblem ??= t.message;
    for (const a of actions) {
      a.successors(s, (succ) => {
        successors++;
        if (t.ok && tried.length < MAX_TRIED) tried.push(triedOf(succ, t.target));
      });
    }
  }
  if (successors === 0) {
    const found = firstFalse(actions, frontier);
    const conjunct = found === null ? null : { text: sourceText(found.location) ?? found.text, location: found.location, module: found.module };
    const everywhere = found !== null && frontier.every((s) => sameLocation(firstFalseIn(actions[0]!, s)?.location, found.location));
    return { kind: "disabled", action: label, conjunct, everywhere, candidates: frontier.length };
  }
  if (tried.length === 0) return { kind: "bad-change", message: changeProblem ?? "the reported changes do not apply to any candidate state" };
  // A successor that agrees with everything was refused by Next (the action was evaluated on its own).
  if (tried.some((x) => x.bad.length === 0)) return { kind: "not-next-step", action: label };
  return { kind: "mismatch", action: label, successors, variables: diffs(model, tried) };
}

/** The variables no tried state agrees on (or, if each agrees somewhere, the closest state's), as diffs against the closest. */
function diffs(model: TraceModel, tried: readonly Tried[]): VariableDiff[] {
  let closest = tried[0]!;
  for (const x of tried) if (x.bad.length < closest.bad.length) closest = x;
  const everywhere = closest.bad.filter((i) => tried.every((x) => x.bad.includes(i)));
  const shown = everywhere.length > 0 ? everywhere : closest.bad;
  return shown.map((i) => {
    const expected = closest.t[i]!;
    const target = closest.target[i]!;
    return {
      variable: model.variables[i]!,
      expected: printTla(expected),
      reported: reportedText(model, target),
      details: target.kind === "equals" ? valueDiff(expected, target.value) : [],
    };
  });
}

function reportedText(model: TraceModel, x: TargetValue): string {
  return x.kind === "equals" ? printTla(x.value) : jsonValueToTla(x.json, { modelValues: model.models.names() });
}

/** The first conjunct of the first action that is false in the first candidate state (as the evaluator words it). */
function firstFalse(actions: readonly CompiledAction[], frontier: readonly State[]): FalseConjunct | null {
  for (const a of actions) {
    for (const s of frontier) {
      const c = firstFalseIn(a, s);
      if (c !== null) return c;
    }
  }
  return null;
}

function firstFalseIn(a: CompiledAction, s: State): FalseConjunct | null {
  try {
    return a.firstFalseConjunct(s);
  } catch (err) {
    if (!isEvalError(err)) throw err;
    return null;
  }
}

function sameLocation(a: SourceLocation | undefined, b: SourceLocation): boolean {
  return a !== undefined && a.file === b.file && a.line === b.line && a.column === b.column;
}

const STOP = new Error("enabled");

/** Next's actions with a successor in `s`, labelled as TLC prints them. */
function enabledIn(model: TraceModel, s: State): { list: string[]; more: number } {
  const list: string[] = [];
  let more = 0;
  for (const a of model.next.actions) {
    let on = false;
    try {
      a.successors(s, () => {
        throw STOP;
      });
    } catch (err) {
      if (err === STOP) on = true;
      else if (!isEvalError(err)) throw err;
    }
    if (!on) continue;
    if (list.length < MAX_ENABLED) list.push(actionLabel(a.info).name);
    else more++;
  }
  return { list, more };
}
