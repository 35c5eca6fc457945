import { InvalidArgumentError } from "commander";
import { type Engine, isEngine } from "../tlc/engines.ts";

/**
 * Parsers for flag values shared by several commands. Commander reports an
 * InvalidArgumentError as "option '--x <n>' argument 'y' is invalid. <message>" with exit 255.
 */
export function engineName(text: string): Engine {
  if (!isEngine(text)) throw new InvalidArgumentError("expected native, tlc or both");
  return text;
}

export function positiveInteger(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError("expected a positive integer");
  return n;
}
