import { failureToJson, renderFailure, type FailureView } from "../failure/render-failure.ts";
import type { ReplayResult } from "./replay.ts";

/** A replay for the terminal and as JSON: the failure again, or the news that it is gone. */
export function renderReplay(r: ReplayResult): string {
  const what = `${r.protocol}${r.mutants.map((m) => ` --mutant ${m}`).join("")}`;
  if (r.failure === null) {
    if (r.unexplained !== null) return `replay ${what}: the failure could not be explained: ${r.unexplained}`;
    const from = r.trace !== null ? `the schedule of ${r.trace}` : `fast-check seed ${r.origin.seed}${r.origin.path ? `, path "${r.origin.path}"` : ""}`;
    return `replay ${what}: ${from} passes now: the spec accepts every step (fixed, or the implementation changed)`;
  }
  const head = `replay ${what}: the failure reproduces${sameLine(r)}`;
  return [head, "", ...renderFailure(view(r))].join("\n");
}

function sameLine(r: ReplayResult): string {
  if (r.sameEvents === null) return "";
  return r.sameEvents ? ", with exactly the events the file holds" : ", but its events differ from the file's (the implementation changed since it was recorded)";
}

function view(r: ReplayResult): FailureView {
  return { protocol: r.protocol, mutants: r.mutants, origin: r.origin, explained: r.failure!, trace: r.trace };
}

export function replayToJson(r: ReplayResult): Record<string, unknown> {
  return {
    protocol: r.protocol,
    mutants: r.mutants,
    reproduced: r.failure !== null,
    sameEvents: r.sameEvents,
    unexplained: r.unexplained,
    failure: r.failure === null ? null : failureToJson(view(r)),
  };
}
