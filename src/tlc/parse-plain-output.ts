import { interpretMessages } from "./interpret.ts";
import { splitPlainOutput } from "./plain-messages.ts";
import type { TlcParseOptions, TlcResult } from "./tlc-result.ts";

/**
 * Parses TLC's ordinary console output (what a user pastes from a terminal or a CI log) into the
 * same result as tool mode. Tool mode is the reliable form; this one recognises TLC's wording.
 */
export function parsePlainOutput(output: string, opts: TlcParseOptions = {}): TlcResult {
  return interpretMessages(splitPlainOutput(output), opts);
}
