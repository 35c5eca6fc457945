import type { Stage, StageResult, VerifyContext } from "./stage.ts";

export interface VerifyReport {
  readonly stages: readonly StageResult[];
  readonly ok: boolean;
  readonly seconds: number;
}

export async function runVerify(stages: readonly Stage[], ctx: VerifyContext): Promise<VerifyReport> {
  const started = performance.now();
  const results: StageResult[] = [];
  for (const stage of stages) {
    ctx.onProgress(`verify: ${stage.name}...`);
    results.push(await stage.run(ctx));
  }
  const ok = results.every((s) => s.rows.every((r) => r.ok));
  return { stages: results, ok, seconds: (performance.now() - started) / 1000 };
}
