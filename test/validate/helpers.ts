import { join } from "node:path";
import { defaultPaxosConfig } from "../../src/protocol/paxos/config.ts";
import { defaultRegisterConfig } from "../../src/protocol/register/config.ts";
import type { Fault } from "../../src/sim/actions.ts";
import type { TraceEvent, TraceHeader } from "../../src/trace/schema.ts";
import { simulateTrace } from "../../src/trace/simulate.ts";
import { createStepChecker, Session, type StepResult } from "../../src/validate/index.ts";
import { repoRoot } from "../helpers/run-cli.ts";

export const root = (...parts: string[]) => join(repoRoot, ...parts);

/** One session for a test file: specs parsed and compiled once. */
export function sharedSession(): Session {
  return new Session();
}

export interface Recorded {
  readonly header: TraceHeader;
  readonly events: readonly TraceEvent[];
}

/** A seeded run of the reference implementation as a trace (as `harness simulate` writes it). */
export function simulated(protocol: "paxos" | "register", seed: number, opts: { steps?: number; faults?: readonly Fault[]; fullStateEvery?: number } = {}): Recorded {
  const common = { seed, maxSteps: opts.steps ?? 60, faults: opts.faults ?? ["drop", "dup", "crash", "partition"], fullStateEvery: opts.fullStateEvery ?? 0 };
  const r =
    protocol === "paxos"
      ? simulateTrace({ protocol, config: { ...defaultPaxosConfig(), ballots: [0, 1, 2] }, common })
      : simulateTrace({ protocol, config: defaultRegisterConfig(), common });
  if (!r.ok) throw new Error(r.problem.message);
  return r.trace;
}

/** Checks a whole trace through the incremental API; the verdict of the first event not accepted, else the last. */
export function checkEvents(trace: Recorded, session: Session, setup: { spec?: string; config?: string; allowHidden?: string[]; maxCandidates?: number } = {}): StepResult {
  const c = createStepChecker({
    header: { ...trace.header, spec: { ...trace.header.spec, path: root(trace.header.spec.path) } },
    session,
    ...(setup.spec ? { spec: setup.spec } : {}),
    ...(setup.config ? { config: setup.config } : {}),
    options: { ...(setup.allowHidden ? { allowHidden: setup.allowHidden } : {}), ...(setup.maxCandidates ? { maxCandidates: setup.maxCandidates } : {}) },
  });
  if (!c.ok) throw new Error(c.problem.message);
  let r = c.checker.start();
  for (const e of trace.events) {
    if (r.kind !== "accepted") return r;
    r = c.checker.step(e);
  }
  return r;
}
