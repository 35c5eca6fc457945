import type { State } from "../tla/eval/index.ts";
import { fingerprintStateInto } from "../tla/values/index.ts";

/**
 * The spec states the trace may be in, deduplicated by fingerprint, in the order they were
 * found (so verdicts do not depend on hashing). With full observability it holds one state
 * (an action may still produce it several times, once per way it is enabled); it grows only
 * where the trace leaves variables to the spec, and the checker bounds it.
 */
const SCAN_LIMIT = 16;

export class CandidateSet {
  readonly states: State[] = [];
  /** Fingerprint halves of `states`, searched linearly while few, then through `keys`. */
  private readonly hi: number[] = [];
  private readonly lo: number[] = [];
  private keys: Set<string> | null = null;
  private readonly fp = new Uint32Array(2);

  add(s: State): boolean {
    const n = this.states.length;
    if (n === 0) {
      this.states.push(s);
      return true;
    }
    if (n === 1 && sameObjects(this.states[0]!, s)) return false;
    if (this.hi.length === 0) this.remember(this.states[0]!);
    fingerprintStateInto(s, this.fp);
    const h = this.fp[0]!;
    const l = this.fp[1]!;
    if (this.keys !== null) {
      const k = `${h}:${l}`;
      if (this.keys.has(k)) return false;
      this.keys.add(k);
    } else {
      for (let i = 0; i < this.hi.length; i++) if (this.hi[i] === h && this.lo[i] === l) return false;
      if (this.hi.length >= SCAN_LIMIT) {
        this.keys = new Set(this.hi.map((x, i) => `${x}:${this.lo[i]}`));
        this.keys.add(`${h}:${l}`);
      }
    }
    this.hi.push(h);
    this.lo.push(l);
    this.states.push(s);
    return true;
  }

  get size(): number {
    return this.states.length;
  }

  private remember(s: State): void {
    fingerprintStateInto(s, this.fp);
    this.hi.push(this.fp[0]!);
    this.lo.push(this.fp[1]!);
  }
}

/** Two states whose variables are the very same value objects (a duplicate successor often is). */
function sameObjects(a: State, b: State): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
