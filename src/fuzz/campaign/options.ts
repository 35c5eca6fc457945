import { problem, type Problem } from "../../diagnostics/problem.ts";
import type { Protocol } from "../targets/target.ts";
import { MAX_SEED, type Shard } from "./shard.ts";

/**
 * A campaign's parameters, resolved once into fully defaulted values (as fast-check resolves
 * its own), so every later stage reads plain fields.
 */
export interface CampaignOptions {
  readonly protocol: Protocol;
  readonly mutants: readonly string[];
  /** Runs of the whole campaign (a shard runs its share). */
  readonly runs: number;
  readonly seed: number;
  /** The most steps a schedule has (fast-check draws lengths up to it). */
  readonly steps: number;
  readonly shard: Shard;
  /** Compute the reachable-state fraction (needs the model checker's exploration, cached). */
  readonly coverage: boolean;
  /** Where failing traces go; null writes none. */
  readonly failureDir: string | null;
  /** Where the reachable-state cache lives; null: no cache. */
  readonly cacheDir: string | null;
  /** Repository root: the specs are looked up under it. */
  readonly root: string;
}

export const DEFAULTS = { runs: 1000, seed: 0, steps: 50 } as const;

/** Reachable sets above this are not explored for coverage. */
export const MAX_REACHABLE = 300_000;

export function checkOptions(o: CampaignOptions): Problem | null {
  if (!Number.isSafeInteger(o.runs) || o.runs < 1) return problem("usage", `--runs ${o.runs}: must be a whole number >= 1`);
  if (!Number.isSafeInteger(o.steps) || o.steps < 1 || o.steps > 10_000) return problem("usage", `--steps ${o.steps}: must be a whole number from 1 to 10000`);
  if (!Number.isSafeInteger(o.seed) || o.seed < 0 || o.seed > MAX_SEED) return problem("usage", `--seed ${o.seed}: must be a whole number from 0 to ${MAX_SEED}`);
  return null;
}
