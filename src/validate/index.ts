/**
 * The trace checker's public API (issue 5): is a trace of the implementation a behaviour of the
 * spec? Everything below the CLI uses these entry points.
 *
 * Files (NDJSON streamed line by line, ITF `.itf.json`, TLC's `-dumpTrace json`):
 *
 *   const session = new Session({ maxCandidates: 10_000, allowHidden: [], maxHidden: 2 });
 *   const report = await validateFile("traces/paxos-clean.ndjson", session);   // FileReport
 *   const batch = await validateBatch(files, { flags: {}, check: session.options, workers: 0 });
 *
 * Events as they are produced (the fuzzer):
 *
 *   const c = createStepChecker({ header });   // then c.checker.start(), c.checker.step(event)
 *
 * Semantics, in one paragraph: the checker starts from the spec's initial states that agree
 * with the trace's first reported state; for each event it evaluates the named action of Next
 * with the event's parameters bound (parameters left out range over the values Next gives
 * them) and keeps the successors that agree with every variable the event reports (`changes`
 * update the previous values: `at` keys of a function, `add` elements to a set; unmentioned
 * reported variables are unchanged; unreported variables are the spec's to reconstruct). The
 * states that remain (more than one where the trace says too little) are carried forward,
 * deduplicated by fingerprint and bounded by `maxCandidates`. Unlogged actions named in
 * `allowHidden` may take up to `maxHidden` steps before any event. The .cfg's invariants hold in
 * every kept state and its action properties on every kept step.
 *
 * Verdicts (./verdict.ts) are data: accepted; rejected at a step with the reason (unknown
 * action, bad parameters, the false conjunct of a disabled action with its location, or the
 * variables that differ from every successor as expected-versus-reported diffs) and the actions
 * enabled instead; an invariant or property violated; or an error (malformed trace, bad spec,
 * a bound reached). `renderVerdict` prints them for a terminal, `reportToJson` as data.
 */
export { Session, DEFAULT_CHECK_OPTIONS, type CheckOptions } from "./session.ts";
export { validateFile, type FileFlags } from "./validate-file.ts";
export { validateBatch, workerCount, type BatchOptions, type BatchProgress, type BatchReport } from "./batch.ts";
export { createStepChecker, type StepCheckerSetup, type StepResult, type TraceStepChecker } from "./incremental.ts";
export { expandTraceArgs } from "./glob.ts";
export { walkSpec, type WalkOptions } from "./spec-walk.ts";
export { renderReport, renderVerdict, eventText, verdictCell, reasonCell } from "./render.ts";
export { batchToJson, reportToJson } from "./to-json.ts";
export { readExpectations, checkExpectation, type ExpectedVerdict } from "./expectations.ts";
export {
  exitCodeOfBatch,
  exitCodeOfVerdict,
  type Accepted,
  type EventSummary,
  type Failure,
  type FalseConjunctInfo,
  type FileReport,
  type RejectReason,
  type Rejection,
  type VariableDiff,
  type Verdict,
  type Violation,
} from "./verdict.ts";
