/**
 * The TLC wrapper: running the real TLA+ tools from this project and reading what TLC prints.
 *
 * - `npx tla2tools <tlc|sany|pcal|repl> [args]` (bin/tla2tools.mjs -> tla2tools-main.ts): Java
 *   from JAVA_HOME or PATH (11+), tla2tools.jar from TLA2TOOLS_JAR, the per-user cache, or a
 *   verified download of the pinned release (release.ts); TLC's exit code passed through.
 * - Reading TLC's output into the engine-neutral CheckResult: `parseToolOutput` (`-tool` mode),
 *   `parsePlainOutput` (the console), `parseDumpTrace` + `dumpTraceToSteps` (`-dumpTrace json`).
 * - Running TLC: `runTlc` / `runTlcCheck`; comparing it with the native engine: `compareResults`,
 *   `checkWithEngine` (harness check --engine), `crosscheck` (every model of spec/models.json).
 * - Trace validation by model checking: `generateTraceSpec` writes the Trace<Spec>.tla/.cfg pair,
 *   `traceVerdict` reads a check of it, `validateTraceWithTlc` runs TLC on it; `validateWithEngine`
 *   (`harness validate --engine tlc|both`) does it for trace files and compares with the trace checker.
 */
export { compareResults, renderComparison, type ResultComparison } from "./compare-results.ts";
export { crosscheck, crosscheckPassed, readModels, renderCrosscheck, type CrosscheckRow, type ModelEntry } from "./crosscheck.ts";
export { checkWithEngine, engineRunJson, renderEngineRun, type Engine, type EngineRun } from "./engines.ts";
export { cacheDir, locateJar, type JarLookup } from "./jar.ts";
export { locateJava, parseJavaVersion, type Java, type JavaLookup } from "./java.ts";
export { dumpTraceToSteps, parseDumpTrace, type DumpedTrace } from "./parse-dump-trace.ts";
export { parsePlainOutput } from "./parse-plain-output.ts";
export { parseToolOutput } from "./parse-tool-output.ts";
export { jarRelease, pinnedSha256, pinnedVersion } from "./release.ts";
export { runTlc, runTlcCheck, type TlcCheckOptions } from "./run-tlc-check.ts";
export type { TlcParseOptions, TlcResult } from "./tlc-result.ts";
export { prepareTraceCheck, validateTraceWithTlc, type PreparedTraceCheck } from "./trace-check.ts";
export { generateTraceSpec, traceVerdict, type TraceEvent, type TraceSpec, type TraceSpecInput, type TraceVerdict } from "./trace-spec.ts";
export { validateWithEngine, type EngineVerdict, type TraceEngineRun } from "./validate-engine.ts";
