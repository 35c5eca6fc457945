import { auditStage } from "./audit-stage.ts";
import { fuzzStage } from "./fuzz-stage.ts";
import { modelCheckStage } from "./model-check-stage.ts";
import { tracesStage } from "./traces-stage.ts";
import type { Stage } from "./stage.ts";

/**
 * The stages of `npm run verify`, in the order they run. Each capability adds its stage here
 * when it lands; until then a placeholder reports that it is missing.
 */
function missing(name: string, what: string): Stage {
  return { name, run: async () => ({ stage: name, rows: [], missing: what }) };
}

export const stages: readonly Stage[] = [
  modelCheckStage,
  fuzzStage,
  tracesStage,
  auditStage,
];
