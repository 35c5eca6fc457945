import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prepareFuzzing } from "../../src/fuzz/campaign/prepare.ts";
import { runSeed } from "../../src/fuzz/campaign/shard.ts";
import { eventKey } from "../../src/fuzz/judge/event-key.ts";
import type { Judge } from "../../src/fuzz/judge/judge.ts";
import { stepCheckerJudge } from "../../src/fuzz/judge/step-checker-judge.ts";
import { SpecFailure } from "../../src/fuzz/run/fuzz-run.ts";
import { replaySchedule } from "../../src/fuzz/run/minimize.ts";
import { runOnce } from "../../src/fuzz/run/run-once.ts";
import type { TraceEvent } from "../../src/trace/schema.ts";
import { formatEventLine } from "../../src/trace/writer.ts";
import { repoRoot } from "../helpers/run-cli.ts";

function prepared(mutants: readonly string[]) {
  const p = prepareFuzzing("paxos", mutants, repoRoot);
  if (!p.ok) throw new Error(p.problem.message);
  return p.prepared;
}

/** The trace checker itself, without memory: what the memoising judge must agree with. */
function plainJudge(p: ReturnType<typeof prepared>): Judge {
  const j = stepCheckerJudge(p.target.model, p.target.header({}));
  if (!j.ok) throw new Error(j.problem.message);
  return j.built.judge;
}

describe("the spec judge", () => {
  it("gives the trace checker's verdicts whether it remembers steps or not", () => {
    const p = prepared(["learner-counts-duplicates"]);
    const plain = plainJudge(p);
    let failures = 0;
    // Every run is compared; the loop goes on until a few have failed, so both verdicts are met.
    for (let r = 0; r < 5000 && failures < 3; r++) {
      const seed = runSeed(3, r);
      const a = runOnce({ target: p.target, judge: p.judge, steps: 40, seed });
      const b = runOnce({ target: p.target, judge: plain, steps: 40, seed });
      expect(b.kind).toBe(a.kind);
      expect({ steps: b.steps, events: b.events }).toEqual({ steps: a.steps, events: a.events });
      if (a.kind === "failed" && b.kind === "failed") {
        failures++;
        expect(b.intents).toEqual(a.intents);
        const verdict = (o: typeof a) => (o.kind === "failed" && o.cause.kind === "spec" ? o.cause.failure.verdict : null);
        expect(verdict(b)).toEqual(verdict(a));
      }
    }
    expect(failures).toBeGreaterThan(0);
    expect(p.judge.stats().hits).toBeGreaterThan(p.judge.stats().misses);
  });

  it("keys events by what the spec sees: equal for equal events, whatever their seq, node or clock", () => {
    const p = prepared([]);
    const events = eventsOf(p, 100);
    const byKey = new Map<string, string>();
    for (const e of events) {
      const spec = JSON.stringify([e.action, e.params, e.changes]);
      const k = eventKey(e);
      expect(byKey.get(k) ?? spec).toBe(spec);
      byKey.set(k, spec);
      expect(eventKey({ ...e, seq: e.seq + 100, node: "elsewhere", clock: 0 })).toBe(k);
    }
    expect(new Set(events.map((e) => JSON.stringify([e.action, e.params, e.changes]))).size).toBe(byKey.size);
    expect(byKey.size).toBeGreaterThan(20);
  });

  it("reports a refused step with the trace checker's explanation", () => {
    const p = prepared(["proposer-quorum-one-short"]);
    let o = runOnce({ target: p.target, judge: p.judge, steps: 50, seed: runSeed(0, 0) });
    for (let r = 1; o.kind !== "failed" && r < 500; r++) o = runOnce({ target: p.target, judge: p.judge, steps: 50, seed: runSeed(0, r) });
    expect(o.kind).toBe("failed");
    if (o.kind !== "failed" || o.cause.kind !== "spec") return;
    const v = o.cause.failure.verdict;
    expect(v.kind).toBe("rejected");
    if (v.kind !== "rejected") return;
    expect(v.event.action).toBe("Phase2a");
    expect(v.reason.kind).toBe("disabled");
    if (v.reason.kind === "disabled") expect(v.reason.conjunct?.location.file).toMatch(/spec\/Paxos\.tla$/);
    expect(o.cause.failure).toBeInstanceOf(SpecFailure);
    expect(formatEventLine(o.cause.failure.event!)).toContain('"action":"Phase2a"');
  });
});

/** The trace events of `runs` schedules drawn from the target's menu. */
function eventsOf(p: ReturnType<typeof prepared>, runs: number): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (let r = 0; r < runs; r++) {
    const schedule = fc.sample(p.target.intent, { seed: r, numRuns: 60 });
    const run = replaySchedule(p.target, p.judge, schedule);
    expect(run.failure).toBeNull();
    for (const s of run.log) out.push(...s.performed.events);
  }
  return out;
}
