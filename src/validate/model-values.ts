import type { ModelValue } from "../tla/values/index.ts";
import { modelValue } from "../tla/values/index.ts";

/**
 * The model values of one checking session, one object per name. A model value's rank decides
 * how sets of them print and sort, so `a1` from a .cfg and `a1` from a trace must be the same
 * value: everything that turns names into model values (constant binding, trace values) goes
 * through one table.
 *
 * Ranks follow TLC's interning order as `harness check` assigns it (src/check/constants.ts):
 * the spec's declared constants first, in declaration order, then names in the order they are
 * first met (the .cfg's model values, then the trace header's constants, then trace events).
 */
export class ModelValueTable {
  private readonly order = new Map<string, number>();
  private readonly values = new Map<string, ModelValue>();

  constructor(seedNames: readonly string[] = []) {
    for (const n of seedNames) this.rank(n);
  }

  /** The model value named `name`, created on first use. */
  get(name: string): ModelValue {
    let v = this.values.get(name);
    if (v === undefined) {
      v = modelValue(name, this.rank(name));
      this.values.set(name, v);
    }
    return v;
  }

  /** Whether a model value of this name exists in the session (a .cfg or trace named it). */
  has(name: string): boolean {
    return this.values.has(name);
  }

  /** Names of the model values created so far. */
  names(): ReadonlySet<string> {
    return new Set(this.values.keys());
  }

  private rank(name: string): number {
    let r = this.order.get(name);
    if (r === undefined) {
      r = this.order.size;
      this.order.set(name, r);
    }
    return r;
  }
}
