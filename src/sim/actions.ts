/**
 * Everything that can happen in one step of a simulated run. The fuzzer builds these as
 * fast-check commands; the random scheduler draws them from a seed.
 */
export type SimAction<C> =
  | { readonly kind: "deliver"; readonly packet: number }
  | { readonly kind: "drop"; readonly packet: number }
  | { readonly kind: "duplicate"; readonly packet: number }
  | { readonly kind: "delay"; readonly packet: number }
  | { readonly kind: "crash"; readonly node: string }
  | { readonly kind: "restart"; readonly node: string }
  /** Split the network: each group talks only within itself; unlisted nodes form one more group. */
  | { readonly kind: "partition"; readonly groups: readonly (readonly string[])[] }
  | { readonly kind: "heal" }
  | { readonly kind: "command"; readonly node: string; readonly command: C };

export type SimActionKind = SimAction<unknown>["kind"];

/** Faults a random run may inject; delivery in any order is always on. */
export type Fault = "drop" | "dup" | "crash" | "partition";

export const allFaults: readonly Fault[] = ["drop", "dup", "crash", "partition"];

export function isFault(s: string): s is Fault {
  return (allFaults as readonly string[]).includes(s);
}
