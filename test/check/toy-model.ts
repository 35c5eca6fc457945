import type { Model } from "../../src/check/model.ts";

/**
 * A hand-written Model over plain JS values for the explorer's unit tests: states are compared by
 * their JSON text, fingerprinted with 64-bit FNV-1a, and each action is a named function.
 */
export interface ToySpec<S> {
  readonly init: readonly S[];
  readonly actions: Readonly<Record<string, (s: S) => readonly S[]>>;
  readonly invariants?: Readonly<Record<string, (s: S) => boolean>>;
  readonly initProperties?: Readonly<Record<string, (s: S) => boolean>>;
  readonly actionProperties?: Readonly<Record<string, (s: S, t: S) => boolean>>;
  readonly constraints?: Readonly<Record<string, (s: S) => boolean>>;
  readonly actionConstraints?: Readonly<Record<string, (s: S, t: S) => boolean>>;
  readonly checkDeadlock?: boolean;
}

export function toyModel<S>(spec: ToySpec<S>): Model<S, string> {
  const named = <F>(r: Readonly<Record<string, F>> | undefined) => Object.entries(r ?? {}).map(([name, holds]) => ({ name, holds }));
  return {
    variables: ["s"],
    initialStates: () => spec.init,
    successors(s, emit) {
      for (const [name, act] of Object.entries(spec.actions)) for (const t of act(s)) emit(t, name);
    },
    fingerprint(s, out) {
      fnv64(JSON.stringify(s), out);
    },
    invariants: named(spec.invariants),
    initProperties: named(spec.initProperties),
    actionProperties: named(spec.actionProperties),
    constraints: named(spec.constraints),
    actionConstraints: named(spec.actionConstraints),
    checkDeadlock: spec.checkDeadlock ?? true,
    show: (s) => ({ s: JSON.stringify(s) }),
    label: (a) => ({ name: a, location: { file: "/specs/Toy.tla", line: 3, column: 1, endLine: 3, endColumn: 9 }, module: "Toy" }),
  };
}

/** 64-bit FNV-1a over UTF-16 code units, in two 32-bit halves (hi, lo). */
export function fnv64(text: string, out: Uint32Array): void {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i);
    // Multiply (hi, lo) by the FNV prime 0x100000001b3 modulo 2^64.
    const loMul = lo * 0x1b3;
    const carry = Math.floor(loMul / 0x100000000);
    const newLo = loMul >>> 0;
    hi = (Math.imul(hi, 0x1b3) + Math.imul(lo, 0x100) + carry) >>> 0;
    lo = newLo;
  }
  out[0] = hi >>> 0;
  out[1] = lo >>> 0;
}
