import { problem, type Problem } from "../../diagnostics/problem.ts";

/**
 * How a campaign is split between CI machines. Run r of a campaign has its own fast-check seed,
 * derived from the campaign seed and r alone, so any machine can run any run: shard i of n runs
 * the runs r with r mod n = i - 1, and the n shards together run exactly the campaign's runs,
 * each with the seed it has in the unsharded campaign.
 */
export interface Shard {
  /** 1-based, as CI matrices count. */
  readonly index: number;
  readonly count: number;
}

export const WHOLE: Shard = { index: 1, count: 1 };

export function parseShard(text: string): { ok: true; shard: Shard } | { ok: false; problem: Problem } {
  const m = /^([0-9]+)\/([0-9]+)$/.exec(text.trim());
  const bad = (why: string) => ({ ok: false as const, problem: problem("usage", `--shard ${text}: ${why}`) });
  if (!m) return bad("expected i/n, e.g. 2/4 for the second of four shards");
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) return bad("n must be at least 1");
  if (index < 1 || index > count) return bad(`i must be between 1 and ${count}`);
  return { ok: true, shard: { index, count } };
}

/** The campaign's run numbers (0-based) that belong to this shard, in order. */
export function shardRuns(runs: number, shard: Shard): number[] {
  const out: number[] = [];
  for (let r = shard.index - 1; r < runs; r += shard.count) out.push(r);
  return out;
}

/** Campaign seeds are unsigned 32-bit integers, as fast-check's are. */
export const MAX_SEED = 0xffff_ffff;

/** fast-check's seed for run r of the campaign seeded with `seed`: an unsigned 32-bit integer. */
export function runSeed(seed: number, run: number): number {
  // splitmix32 over the pair: neighbouring runs and neighbouring campaign seeds get unrelated streams.
  let z = (Math.imul(seed | 0, 0x9e3779b1) + Math.imul(run + 1, 0x85ebca6b)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
