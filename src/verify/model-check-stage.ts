import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { checkNative } from "../check/native.ts";
import type { CheckResult } from "../check/result.ts";
import type { Stage, StageResult, VerifyRow } from "./stage.ts";

/**
 * `npm run verify`, stage "model check": every CI-tier model of spec/models.json is checked by
 * the native engine and its verdict compared with the one the manifest expects. A model that is
 * meant to fail (a broken quorum system) passes when it fails the expected way.
 */
const verdicts = ["ok", "invariant", "property", "deadlock", "assumption", "error"] as const;

const manifestSchema = z.object({
  models: z.array(
    z.object({
      name: z.string(),
      spec: z.string(),
      config: z.string(),
      tier: z.string(),
      expect: z.object({ result: z.enum(verdicts), violated: z.string().nullable() }),
      description: z.string().optional(),
    }),
  ),
});

type ModelEntry = z.infer<typeof manifestSchema>["models"][number];

export const MANIFEST = "spec/models.json";
const STAGE = "model check";

export const modelCheckStage: Stage = {
  name: STAGE,
  async run(ctx): Promise<StageResult> {
    const file = join(ctx.root, MANIFEST);
    if (!existsSync(file)) return { stage: STAGE, rows: [], missing: `${MANIFEST} (the project's models) is not there yet` };
    const parsed = readManifest(file);
    if (!parsed.ok) return { stage: STAGE, rows: [{ item: MANIFEST, verdict: "unreadable", detail: parsed.message, ok: false }] };
    const rows: VerifyRow[] = [];
    for (const m of parsed.models.filter((m) => m.tier === "ci")) {
      ctx.onProgress(`verify: model check ${m.name}...`);
      const r = await checkNative(join(ctx.root, m.spec), { config: join(ctx.root, m.config), print: () => {} });
      rows.push(rowFor(m, r));
    }
    return { stage: STAGE, rows };
  },
};

export function rowFor(m: ModelEntry, r: CheckResult): VerifyRow {
  const expectedFailure = m.expect.result !== "ok";
  const ok = r.result === m.expect.result && r.violated === m.expect.violated;
  const got = describe(r.result, r.violated);
  const verdict = ok ? (expectedFailure ? `${got} (expected)` : got) : `${got}, expected ${describe(m.expect.result, m.expect.violated)}`;
  const counts = `${r.distinct} distinct / ${r.generated} generated / depth ${r.depth}, ${r.seconds.toFixed(1)} s`;
  const detail = r.error ? `${counts}; ${r.error.message}` : counts;
  return { item: m.name, verdict, detail, ok };
}

function describe(result: string, violated: string | null): string {
  return violated ? `${result} ${violated}` : result;
}

function readManifest(file: string): { ok: true; models: ModelEntry[] } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    return { ok: false, message: `not JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    return { ok: false, message: `${first.path.join(".")}: ${first.message}` };
  }
  return { ok: true, models: parsed.data.models };
}
