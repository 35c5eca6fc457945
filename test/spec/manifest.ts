import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { repoRoot } from "../helpers/run-cli.ts";

/**
 * spec/models.json, read strictly: the tests of test/spec check every model it lists, so a
 * malformed entry must fail loudly here rather than be skipped.
 */
const verdict = z.enum(["ok", "invariant", "property", "deadlock", "assumption"]);

const modelSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
    spec: z.string().regex(/^spec\/[A-Za-z0-9_]+\.tla$/),
    config: z.string().regex(/^spec\/[A-Za-z0-9_]+\.cfg$/),
    tier: z.enum(["ci", "bench"]),
    expect: z.strictObject({
      result: verdict,
      violated: z.string().nullable(),
      /** For models that hold: the number of distinct reachable states, a property of the spec. */
      distinct: z.number().int().positive().optional(),
    }),
    description: z.string().min(1),
  })
  .strict()
  .refine((m) => (m.expect.result === "ok") === (m.expect.violated === null), {
    message: "expect.violated must be null exactly when expect.result is ok",
  })
  .refine((m) => m.expect.result === "ok" || m.expect.distinct === undefined, {
    message: "expect.distinct is only for models that hold: where a search stops at a violation depends on the checker's order",
  });

export type SpecModel = z.infer<typeof modelSchema>;

export const manifestFile = join(repoRoot, "spec", "models.json");

export function readManifest(): SpecModel[] {
  const raw: unknown = JSON.parse(readFileSync(manifestFile, "utf8"));
  return z.strictObject({ models: z.array(modelSchema) }).parse(raw).models;
}

/** TLC's exit codes for each verdict (src/diagnostics/exit-codes.ts). */
export const exitCodeFor: Record<SpecModel["expect"]["result"], number> = {
  ok: 0,
  assumption: 10,
  deadlock: 11,
  invariant: 12,
  property: 13,
};
