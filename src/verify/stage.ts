/**
 * `npm run verify` is a list of stages, each checking one aspect of the bundled project
 * (model checking, fuzzing, trace validation, audit). A stage returns rows for the summary
 * table; it never prints. Stages that are not built yet say so instead of passing silently.
 */
export interface VerifyRow {
  /** What was checked: a spec model, a fuzz campaign, a trace file. */
  readonly item: string;
  /** Short verdict as the user should read it: "ok", "invariant Agreement violated (expected)". */
  readonly verdict: string;
  /** Counts or timing, e.g. "3921 distinct / 23563 generated / depth 17". */
  readonly detail: string;
  /** False when this row makes verify fail. */
  readonly ok: boolean;
}

export interface StageResult {
  readonly stage: string;
  readonly rows: readonly VerifyRow[];
  /** Set when the stage's capability is not in the project yet. */
  readonly missing?: string;
}

export interface VerifyContext {
  /** Repository root (where spec/, traces/ live). */
  readonly root: string;
  readonly onProgress: (text: string) => void;
}

export interface Stage {
  readonly name: string;
  run(ctx: VerifyContext): Promise<StageResult>;
}
