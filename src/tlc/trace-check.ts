import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join, resolve } from "node:path";
import { ProblemError } from "../diagnostics/problem.ts";
import { runTlc, type TlcCheckOptions } from "./run-tlc-check.ts";
import type { TlcResult } from "./tlc-result.ts";
import { generateTraceSpec, type TraceSpec, type TraceSpecInput, type TraceVerdict, traceVerdict } from "./trace-spec.ts";

/**
 * Trace validation by model checking (issue 7 part 3, `harness validate --engine tlc`): the
 * generated module and .cfg are written to a fresh folder together with copies of the spec's
 * modules (so neither engine needs a library path and the user's folder stays clean), then a
 * model checker decides. The native engine checks the same folder, which is how the two trace
 * checkers are compared. The folder is left in place so that a user can read the generated
 * module; the caller removes it (`prepared.dir`) when it is no longer wanted.
 */
export interface PreparedTraceCheck {
  readonly dir: string;
  readonly tlaPath: string;
  readonly cfgPath: string;
  readonly spec: TraceSpec;
  readonly eventCount: number;
}

export function prepareTraceCheck(specPath: string, input: Omit<TraceSpecInput, "specModule">): PreparedTraceCheck {
  const absSpec = resolve(specPath);
  const specModule = basename(absSpec, extname(absSpec));
  const generated = generateTraceSpec({ ...input, specModule });
  if (!generated.ok) throw new ProblemError({ ...generated.problems[0]!, details: generated.problems.slice(1).map((p) => p.message) });
  const dir = mkdtempSync(join(tmpdir(), "harness-trace-"));
  for (const f of readdirSync(dirname(absSpec))) if (f.endsWith(".tla")) copyFileSync(join(dirname(absSpec), f), join(dir, f));
  const tlaPath = join(dir, `${generated.spec.moduleName}.tla`);
  const cfgPath = join(dir, `${generated.spec.moduleName}.cfg`);
  writeFileSync(tlaPath, generated.spec.tla);
  writeFileSync(cfgPath, generated.spec.cfg);
  return { dir, tlaPath, cfgPath, spec: generated.spec, eventCount: input.events.length };
}

export async function validateTraceWithTlc(
  specPath: string,
  input: Omit<TraceSpecInput, "specModule">,
  opts: Omit<TlcCheckOptions, "config"> = {},
): Promise<{ readonly verdict: TraceVerdict; readonly tlc: TlcResult; readonly prepared: PreparedTraceCheck }> {
  const prepared = prepareTraceCheck(specPath, input);
  const tlc = await runTlc(prepared.tlaPath, { ...opts, config: prepared.cfgPath });
  return { verdict: traceVerdict(tlc.check, prepared.spec, prepared.eventCount), tlc, prepared };
}
