import { interpretMessages } from "./interpret.ts";
import { splitToolStream } from "./messages.ts";
import type { TlcParseOptions, TlcResult } from "./tlc-result.ts";

/**
 * Parses the output of `tlc2.TLC -tool` (every message framed by `@!@!@STARTMSG code:severity`
 * and `@!@!@ENDMSG code`) into the engine-neutral result. Pure: the caller reads the output.
 */
export function parseToolOutput(output: string, opts: TlcParseOptions = {}): TlcResult {
  return interpretMessages(splitToolStream(output), opts);
}
