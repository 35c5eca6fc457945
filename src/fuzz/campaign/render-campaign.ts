import { problemToJson, renderProblem } from "../../diagnostics/render.ts";
import type { CoverageReport } from "../coverage/coverage.ts";
import { failureToJson, renderFailure, type FailureView } from "../failure/render-failure.ts";
import type { CampaignFailure } from "../failure/record-failure.ts";
import type { CampaignResult } from "./campaign.ts";

/**
 * A campaign for the terminal (the failure, if any, then a summary table and coverage) and as
 * JSON (the same facts; field names are the CLI's contract).
 */
export function renderCampaign(r: CampaignResult): string {
  const o = r.options;
  const out: string[] = [];
  const what = `harness fuzz ${o.protocol}${o.mutants.map((m) => ` --mutant ${m}`).join("")}`;
  if (r.failure) {
    out.push(`${what}: FAILED at run ${r.failure.origin.run} (fast-check seed ${r.failure.origin.seed})`, "");
    out.push(...failureLines(r, r.failure), "");
  } else {
    out.push(`${what}: ${r.runs} run${r.runs === 1 ? "" : "s"} passed`, "");
  }
  out.push(...aligned(summaryRows(r)), "");
  out.push(...coverageLines(r.coverage));
  return out.join("\n");
}

function failureLines(r: CampaignResult, f: CampaignFailure): string[] {
  const lines: string[] = [];
  if (f.explained === null) lines.push(`The failure could not be explained: ${f.unexplained}`);
  else lines.push(...renderFailure(view(r, f)));
  if (f.traceProblem) lines.push(renderProblem(f.traceProblem));
  return lines;
}

function view(r: CampaignResult, f: CampaignFailure): FailureView {
  return { protocol: r.options.protocol, mutants: r.options.mutants, origin: f.origin, explained: f.explained!, trace: f.trace };
}

function summaryRows(r: CampaignResult): [string, string][] {
  const o = r.options;
  const s = r.stats;
  const rate = s.seconds > 0 ? ` (${Math.round(r.runs / s.seconds)} schedules/s, ${Math.round(s.events / s.seconds)} events/s)` : "";
  return [
    ["model", r.model],
    ["mutants", o.mutants.length > 0 ? o.mutants.join(", ") : "none"],
    ["runs", `${r.runs} of ${r.plannedRuns}${o.shard.count > 1 ? ` (shard ${o.shard.index}/${o.shard.count} of ${o.runs})` : ""}, seed ${o.seed}, up to ${o.steps} steps each`],
    ["steps performed", `${s.steps} (${r.runs > 0 ? (s.steps / r.runs).toFixed(1) : "0"} per run)`],
    ["events judged", `${s.events}: ${s.judged} distinct steps checked by the spec, ${s.lookedUp} repeats looked up`],
    ["time", `${s.seconds.toFixed(2)} s${rate}`],
    ["result", r.failure ? `FAILED at run ${r.failure.origin.run}${r.failure.trace ? `, trace ${r.failure.trace}` : ""}` : "passed"],
  ];
}

export function coverageLines(c: CoverageReport): string[] {
  const out = ["Coverage of the spec:"];
  const width = Math.max(...c.actions.map((a) => String(a.count).length));
  out.push(...aligned(c.actions.map((a) => [a.name, `${String(a.count).padStart(width)} event${a.count === 1 ? "" : "s"}`]), "  "));
  const s = c.states;
  if (s.reachable === null) out.push(`states: ${s.visited} distinct spec states visited; the reachable states were not counted: ${s.note}`);
  else {
    out.push(`states: ${s.visitedReachable} of the ${s.reachable} states the model checker reaches were visited (${(100 * s.fraction!).toFixed(1)}%)`);
    if (s.outside! > 0) out.push(`        and ${s.outside} visited states the model checker does not reach`);
  }
  out.push(c.unexercised.length > 0 ? `not exercised: ${c.unexercised.join(", ")}` : "every action of the spec was exercised");
  return out;
}

/** `label   value` lines, labels padded to the longest. */
function aligned(rows: readonly (readonly [string, string])[], indent = ""): string[] {
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${indent}${k.padEnd(w)}  ${v}`);
}

export function campaignToJson(r: CampaignResult): Record<string, unknown> {
  const o = r.options;
  return {
    protocol: o.protocol,
    model: r.model,
    mutants: o.mutants,
    seed: o.seed,
    steps: o.steps,
    runs: { campaign: o.runs, planned: r.plannedRuns, done: r.runs },
    shard: o.shard,
    result: r.failure ? "failed" : "passed",
    stats: { ...r.stats, schedulesPerSecond: r.stats.seconds > 0 ? r.runs / r.stats.seconds : null },
    failure: r.failure === null ? null : failureJson(r, r.failure),
    coverage: r.coverage,
  };
}

function failureJson(r: CampaignResult, f: CampaignFailure): Record<string, unknown> {
  const base = { run: f.origin.run, seed: f.origin.seed, path: f.origin.path, replayPath: f.origin.replayPath, shrinks: f.shrinks, originalSteps: f.originalSteps, trace: f.trace };
  const problem = f.traceProblem ? { traceProblem: problemToJson(f.traceProblem) } : {};
  if (f.explained === null) return { ...base, unexplained: f.unexplained, ...problem };
  return { ...base, ...failureToJson(view(r, f)), ...problem };
}
