import type { State } from "../tla/eval/index.ts";
import { stateKey } from "./same-value.ts";

/**
 * The spec states the trace may be in, deduplicated by fingerprint, in the order they were
 * found (so verdicts do not depend on hashing). With full observability it holds one state; it
 * grows only where the trace leaves variables to the spec, and the checker bounds it.
 */
export class CandidateSet {
  /** Fingerprint keys, made only once there is a second state: the fully observed case needs none. */
  private keys: Set<string> | null = null;
  readonly states: State[] = [];

  add(s: State): boolean {
    if (this.states.length === 0) {
      this.states.push(s);
      return true;
    }
    this.keys ??= new Set([stateKey(this.states[0]!)]);
    const k = stateKey(s);
    if (this.keys.has(k)) return false;
    this.keys.add(k);
    this.states.push(s);
    return true;
  }

  get size(): number {
    return this.states.length;
  }
}
