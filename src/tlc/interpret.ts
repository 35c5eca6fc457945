import type { CheckResult, CheckVerdict, TraceStep } from "../check/result.ts";
import type { SourceLocation } from "../diagnostics/location.ts";
import { type Problem, problem } from "../diagnostics/problem.ts";
import { EC, exitStatusForErrorCode, isConfigError } from "./message-codes.ts";
import { type TlcMessage, UNFRAMED, messageLines } from "./messages.ts";
import { sanyProblem } from "./sany-errors.ts";
import { moduleRangeIn, nestedPositionIn } from "./tlc-location.ts";
import { assumptionNameAt, findIdentifier } from "./source-lookup.ts";
import type { TlcParseOptions, TlcResult } from "./tlc-result.ts";
import { parseAssignments, parsePrintedState } from "./trace-state.ts";

/**
 * Reads TLC's messages (from either output form) into a TlcResult. The verdict comes from the
 * first violation or error TLC reported; the exit code, when the process's own is unknown, from
 * the last error that decides it, as TLC computes it.
 */

/** Messages that frame a trace: error-severity, but they never decide the exit status. */
const framing = new Set<number>([EC.behaviorUpToThisPoint, EC.counterExample, EC.backToState]);

const violations: ReadonlyMap<number, { verdict: CheckVerdict; name: RegExp | null }> = new Map([
  [EC.invariantViolatedBehavior, { verdict: "invariant", name: /^Invariant (\S+) is violated/ }],
  [EC.invariantViolatedInitial, { verdict: "invariant", name: /^Invariant (\S+) is violated/ }],
  [EC.actionPropertyViolatedBehavior, { verdict: "property", name: /^Action property (\S+) is violated/ }],
  [EC.propertyViolatedInitial, { verdict: "property", name: /^Property (\S+) is violated/ }],
  [EC.temporalPropertyViolated, { verdict: "property", name: /^Temporal property (\S+) was violated/ }],
  [EC.deadlockReached, { verdict: "deadlock", name: null }],
  [EC.assumptionFalse, { verdict: "assumption", name: null }],
] as [number, { verdict: CheckVerdict; name: RegExp | null }][]);

