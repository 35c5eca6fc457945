import { existsSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { validateBatch } from "../validate/batch.ts";
import { checkExpectation, readExpectations, type ExpectedVerdict } from "../validate/expectations.ts";
import { expandTraceArgs } from "../validate/glob.ts";
import { reasonCell, verdictCell } from "../validate/render.ts";
import { DEFAULT_CHECK_OPTIONS } from "../validate/session.ts";
import type { Stage, StageResult, VerifyRow } from "./stage.ts";

/**
 * `npm run verify`, stage "traces": every trace under traces/ is checked against the spec and
 * constants its header names, and its verdict compared with the one traces/README.md documents:
 * golden traces accepted, invalid ones rejected at the documented step, by the documented
 * action, for the documented kind of reason (or refused by the reader at the documented line).
 * A trace under invalid/ that the README does not list must still be rejected; one at the top
 * or under itf/ must be accepted. Traces in other folders (a fuzzer's saved failures, say) are
 * shown with their verdict but judge nothing: no document says what they should be.
 */
const STAGE = "traces";

export const tracesStage: Stage = {
  name: STAGE,
  async run(ctx): Promise<StageResult> {
    const dir = join(ctx.root, "traces");
    if (!existsSync(dir)) return { stage: STAGE, rows: [], missing: "traces/ is not there yet" };
    const readme = join(dir, "README.md");
    const expectations = existsSync(readme) ? readExpectations(readFileSync(readme, "utf8")) : [];
    const expanded = expandTraceArgs([dir]);
    if (!expanded.ok) return { stage: STAGE, rows: [{ item: "traces/", verdict: "no traces", detail: expanded.problem.message, ok: false }] };
    const batch = await validateBatch(expanded.files, {
      flags: {},
      check: DEFAULT_CHECK_OPTIONS,
      workers: 1,
      onProgress: (p) => ctx.onProgress(`verify: traces ${p.done}/${p.total}...`),
    });
    const rows: VerifyRow[] = batch.reports.map((report) => {
      const rel = relative(dir, report.file).split(sep).join("/");
      const documented = expectations.find((e) => e.file === rel);
      const golden = !rel.includes("/") || rel.startsWith("itf/");
      const expected: ExpectedVerdict | null = documented ?? (golden ? { file: rel, verdict: "accepted" } : null);
      const item = `traces/${rel}`;
      const events = `${report.events} event${report.events === 1 ? "" : "s"}, ${report.seconds.toFixed(2)} s`;
      if (expected === null && !rel.startsWith("invalid/")) {
        return { item, verdict: `${verdictCell(report.verdict)} (not documented in traces/README.md)`, detail: `${events}${report.verdict.kind === "accepted" ? "" : `; ${reasonCell(report.verdict)}`}`, ok: true };
      }
      if (expected === null) {
        const ok = report.verdict.kind !== "accepted";
        return { item, verdict: ok ? `${report.verdict.kind} (not documented in traces/README.md)` : "accepted, but it is under invalid/", detail: `${events}; ${reasonCell(report.verdict)}`, ok };
      }
      const c = checkExpectation(report, expected);
      const verdict = c.ok ? (expected.verdict === "accepted" ? c.got : `${c.got} (expected)`) : `${c.got}, expected ${c.expected}`;
      const why = report.verdict.kind === "accepted" ? "" : `; ${reasonCell(report.verdict)}`;
      return { item, verdict, detail: `${events}${why}`, ok: c.ok };
    });
    return { stage: STAGE, rows };
  },
};
