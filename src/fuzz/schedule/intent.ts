import { unreachable } from "../../protocol/never.ts";

/**
 * One step of a fuzz schedule as fast-check generates and shrinks it: what the adversary wants
 * to happen, in terms that stay meaningful when earlier steps are removed. Packets are chosen by
 * position among those that qualify now (`pick` modulo their number, oldest first), so shrinking
 * a pick toward 0 means "the oldest such packet"; a step that finds nothing to act on is skipped.
 * `./resolve-network.ts` and each protocol's target turn an intent into simulator actions.
 */
export type Intent = NetworkIntent | PaxosIntent | RegisterIntent | ExactIntent;

export type NetworkIntent =
  /** Deliver one of the packets that can be delivered now. */
  | { readonly kind: "deliver"; readonly pick: number }
  /** Deliver one of the packets to `node` (lets one node run ahead of the others). */
  | { readonly kind: "deliver-to"; readonly node: string; readonly pick: number }
  | { readonly kind: "drop"; readonly pick: number }
  | { readonly kind: "duplicate"; readonly pick: number }
  /** Move a packet behind every other one in flight. */
  | { readonly kind: "delay"; readonly pick: number }
  | { readonly kind: "crash"; readonly node: string }
  /** Restart one of the nodes that are down. */
  | { readonly kind: "restart"; readonly pick: number }
  /** Cut `group` off from the rest of the network. */
  | { readonly kind: "partition"; readonly group: readonly string[] }
  | { readonly kind: "heal" };

export type PaxosIntent =
  /** A proposer starts its next ballot with a value. */
  | { readonly kind: "propose"; readonly proposer: string; readonly value: string }
  /** Every proposer starts its next ballot at once, each with its own value: adjacent ballots racing. */
  | { readonly kind: "race"; readonly values: readonly string[] }
  /** Crash an acceptor that has promised a ballot but accepted nothing in it yet. */
  | { readonly kind: "crash-after-promise"; readonly pick: number };

export type RegisterIntent = { readonly kind: "write"; readonly client: string; readonly value: string } | { readonly kind: "read"; readonly client: string };

/** The intents a protocol's target resolves itself; the rest mean the same for every protocol. */
export type ProtocolIntent = PaxosIntent | RegisterIntent;

const networkKinds: ReadonlySet<string> = new Set<NetworkIntent["kind"]>(["deliver", "deliver-to", "drop", "duplicate", "delay", "crash", "restart", "partition", "heal"]);

export function isNetworkIntent(i: Intent): i is NetworkIntent {
  return networkKinds.has(i.kind);
}

/**
 * A step pinned down to what it did, independent of packet numbering: deliver *this* message
 * from *this* node (or, if its content has changed, the same kind of message on that link),
 * crash *this* node. A shrunk schedule is rewritten into these before it is
 * minimised further, printed and saved, because removing a step does not change what the
 * others mean (a `pick` would select another packet once an earlier send disappears).
 */
export interface ExactIntent {
  readonly kind: "exact";
  readonly action: ExactAction;
}

export type ExactAction =
  /** `clock` (the sender's, at sending) tells apart equal messages sent at different times. */
  | { readonly kind: "deliver" | "drop" | "duplicate" | "delay"; readonly from: string; readonly to: string; readonly msg: unknown; readonly clock: number }
  | { readonly kind: "crash" | "restart"; readonly node: string }
  | { readonly kind: "partition"; readonly groups: readonly (readonly string[])[] }
  | { readonly kind: "heal" }
  | { readonly kind: "command"; readonly node: string; readonly command: unknown };

export function showIntent(i: Intent): string {
  switch (i.kind) {
    case "deliver":
      return `deliver(${i.pick})`;
    case "deliver-to":
      return `deliver-to(${i.node}, ${i.pick})`;
    case "drop":
    case "duplicate":
    case "delay":
      return `${i.kind}(${i.pick})`;
    case "crash":
      return `crash(${i.node})`;
    case "restart":
      return `restart(${i.pick})`;
    case "partition":
      return `partition(${i.group.join(" ")})`;
    case "heal":
      return "heal";
    case "propose":
      return `propose(${i.proposer}, ${i.value})`;
    case "race":
      return `race(${i.values.join(", ")})`;
    case "crash-after-promise":
      return `crash-after-promise(${i.pick})`;
    case "write":
      return `write(${i.client}, ${i.value})`;
    case "read":
      return `read(${i.client})`;
    case "exact":
      return `exact(${JSON.stringify(i.action)})`;
    default:
      return unreachable(i);
  }
}