export function interpretMessages(messages: readonly TlcMessage[], opts: TlcParseOptions = {}): TlcResult {
  const fileForModule = opts.fileForModule ?? ((m: string) => `${m}.tla`);
  const readFile = opts.readFile ?? (() => undefined);
  const unframed = messages.filter((m) => m.code === UNFRAMED).flatMap(messageLines);
  const rootModule = /^Parsing file (?:.*[\\/])?([^\\/\s]+)\.tla/.exec(unframed.find((l) => l.startsWith("Parsing file")) ?? "")?.[1] ?? null;
  const configFile = opts.configFile ?? (rootModule ? `${rootModule}.cfg` : null);

  let tlcVersion: string | null = null;
  let initialStates: number | null = null;
  let counts: { generated: number; distinct: number; left: number } | null = null;
  let depth: number | null = null;
  let seconds = 0;
  let verdict: CheckVerdict | null = null;
  let violated: string | null = null;
  let violatedLocation: SourceLocation | null = null;
  let error: Problem | null = null;
  let decidingCode: number | null = null;
  let succeeded = false;
  let traceStarted = false;
  let traceClosed = false;
  let traceEndsInStuttering = false;
  let backToState: number | null = null;
  const trace: TraceStep[] = [];

  const setError = (p: Problem): void => {
    error ??= p;
    verdict ??= "error";
  };

  for (const msg of messages) {
    const lines = messageLines(msg);
    const first = lines[0] ?? "";
    if (msg.severity === 1 && !framing.has(msg.code)) decidingCode = msg.code;
    const violation = violations.get(msg.code);
    if (violation) {
      if (verdict === null) {
        verdict = violation.verdict;
        violated = violation.name ? (violation.name.exec(first)?.[1] ?? null) : null;
        if (msg.code === EC.assumptionFalse) {
          violated = assumptionName(first, readFile);
          violatedLocation = moduleRangeIn(first, fileForModule);
        }
      }
      // A violation by an initial state carries that state in the message itself.
      if ((msg.code === EC.invariantViolatedInitial || msg.code === EC.propertyViolatedInitial) && lines.length > 1 && !traceStarted) {
        traceStarted = true;
        trace.push({ action: null, location: null, state: parseAssignments(lines.slice(1)) });
      }
      continue;
    }
    switch (msg.code) {
      case EC.version:
        tlcVersion = first.trim();
        break;
      case EC.initGenerated1:
      case EC.initGenerated2:
        initialStates = count(/initial states: ([\d,]+) distinct/.exec(first)?.[1]) ?? initialStates;
        break;
      case EC.stats: {
        const m = /^([\d,]+) states generated, ([\d,]+) distinct states found, ([\d,]+) states left on queue/.exec(first);
        if (m) counts = { generated: count(m[1])!, distinct: count(m[2])!, left: count(m[3])! };
        break;
      }
      case EC.searchDepth:
        depth = count(/search is ([\d,]+)/.exec(first)?.[1]) ?? depth;
        break;
      case EC.finished:
        seconds = durationSeconds(first);
        break;
      case EC.success:
        succeeded = true;
        break;
      case EC.statePrint1:
      case EC.statePrint2:
      case EC.statePrint3:
      case EC.backToState: {
        // TLC prints one counterexample; states that do not continue it (a second trace) are ignored.
        const printed = parsePrintedState(msg.text, fileForModule);
        if (!printed || traceClosed) break;
        traceStarted = true;
        if (printed.header.kind === "stuttering") traceEndsInStuttering = true;
        else if (printed.header.kind === "back-to") backToState = printed.header.index;
        else if (printed.step && printed.header.index === trace.length + 1) {
          trace.push(printed.step);
          break;
        }
        traceClosed = true;
        break;
      }
      case EC.nestedExpression:
        error = withNestedPositions(error, lines, fileForModule);
        verdict ??= "error";
        break;
      case EC.general:
        setError(generalProblem(msg, lines, configFile, fileForModule));
        break;
      case EC.parsingFailed:
      case EC.parsingFailed2:
        setError(sanyProblem(unframed, fileForModule, readFile));
        break;
      default:
        if (isConfigError(msg.code)) setError(configProblem(lines, configFile, readFile));
        else if (msg.severity === 1 && !framing.has(msg.code)) setError(evaluationProblem(lines, fileForModule));
    }
  }

  if (verdict === null && !succeeded) {
    setError(problem("internal", "TLC's output ended without a verdict (was TLC killed or did it crash?)"));
  }
  const exitCode = opts.processExitCode ?? (verdict === null || verdict === "ok" ? 0 : exitStatusForErrorCode(decidingCode ?? EC.general));
  const check: CheckResult = {
    result: verdict ?? "ok",
    violated,
    ...(violatedLocation ? { violatedLocation } : {}),
    distinct: counts?.distinct ?? 0,
    generated: counts?.generated ?? 0,
    depth: depth ?? 0,
    ...(counts ? { leftOnQueue: counts.left } : {}),
    ...(initialStates !== null ? { initialStates } : {}),
    trace,
    ...(traceEndsInStuttering ? { traceEndsInStuttering: true } : {}),
    error,
    seconds,
    ...(backToState !== null ? { notes: [`the counterexample loops back to state ${backToState}`] } : {}),
    engine: "tlc",
  };
  return { check, exitCode, tlcVersion, initialStates, leftOnQueue: counts?.left ?? null, backToState };
}

function count(text: string | undefined): number | null {
  return text === undefined ? null : Number(text.replace(/,/g, ""));
}

