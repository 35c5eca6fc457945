import type { Level as LevelName } from "./index.ts";

/**
 * TLA+ levels as numbers so that the level of a compound expression is the max of its parts:
 * 0 constant, 1 state (reads unprimed variables), 2 action (reads primed variables), 3 temporal.
 *
 * The evaluator uses levels to decide what it may cache: a constant-level definition is
 * evaluated once per model, a lazily bound argument of action level is re-evaluated on every
 * use (its primed variables change while successors are enumerated), and the action splitter
 * enumerates only constant `\E` bounds, as TLC does.
 */
export type Level = 0 | 1 | 2 | 3;

export const CONSTANT: Level = 0;
export const STATE: Level = 1;
export const ACTION: Level = 2;
export const TEMPORAL: Level = 3;

export function maxLevel(a: Level, b: Level): Level {
  return a > b ? a : b;
}

export function levelName(l: Level): LevelName {
  return l === 0 ? "constant" : l === 1 ? "state" : l === 2 ? "action" : "temporal";
}
