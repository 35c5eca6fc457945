import type { FileReport, RejectReason } from "./verdict.ts";

/**
 * What a folder of traces is documented to do, read from the tables of its README
 * (traces/README.md): every golden trace is accepted; every invalid one is rejected at a given
 * step, by a given action, for a given kind of reason, or refused by the reader at a given line.
 * `npm run verify` and the tests hold the checker to these rows, so the documentation cannot
 * drift from what the checker says.
 *
 * Rows look like
 *   | `paxos-clean.ndjson` | Paxos | no faults; ... |                                 (golden)
 *   | `invalid/x.ndjson` | step 8, `Learn(0, v2)` | not enabled: ... |                 (rejected)
 *   | `invalid/y.ndjson` | line 3 (reader) | not valid JSON ... |                       (malformed)
 * and the reason's first words name its kind: "not enabled" (the action is disabled), "the
 * action is enabled, but the event reports" or "reported variables differ" (a mismatch), "not
 * an action" (unknown action).
 */
export type ExpectedVerdict =
  | { readonly file: string; readonly verdict: "accepted" }
  | { readonly file: string; readonly verdict: "rejected"; readonly step: number; readonly action: string | null; readonly reason: RejectReason["kind"] | null; readonly why: string }
  | { readonly file: string; readonly verdict: "malformed"; readonly line: number; readonly why: string };

export function readExpectations(readme: string): ExpectedVerdict[] {
  const out: ExpectedVerdict[] = [];
  let section: "golden" | "invalid" | null = null;
  for (const raw of readme.split(/\r?\n/)) {
    const heading = /^#+\s*(.*)$/.exec(raw);
    if (heading) {
      const title = heading[1]!.toLowerCase();
      section = title.includes("golden") ? "golden" : title.includes("invalid") ? "invalid" : null;
      continue;
    }
    if (section === null || !raw.trimStart().startsWith("|")) continue;
    const cells = splitRow(raw);
    const file = /^`([^`]+\.(?:ndjson|jsonl|json))`$/.exec(cells[0] ?? "")?.[1];
    if (file === undefined) continue;
    if (section === "golden") {
      out.push({ file, verdict: "accepted" });
      continue;
    }
    const at = cells[1] ?? "";
    const why = cells[2] ?? "";
    const line = /line (\d+) \(reader\)/.exec(at);
    if (line) {
      out.push({ file, verdict: "malformed", line: Number(line[1]), why });
      continue;
    }
    const step = /step (\d+)/.exec(at);
    if (step) out.push({ file, verdict: "rejected", step: Number(step[1]), action: /`([A-Za-z_][A-Za-z0-9_]*)/.exec(at)?.[1] ?? null, reason: reasonKind(why), why });
  }
  return out;
}

function reasonKind(why: string): RejectReason["kind"] | null {
  const w = why.toLowerCase();
  if (w.startsWith("not enabled")) return "disabled";
  if (w.includes("reported variables differ") || w.includes("the event reports")) return "mismatch";
  if (w.includes("not an action")) return "unknown-action";
  return null;
}

/** Table cells, with markdown's `\|` read as `|`. */
function splitRow(row: string): string[] {
  const cells: string[] = [];
  let cur = "";
  const body = row.trim().replace(/^\|/, "").replace(/\|$/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "\\" && body[i + 1] === "|") {
      cur += "|";
      i++;
    } else if (c === "|") {
      cells.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  cells.push(cur.trim());
  return cells;
}

/** Whether a report is what the README says; `got` and `expected` in words for a summary. */
export function checkExpectation(report: FileReport, e: ExpectedVerdict): { readonly ok: boolean; readonly got: string; readonly expected: string } {
  const v = report.verdict;
  const got =
    v.kind === "accepted"
      ? "accepted"
      : v.kind === "rejected"
        ? `rejected at step ${v.event.step} (${v.event.action}, ${v.reason.kind})`
        : v.kind === "violated"
          ? `${v.property.kind} ${v.property.name} violated at step ${v.event.step}`
          : `error at line ${v.problem.location?.line ?? "?"} (${v.problem.code})`;
  switch (e.verdict) {
    case "accepted":
      return { ok: v.kind === "accepted", got, expected: "accepted" };
    case "malformed":
      return { ok: v.kind === "error" && v.problem.code === "trace-format" && v.problem.location?.line === e.line, got, expected: `refused by the reader at line ${e.line}` };
    case "rejected": {
      const expected = `rejected at step ${e.step}${e.action ? ` (${e.action}${e.reason ? `, ${e.reason}` : ""})` : ""}`;
      const ok = v.kind === "rejected" && v.event.step === e.step && (e.action === null || v.event.action === e.action) && (e.reason === null || v.reason.kind === e.reason);
      return { ok, got, expected };
    }
  }
}
