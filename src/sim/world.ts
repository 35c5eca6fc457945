import type { ProtocolDefinition } from "../protocol/definition.ts";

/**
 * The simulated world: every node's state, which nodes are up, the messages in flight, the
 * partition, and Lamport clocks. Plain immutable data: a step returns a new world, so a fuzzer
 * can keep, compare and branch from any point of a run.
 */
export interface Packet<M> {
  /** Unique in a run, increasing in send order; a duplicate gets a fresh id. */
  readonly id: number;
  readonly from: string;
  readonly to: string;
  readonly msg: M;
  /** The sender's logical clock when it sent the packet. */
  readonly clock: number;
}

export interface World<S, M> {
  readonly states: Readonly<Record<string, S>>;
  readonly up: Readonly<Record<string, boolean>>;
  /** Lamport clock per node: one more than the larger of its own and the received packet's. */
  readonly clocks: Readonly<Record<string, number>>;
  /** In send order; a delayed packet moves to the back. */
  readonly inFlight: readonly Packet<M>[];
  readonly nextPacketId: number;
  /** Groups of nodes that can talk among themselves; null when the network is whole. */
  readonly partition: readonly (readonly string[])[] | null;
  /** Spec-level events recorded so far (the last one's seq). */
  readonly seq: number;
  /** Steps applied so far. */
  readonly steps: number;
}

/** One spec-level event as it happened: which node, at which logical time, doing what. */
export interface SimRecord<E> {
  readonly seq: number;
  readonly node: string;
  readonly clock: number;
  readonly event: E;
}

export function initialWorld<S, M, E, C>(protocol: ProtocolDefinition<S, M, E, C>): World<S, M> {
  const states: Record<string, S> = {};
  const up: Record<string, boolean> = {};
  const clocks: Record<string, number> = {};
  for (const n of protocol.nodes) {
    states[n] = protocol.initial(n);
    up[n] = true;
    clocks[n] = 0;
  }
  return { states, up, clocks, inFlight: [], nextPacketId: 1, partition: null, seq: 0, steps: 0 };
}

/** Whether the partition lets `from` reach `to`. */
export function connected(world: World<unknown, unknown>, from: string, to: string): boolean {
  if (!world.partition) return true;
  const groupOf = (n: string) => world.partition!.findIndex((g) => g.includes(n));
  return groupOf(from) === groupOf(to);
}

/** A packet can be delivered now: its receiver is up and on the sender's side of any partition. */
export function deliverable<M>(world: World<unknown, M>, p: Packet<M>): boolean {
  return world.up[p.to] === true && connected(world, p.from, p.to);
}
