import fc from "fast-check";
import type { Intent, NetworkIntent } from "./intent.ts";

/**
 * The network and crash steps every protocol's schedule draws from, with their weights.
 * Delivery in any order dominates (it is what moves a protocol forward); loss, duplication,
 * delay, crashes and partitions of a minority come often enough that most schedules of a few
 * dozen steps meet several of them.
 */
export type WeightedIntent = readonly [weight: number, arbitrary: fc.Arbitrary<Intent>];

export interface NetworkShape {
  /** Every node, in the simulator's order. */
  readonly nodes: readonly string[];
  /** The nodes worth targeting one by one (acceptors and proposers, replicas and clients). */
  readonly focus: readonly string[];
}

const pick = fc.nat(15);

export function networkIntents(shape: NetworkShape): WeightedIntent[] {
  const { nodes, focus } = shape;
  const minority = Math.max(1, Math.floor(nodes.length / 2));
  const of = <K extends NetworkIntent["kind"]>(kind: K) => fc.constant(kind);
  return [
    [40, fc.record({ kind: of("deliver"), pick })],
    [14, fc.record({ kind: of("deliver-to"), node: fc.constantFrom(...focus), pick })],
    [3, fc.record({ kind: of("drop"), pick })],
    [5, fc.record({ kind: of("duplicate"), pick })],
    [2, fc.record({ kind: of("delay"), pick })],
    [2, fc.record({ kind: of("crash"), node: fc.constantFrom(...focus) })],
    [8, fc.record({ kind: of("restart"), pick: fc.nat(3) })],
    [3, fc.record({ kind: of("partition"), group: fc.subarray([...nodes], { minLength: 1, maxLength: minority }) })],
    [4, fc.record({ kind: of("heal") })],
  ];
}

export function weighted(choices: readonly WeightedIntent[]): fc.Arbitrary<Intent> {
  return fc.oneof(...choices.map(([weight, arbitrary]) => ({ weight, arbitrary })));
}
