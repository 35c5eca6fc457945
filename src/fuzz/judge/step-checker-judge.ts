import type { Problem } from "../../diagnostics/problem.ts";
import type { State } from "../../tla/eval/index.ts";
import { fingerprintStateInto } from "../../tla/values/index.ts";
import type { TraceHeader } from "../../trace/schema.ts";
import { isProblem, TraceEventReader } from "../../validate/input/trace-events.ts";
import { Session, type PreparedModel } from "../../validate/session.ts";
import { StepChecker } from "../../validate/step-checker.ts";
import type { TraceModel } from "../../validate/trace-model.ts";
import type { Judge, Judgement, SpecPosition, StateFingerprint } from "./judge.ts";

/**
 * The judge that is the trace checker (src/validate): each event goes through its StepChecker,
 * started from the candidate states the previous event left, so the verdict of every step is
 * exactly `harness validate`'s, explanation included.
 */
export interface JudgedModel {
  /** The spec (usually an MC_ module that adds the .cfg's quorum operators). */
  readonly spec: string;
  /** The .cfg whose invariants and properties are checked on every step. */
  readonly config: string;
}

/** Where the judge keeps the spec's states; only this file looks inside. */
class CheckerPosition implements SpecPosition {
  readonly key: string;
  readonly states: readonly StateFingerprint[];

  constructor(readonly specStates: readonly State[]) {
    const fp = new Uint32Array(2);
    this.states = specStates.map((s) => {
      fingerprintStateInto(s, fp);
      return { hi: fp[0]!, lo: fp[1]! };
    });
    this.key = this.states
      .map((f) => `${f.hi.toString(36)}.${f.lo.toString(36)}`)
      .sort()
      .join(",");
  }
}

/** How many candidate states a fuzz run may carry: the project's traces pin the state down, so a few. */
const MAX_CANDIDATES = 1000;

/** The judge, and the compiled model it judges with (what coverage explores for the reachable states). */
export interface BuiltJudge {
  readonly judge: Judge;
  readonly traceModel: TraceModel;
}

export function stepCheckerJudge(model: JudgedModel, header: TraceHeader): { ok: true; built: BuiltJudge } | { ok: false; problem: Problem } {
  const at = { file: model.spec, line: 1, column: 1 };
  const prepared = new Session({ maxCandidates: MAX_CANDIDATES, allowHidden: [], maxHidden: 0 }).prepare(model.spec, model.config, header.constants, at);
  if (!prepared.ok) return prepared;
  const p: PreparedModel = prepared.prepared;
  const reader = TraceEventReader.create(p.model.variables, header.variables, p.model.models, "fuzz run", at);
  if (isProblem(reader)) return { ok: false, problem: reader };
  // Every step of the implementation is logged: no hidden actions between events.
  const checker = () => new StepChecker(p.model, p.index, { maxCandidates: MAX_CANDIDATES, hidden: [], maxHidden: 0 });
  const judgement = (c: StepChecker, out: ReturnType<StepChecker["step"]>): Judgement => (out.kind === "ok" ? { kind: "ok", next: new CheckerPosition(c.states()) } : { kind: "failed", verdict: out });
  const initial = reader.initial(header.init, null);
  const judge: Judge = {
    model: `${model.spec} (${model.config})`,
    initial() {
      if (isProblem(initial)) return { kind: "failed", verdict: { kind: "error", problem: initial, event: null } };
      const c = checker();
      return judgement(c, c.start(initial));
    },
    step(from, event) {
      if (!(from instanceof CheckerPosition)) throw new TypeError("a spec position from another judge");
      const ev = reader.event(event, null);
      if (isProblem(ev)) return { kind: "failed", verdict: { kind: "error", problem: ev, event: null } };
      const c = checker();
      c.resume(from.specStates);
      return judgement(c, c.step(ev));
    },
  };
  return { ok: true, built: { judge, traceModel: p.model } };
}