/** `Finished in 698ms at (...)`, `Finished in 00s at`, `Finished in 01min 05s at`, `02h 01min 00s`. */
export function durationSeconds(line: string): number {
  const m = /^Finished in (.*?) at/.exec(line);
  if (!m) return 0;
  let total = 0;
  for (const part of m[1]!.matchAll(/(\d+)\s*(ms|min|h|s|d)/g)) {
    const n = Number(part[1]);
    const unit = part[2];
    total += unit === "ms" ? n / 1000 : unit === "s" ? n : unit === "min" ? n * 60 : unit === "h" ? n * 3600 : n * 86400;
  }
  return total;
}

function assumptionName(first: string, readFile: (name: string) => string | undefined): string {
  const m = /^Assumption (line (\d+), col (\d+) to line \d+, col \d+ of module (\S+)) is false/.exec(first);
  if (!m) return first;
  const text = readFile(`${m[4]}.tla`);
  return (text !== undefined ? assumptionNameAt(text, Number(m[2]), Number(m[3])) : null) ?? m[1]!;
}

/** TLC's catch-all: "TLC threw an unexpected exception ... The exception was a X\n: message". */
function generalProblem(
  msg: TlcMessage,
  lines: readonly string[],
  configFile: string | null,
  fileForModule: (module: string) => string,
): Problem {
  const at = lines.findIndex((l) => l.startsWith("The exception was a "));
  const exception = at >= 0 ? lines[at]!.slice("The exception was a ".length).trim() : null;
  const rest = at >= 0 ? lines.slice(at + 1) : lines.slice(1);
  const message = (at >= 0 ? rest[0]?.replace(/^:\s*/, "") : lines[0]) ?? "TLC failed";
  const details = [...(at >= 0 ? rest.slice(1) : rest), ...(exception ? [`(${exception})`] : [])].filter((l) => l.trim() !== "");
  const isConfig = (exception ?? "").endsWith("ConfigFileException") || msg.nested.some((n) => n.code >= 5000 && n.code < 6000);
  if (isConfig) {
    const line = /configuration file at line (\d+)/.exec(msg.text)?.[1];
    const location = configFile && line ? { file: configFile, line: Number(line), column: 1 } : undefined;
    return problem("config-parse", message, location, details);
  }
  return problem("evaluation", message, moduleRangeIn(msg.text, fileForModule) ?? undefined, details.length > 0 ? details : undefined);
}

/** Adds TLC's "nested expressions" positions to the error they explain; the innermost is its location. */
function withNestedPositions(error: Problem | null, lines: readonly string[], fileForModule: (module: string) => string): Problem {
  const positions = lines.filter((l) => /^\d+\. Line \d+, column \d+ to line \d+, column \d+ in \S+/.test(l));
  const last = positions[positions.length - 1];
  const location = last ? nestedPositionIn(last, fileForModule) : null;
  const base = error ?? problem("evaluation", "TLC failed while evaluating an expression");
  return {
    ...base,
    ...(location ? { location } : {}),
    details: [...(base.details ?? []), "while evaluating:", ...positions],
  };
}

function configProblem(lines: readonly string[], configFile: string | null, readFile: (name: string) => string | undefined): Problem {
  const message = lines.map((l) => l.trim()).join(" ");
  const name = /^The \S+(?: \S+)? (\S+) specified in the configuration file/.exec(message)?.[1];
  const text = configFile ? readFile(configFile.split(/[\\/]/).pop()!) : undefined;
  const location = name && configFile && text !== undefined ? findIdentifier(text, name, configFile) : null;
  return problem("config-parse", message, location ?? undefined);
}

function evaluationProblem(lines: readonly string[], fileForModule: (module: string) => string): Problem {
  const text = lines.join("\n");
  const details = lines.slice(1).filter((l) => l.trim() !== "");
  return problem("evaluation", lines[0] ?? "TLC reported an error", moduleRangeIn(text, fileForModule) ?? undefined, details.length > 0 ? details : undefined);
}

