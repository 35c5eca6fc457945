import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import { problem, type Problem } from "../../diagnostics/problem.ts";
import { loadTraceFile } from "../../trace/reader.ts";
import type { TraceEvent, TraceHeader } from "../../trace/schema.ts";
import { formatTrace } from "../../trace/writer.ts";
import type { Intent } from "../schedule/intent.ts";
import type { FuzzTarget, Protocol } from "../targets/target.ts";

/**
 * A failure saved for later: the failing trace in the project's trace format (so `harness
 * validate` rejects it at the same step), whose header also holds what reproduces it: the
 * campaign parameters, fast-check's seed and paths, and the minimal schedule itself.
 * `harness replay <file>` reruns that schedule; nothing else is needed.
 */
export interface FailureOrigin {
  readonly steps: number;
  readonly campaignSeed: number | null;
  readonly run: number | null;
  readonly seed: number;
  readonly path: string;
  readonly replayPath: string;
}

export interface FailureFile {
  readonly protocol: Protocol;
  readonly mutants: readonly string[];
  readonly origin: FailureOrigin;
  readonly schedule: readonly Intent[];
  /** The events the file holds, to compare a replay with. */
  readonly events: readonly TraceEvent[];
}

const TOOL = "harness fuzz";

export function failureFileName(protocol: Protocol, seed: number): string {
  return `${protocol}-${seed}.ndjson`;
}

/** The failing trace with its replay data, as NDJSON text. */
export function failureTraceText(target: FuzzTarget, origin: FailureOrigin, schedule: readonly Intent[], events: readonly TraceEvent[]): string {
  const base = target.header({
    seed: origin.seed,
    replay: { tool: TOOL, protocol: target.protocol, mutants: [...target.mutants], ...origin, schedule: [...schedule] },
    description: `harness fuzz ${target.protocol}${target.mutants.map((m) => ` --mutant ${m}`).join("")}: a failing schedule of ${schedule.length} steps`,
  });
  // Judged against the model module and .cfg, so `harness validate` checks the same invariants.
  const header: TraceHeader = { ...base, spec: { module: basename(target.model.spec, ".tla"), path: target.model.spec, config: target.model.config } };
  return formatTrace(header, events);
}

export function writeFailureTrace(dir: string, target: FuzzTarget, origin: FailureOrigin, schedule: readonly Intent[], events: readonly TraceEvent[]): { ok: true; file: string } | { ok: false; problem: Problem } {
  const file = join(dir, failureFileName(target.protocol, origin.seed));
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, failureTraceText(target, origin, schedule, events));
    return { ok: true, file };
  } catch (e) {
    return { ok: false, problem: problem("io", `cannot write the failing trace ${file}: ${e instanceof Error ? e.message : String(e)}`) };
  }
}

const replaySchema = z.object({
  tool: z.literal(TOOL, { error: `was not written by ${TOOL}` }),
  protocol: z.enum(["paxos", "register"]),
  mutants: z.array(z.string()),
  steps: z.int().positive(),
  campaignSeed: z.int().nullable(),
  run: z.int().nullable(),
  seed: z.int(),
  path: z.string(),
  replayPath: z.string(),
  // Intents are checked by the schedule they drive: an unknown one is skipped like any step with nothing to do.
  schedule: z.array(z.looseObject({ kind: z.string() })),
});

export async function readFailureFile(file: string): Promise<{ ok: true; failure: FailureFile } | { ok: false; problem: Problem }> {
  const loaded = await loadTraceFile(file);
  if (!loaded.ok) return { ok: false, problem: loaded.problems[0] ?? problem("trace-format", "the file is empty: a failure file starts with a trace header", { file, line: 1, column: 1 }) };
  const r = replaySchema.safeParse(loaded.trace.header.replay ?? {});
  if (!r.success) {
    const i = r.error.issues[0]!;
    return { ok: false, problem: problem("trace-format", `header.replay.${i.path.join(".")}: ${i.message}: this is not a failure file of harness fuzz`, { file, line: 1, column: 1 }) };
  }
  const d = r.data;
  return {
    ok: true,
    failure: {
      protocol: d.protocol,
      mutants: d.mutants,
      origin: { steps: d.steps, campaignSeed: d.campaignSeed, run: d.run, seed: d.seed, path: d.path, replayPath: d.replayPath },
      schedule: d.schedule as unknown as Intent[],
      events: loaded.trace.events,
    },
  };
}
