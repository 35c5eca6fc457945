import { EC } from "./message-codes.ts";
import { type TlcMessage, UNFRAMED, trimNewlines } from "./messages.ts";

/**
 * TLC's plain console output turned into the message list that `-tool` mode would have framed.
 * Each recognised first line starts a message with the code TLC uses for it; the following
 * lines belong to it until the next recognised line. `Error: ` and `State ` prefixes, which the
 * console adds and tool mode omits, are removed so that message texts are the same in both forms.
 */
interface LineRule {
  readonly pattern: RegExp;
  readonly code: number;
  readonly severity: number;
  /** A message that is always exactly one line (the next line starts something else). */
  readonly single?: boolean;
}

const rules: readonly LineRule[] = [
  { pattern: /^TLC2 Version /, code: EC.version, severity: 0, single: true },
  { pattern: /^Running .*(Model-Checking|simulation)/i, code: EC.modeMc, severity: 0, single: true },
  { pattern: /^Starting\.\.\. \(/, code: EC.starting, severity: 0, single: true },
  { pattern: /^Computing initial states\.\.\./, code: EC.computingInit, severity: 0, single: true },
  { pattern: /^Finished computing initial states: /, code: EC.initGenerated1, severity: 0, single: true },
  { pattern: /^Progress\(/, code: EC.progressStats, severity: 0, single: true },
  { pattern: /^Checking (\d+ branches of )?temporal properties/, code: EC.checkingTemporalProps, severity: 0, single: true },
  { pattern: /^Finished checking temporal properties/, code: EC.checkingTemporalPropsEnd, severity: 0, single: true },
  { pattern: /^Model checking completed\. No error has been found\./, code: EC.success, severity: 0 },
  { pattern: /^[\d,]+ states generated, [\d,]+ distinct states found, [\d,]+ states left on queue\./, code: EC.stats, severity: 0, single: true },
  { pattern: /^The depth of the complete state graph search is /, code: EC.searchDepth, severity: 0, single: true },
  { pattern: /^The average outdegree of the complete state graph/, code: 2268, severity: 0, single: true },
  { pattern: /^Finished in /, code: EC.finished, severity: 0, single: true },
  { pattern: /^Error: Invariant \S+ is violated by the initial state/, code: EC.invariantViolatedInitial, severity: 1 },
  { pattern: /^Error: Invariant \S+ is violated\./, code: EC.invariantViolatedBehavior, severity: 1 },
  { pattern: /^Error: Action property \S+ is violated\./, code: EC.actionPropertyViolatedBehavior, severity: 1 },
  { pattern: /^Error: Temporal properties were violated\./, code: EC.temporalPropertyViolated, severity: 1 },
  { pattern: /^Error: Temporal property \S+ was violated\./, code: EC.temporalPropertyViolated, severity: 1 },
  { pattern: /^Error: Property \S+ is violated by the initial state/, code: EC.propertyViolatedInitial, severity: 1 },
  { pattern: /^Error: Deadlock reached\./, code: EC.deadlockReached, severity: 1 },
  { pattern: /^Error: Assumption .* is false\./, code: EC.assumptionFalse, severity: 1 },
  { pattern: /^Error: Evaluating assumption /, code: EC.assumptionEvaluationError, severity: 1 },
  { pattern: /^Error: The behavior up to this point is:/, code: EC.behaviorUpToThisPoint, severity: 1 },
  { pattern: /^Error: The following behavior constitutes a counter-example:/, code: EC.counterExample, severity: 1 },
  { pattern: /^Error: The error occurred when TLC was evaluating the nested/, code: EC.nestedExpression, severity: 1 },
  { pattern: /^Error: TLC threw an unexpected exception\./, code: EC.general, severity: 1 },
  { pattern: /^Error: Parsing or semantic analysis failed\./, code: EC.parsingFailed, severity: 1 },
  { pattern: /^Error: The (invariant|property|constraint|action constraint|initial predicate|next state relation|specification) \S+ specified in the configuration file/, code: EC.configSpecifiedNotDefined, severity: 1 },
  { pattern: /^Error: The first argument of Assert evaluated to FALSE/, code: EC.valueAssertFailed, severity: 1 },
  // Any other error line: TLC's general error; its exit status (255) is then TLC's default.
  { pattern: /^Error: /, code: EC.general, severity: 1 },
  { pattern: /^(State )?\d+: Stuttering\s*$/, code: EC.statePrint3, severity: 4 },
  { pattern: /^Back to state \d+/, code: EC.backToState, severity: 4 },
  { pattern: /^State \d+: </, code: EC.statePrint2, severity: 4 },
];

const ignored = /^"?CounterExample written: /;

export function splitPlainOutput(output: string): TlcMessage[] {
  const messages: TlcMessage[] = [];
  let current: { code: number; severity: number; lines: string[]; single: boolean } | null = null;
  const flush = (): void => {
    if (!current) return;
    const text = trimNewlines(current.lines.join("\n"));
    if (current.code !== UNFRAMED || text.trim() !== "") messages.push({ code: current.code, severity: current.severity, text, nested: [] });
    current = null;
  };
  for (const line of output.split(/\r?\n/)) {
    if (ignored.test(line)) continue;
    const rule = rules.find((r) => r.pattern.test(line));
    if (rule) {
      flush();
      current = { code: rule.code, severity: rule.severity, lines: [stripPrefix(line, rule.code)], single: rule.single === true };
      continue;
    }
    if (current && current.single) flush();
    if (!current) current = { code: UNFRAMED, severity: 0, lines: [], single: false };
    current.lines.push(line);
  }
  flush();
  return messages;
}

function stripPrefix(line: string, code: number): string {
  if (code === EC.statePrint2 || code === EC.statePrint3) return line.replace(/^State /, "");
  return line.replace(/^Error: /, "");
}
