/**
 * The set of states seen so far, kept as 64-bit fingerprints in typed arrays (TLC's FPSet,
 * Stateright's fingerprint -> parent map) rather than as values or strings in a JS Set.
 *
 * Each new fingerprint gets a dense id (0, 1, 2, ... in discovery order) under which the table
 * keeps its two 32-bit halves and the id of the state it was first reached from. That is all a
 * counterexample needs: the path of ids is walked back to an initial state and the states are
 * rebuilt by replaying the model along the fingerprints (see counterexample.ts).
 *
 * Memory: about 20 to 28 bytes per state (an Int32 open-addressing slot at load <= 1/2, two
 * Uint32 halves and an Int32 parent), so ten million states fit in a few hundred megabytes.
 */
export const NO_PARENT = -1;

const INITIAL_CAPACITY = 1 << 12;

export class FingerprintTable {
  /** Open addressing, linear probing; each slot holds id + 1, 0 when empty. */
  private slots: Int32Array;
  private mask: number;
  private hi: Uint32Array;
  private lo: Uint32Array;
  private parents: Int32Array;
  private count = 0;

  constructor(expectedStates = INITIAL_CAPACITY) {
    let capacity = INITIAL_CAPACITY;
    while (capacity < expectedStates * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.hi = new Uint32Array(capacity / 2);
    this.lo = new Uint32Array(capacity / 2);
    this.parents = new Int32Array(capacity / 2);
  }

  /** Number of distinct fingerprints stored. */
  get size(): number {
    return this.count;
  }

  /**
   * Stores the fingerprint (hi, lo) reached from state `parent` (NO_PARENT for an initial state).
   * Returns the new id, or -1 if the fingerprint was already there (its parent is kept).
   */
  add(hi: number, lo: number, parent: number): number {
    let i = this.probeStart(hi, lo);
    for (;;) {
      const slot = this.slots[i]!;
      if (slot === 0) break;
      const id = slot - 1;
      if (this.lo[id] === lo && this.hi[id] === hi) return -1;
      i = (i + 1) & this.mask;
    }
    const id = this.count;
    if (id === this.hi.length) this.growIds();
    this.hi[id] = hi;
    this.lo[id] = lo;
    this.parents[id] = parent;
    this.slots[i] = id + 1;
    this.count++;
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return id;
  }

  /** The id of a stored fingerprint, or -1. */
  find(hi: number, lo: number): number {
    let i = this.probeStart(hi, lo);
    for (;;) {
      const slot = this.slots[i]!;
      if (slot === 0) return -1;
      const id = slot - 1;
      if (this.lo[id] === lo && this.hi[id] === hi) return id;
      i = (i + 1) & this.mask;
    }
  }

  parent(id: number): number {
    this.checkId(id);
    return this.parents[id]!;
  }

  fingerprintHi(id: number): number {
    this.checkId(id);
    return this.hi[id]!;
  }

  fingerprintLo(id: number): number {
    this.checkId(id);
    return this.lo[id]!;
  }

  /** Ids from an initial state down to `id`, following parents. */
  pathTo(id: number): number[] {
    const path: number[] = [];
    for (let at = id; at !== NO_PARENT; at = this.parent(at)) path.push(at);
    return path.reverse();
  }

  /** Bytes held by the typed arrays (for the benchmark's figures). */
  get bytes(): number {
    return this.slots.byteLength + this.hi.byteLength + this.lo.byteLength + this.parents.byteLength;
  }

  private probeStart(hi: number, lo: number): number {
    // Fingerprints are already well mixed; folding both halves guards against weak low bits.
    return ((lo ^ Math.imul(hi, 0x9e3779b1)) >>> 0) & this.mask;
  }

  private checkId(id: number): void {
    if (!(id >= 0 && id < this.count)) throw new RangeError(`no state with id ${id} (size ${this.count})`);
  }

  private growIds(): void {
    const n = this.hi.length * 2;
    this.hi = copyInto(new Uint32Array(n), this.hi);
    this.lo = copyInto(new Uint32Array(n), this.lo);
    this.parents = copyInto(new Int32Array(n), this.parents);
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let id = 0; id < this.count; id++) {
      let i = this.probeStart(this.hi[id]!, this.lo[id]!);
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.slots[i] = id + 1;
    }
  }
}

function copyInto<T extends Uint32Array | Int32Array>(target: T, source: T): T {
  target.set(source);
  return target;
}
