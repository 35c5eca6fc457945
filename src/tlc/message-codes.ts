/**
 * The TLC message codes (tlc2.output.EC) this package interprets, and TLC's own mapping from the
 * last error code to the process exit status (EC.ExitStatus.errorConstantToExitStatus), kept
 * verbatim so that a parsed run reports the exit code TLC itself would have used.
 */
export const EC = {
  general: 1000,
  nestedExpression: 2103,
  assumptionFalse: 2104,
  assumptionEvaluationError: 2105,
  invariantViolatedInitial: 2107,
  propertyViolatedInitial: 2108,
  stateNotCompletelySpecifiedNext: 2109,
  invariantViolatedBehavior: 2110,
  invariantEvaluationFailed: 2111,
  actionPropertyViolatedBehavior: 2112,
  actionPropertyEvaluationFailed: 2113,
  deadlockReached: 2114,
  statesAndNoNextAction: 2115,
  temporalPropertyViolated: 2116,
  noStatesSatisfyingInit: 2118,
  behaviorUpToThisPoint: 2121,
  backToState: 2122,
  valueAssertFailed: 2132,
  invariantViolatedLevel: 2146,
  fingerprintException: 2147,
  parsingFailed2: 2171,
  starting: 2185,
  finished: 2186,
  modeMc: 2187,
  computingInit: 2189,
  initGenerated1: 2190,
  initGenerated2: 2191,
  checkingTemporalProps: 2192,
  success: 2193,
  searchDepth: 2194,
  stats: 2199,
  progressStats: 2200,
  statePrint1: 2216,
  statePrint2: 2217,
  statePrint3: 2218,
  sanyEnd: 2219,
  sanyStart: 2220,
  configSpecifiedNotDefined: 2229,
  liveFormulaTautology: 2253,
  version: 2262,
  counterExample: 2264,
  checkingTemporalPropsEnd: 2267,
  parsingFailed: 3002,
  cfgExpectedSymbol: 5006,
} as const;

/** TLC's config errors (all exit 151). */
const configErrors = new Set([
  2222, 2223, 2224, 2225, 2280, 2281, 2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239,
  2240, 2241, 2242, 2243, 2244, 2245,
]);

export function isConfigError(code: number): boolean {
  return configErrors.has(code);
}

/** EC.ExitStatus.errorConstantToExitStatus, case for case. */
export function exitStatusForErrorCode(code: number): number {
  switch (code) {
    case 0:
      return 0;
    case EC.liveFormulaTautology:
      return 77;
    case EC.stateNotCompletelySpecifiedNext:
    case EC.statesAndNoNextAction:
    case EC.nestedExpression:
    case EC.fingerprintException:
      return 75;
    case EC.invariantEvaluationFailed:
    case EC.invariantViolatedLevel:
      return 76;
    case EC.invariantViolatedInitial:
    case EC.invariantViolatedBehavior:
      return 12;
    case EC.actionPropertyViolatedBehavior:
    case EC.actionPropertyEvaluationFailed:
    case EC.temporalPropertyViolated:
    case EC.propertyViolatedInitial:
      return 13;
    case EC.deadlockReached:
      return 11;
    case EC.assumptionFalse:
    case EC.assumptionEvaluationError:
      return 10;
    case EC.valueAssertFailed:
      return 14;
    case EC.parsingFailed:
    case EC.parsingFailed2:
      return 150;
    default:
      return isConfigError(code) ? 151 : 255;
  }
}
