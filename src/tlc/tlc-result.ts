import type { CheckResult } from "../check/result.ts";

/**
 * What one TLC run amounts to: the engine-neutral CheckResult plus what only TLC reports.
 * `exitCode` is TLC's own exit status for the run (from the process when it ran here, otherwise
 * derived from the messages exactly as TLC derives it), so a caller can exit with it.
 */
export interface TlcResult {
  readonly check: CheckResult;
  readonly exitCode: number;
  /** `TLC2 Version 2.19 of 08 August 2024 (rev: 5a47802)`; null when the output lacks the banner. */
  readonly tlcVersion: string | null;
  readonly initialStates: number | null;
  readonly leftOnQueue: number | null;
  /** For a liveness counterexample that ends in a loop: the 1-based state the last step returns to. */
  readonly backToState: number | null;
}

/** How the parsers find the sources TLC names only by module or by position. */
export interface TlcParseOptions {
  /** Path to report for a module named in TLC's output (default `<Module>.tla`). */
  readonly fileForModule?: (module: string) => string;
  /**
   * Reads a file beside the spec by its name (`BadAssume.tla`, `Model.cfg`); lets the parser name
   * the ASSUME that TLC reports only by position and place a config error on its line.
   */
  readonly readFile?: (name: string) => string | undefined;
  /** The .cfg TLC read, for locating config errors (default `<Module>.cfg`). */
  readonly configFile?: string;
  /** The process's exit status when known; it overrides the status derived from the messages. */
  readonly processExitCode?: number | null;
}
