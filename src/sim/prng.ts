/**
 * The simulator's only source of randomness: xoshiro128** seeded through splitmix32, kept as an
 * immutable value so that a scheduler state (world + generator) can be copied, compared and
 * replayed. Math.random is never used: the same seed must give the same run byte for byte on
 * every machine, and these generators are specified down to the bit (Blackman and Vigna).
 */
export interface Prng {
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
  readonly s3: number;
}

export interface Draw<T> {
  readonly value: T;
  readonly next: Prng;
}

const MAX_SEED = Number.MAX_SAFE_INTEGER;

/** splitmix32 step: spreads a small seed over 32 bits so that seeds 1 and 2 give unrelated streams. */
function splitmix32(x: number): { out: number; state: number } {
  const state = (x + 0x9e3779b9) | 0;
  let z = state;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return { out: z >>> 0, state };
}

/** A generator from a non-negative safe integer seed (both halves of the 53 bits matter). */
export function prngFromSeed(seed: number): Prng {
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED}, got ${seed}`);
  }
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 0x1_0000_0000) >>> 0;
  let x = (lo ^ Math.imul(hi, 0x27d4eb2d)) | 0;
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    const r = splitmix32(x);
    x = r.state;
    words.push(r.out);
  }
  // xoshiro must not start from all zeros; splitmix32 never yields four zero words, but be explicit.
  if ((words[0]! | words[1]! | words[2]! | words[3]!) === 0) words[0] = 1;
  return { s0: words[0]!, s1: words[1]!, s2: words[2]!, s3: words[3]! };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** Next uniformly distributed 32-bit unsigned integer. */
export function nextUint32(g: Prng): Draw<number> {
  const result = Math.imul(rotl(Math.imul(g.s1, 5) >>> 0, 7), 9) >>> 0;
  const t = (g.s1 << 9) >>> 0;
  let s2 = (g.s2 ^ g.s0) >>> 0;
  let s3 = (g.s3 ^ g.s1) >>> 0;
  const s1 = (g.s1 ^ s2) >>> 0;
  const s0 = (g.s0 ^ s3) >>> 0;
  s2 = (s2 ^ t) >>> 0;
  s3 = rotl(s3, 11);
  return { value: result, next: { s0, s1, s2, s3 } };
}

/** Uniform integer in [0, bound), without modulo bias (rejection sampling). */
export function nextInt(g: Prng, bound: number): Draw<number> {
  if (!Number.isInteger(bound) || bound <= 0 || bound > 0x1_0000_0000) {
    throw new RangeError(`bound must be an integer from 1 to 2^32, got ${bound}`);
  }
  const limit = 0x1_0000_0000 - (0x1_0000_0000 % bound);
  let cur = g;
  for (;;) {
    const d = nextUint32(cur);
    cur = d.next;
    if (d.value < limit) return { value: d.value % bound, next: cur };
  }
}

/** Uniform float in [0, 1) with 32 bits of precision. */
export function nextFloat(g: Prng): Draw<number> {
  const d = nextUint32(g);
  return { value: d.value / 0x1_0000_0000, next: d.next };
}

/** True with probability p. */
export function nextChance(g: Prng, p: number): Draw<boolean> {
  const d = nextFloat(g);
  return { value: d.value < p, next: d.next };
}

/** One element of a non-empty list, uniformly. */
export function pick<T>(g: Prng, items: readonly T[]): Draw<T> {
  if (items.length === 0) throw new RangeError("pick from an empty list");
  const d = nextInt(g, items.length);
  return { value: items[d.value]!, next: d.next };
}

/** Index into `weights` chosen with probability proportional to its weight (weights >= 0, sum > 0). */
export function pickWeighted(g: Prng, weights: readonly number[]): Draw<number> {
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new RangeError("pickWeighted needs a positive total weight");
  const d = nextFloat(g);
  let x = d.value * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0 && weights[i]! > 0) return { value: i, next: d.next };
  }
  // Floating rounding can leave x at 0 after the last positive weight.
  let last = weights.length - 1;
  while (weights[last] === 0) last--;
  return { value: last, next: d.next };
}
