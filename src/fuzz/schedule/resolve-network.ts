import { unreachable } from "../../protocol/never.ts";
import type { SimAction } from "../../sim/actions.ts";
import type { Simulator } from "../../sim/simulator.ts";
import type { Packet, World } from "../../sim/world.ts";
import type { ExactAction, NetworkIntent } from "./intent.ts";

/**
 * The simulator action a network or crash intent stands for in this world, or null when there
 * is nothing for it to act on (no packet to deliver, the node is already down, ...), in which
 * case the schedule skips the step. Pure: the same world and intent give the same action.
 */
export function resolveNetwork<S, M, E, C>(intent: NetworkIntent, world: World<S, M>, sim: Simulator<S, M, E, C>): SimAction<C> | null {
  switch (intent.kind) {
    case "deliver": {
      const p = nth(sim.deliverable(world), intent.pick);
      return p ? { kind: "deliver", packet: p.id } : null;
    }
    case "deliver-to": {
      const p = nth(
        sim.deliverable(world).filter((x) => x.to === intent.node),
        intent.pick,
      );
      return p ? { kind: "deliver", packet: p.id } : null;
    }
    case "drop":
    case "duplicate":
    case "delay": {
      const p = nth(world.inFlight, intent.pick);
      return p ? { kind: intent.kind, packet: p.id } : null;
    }
    case "crash":
      return world.up[intent.node] === true ? { kind: "crash", node: intent.node } : null;
    case "restart": {
      const down = sim.protocol.nodes.filter((n) => world.up[n] === false);
      const n = nth(down, intent.pick);
      return n === undefined ? null : { kind: "restart", node: n };
    }
    case "partition": {
      // A group that is empty or everyone is no partition; one already in place is healed first.
      const group = sim.protocol.nodes.filter((n) => intent.group.includes(n));
      if (world.partition !== null || group.length === 0 || group.length === sim.protocol.nodes.length) return null;
      return { kind: "partition", groups: [group] };
    }
    case "heal":
      return world.partition === null ? null : { kind: "heal" };
    default:
      return unreachable(intent);
  }
}

/** The simulator action an exact step stands for now: its packet found by content, oldest first. */
export function resolveExact<S, M, E, C>(a: ExactAction, world: World<S, M>, sim: Simulator<S, M, E, C>): SimAction<C> | null {
  switch (a.kind) {
    case "deliver":
    case "drop":
    case "duplicate":
    case "delay": {
      const msg = JSON.stringify(a.msg);
      const pool = (a.kind === "deliver" ? sim.deliverable(world) : world.inFlight).filter((x) => x.from === a.from && x.to === a.to);
      // The same packet if it is there (same message, sent at the same time); else the same
      // message; else the same kind of message on the same link, whose content changed because
      // an earlier step was left out (a reply reporting other state).
      const same = pool.filter((x) => JSON.stringify(x.msg) === msg);
      const p = same.find((x) => x.clock === a.clock) ?? same[0] ?? pool.find((x) => messageType(x.msg) !== undefined && messageType(x.msg) === messageType(a.msg));
      return p ? { kind: a.kind, packet: p.id } : null;
    }
    case "crash":
      return world.up[a.node] === true ? a : null;
    case "restart":
      return world.up[a.node] === false ? a : null;
    case "partition":
      return world.partition === null ? a : null;
    case "heal":
      return world.partition === null ? null : a;
    case "command":
      return world.up[a.node] === true ? { kind: "command", node: a.node, command: a.command as C } : null;
    default:
      return unreachable(a);
  }
}

/** What a simulator action did, by content rather than packet number. */
export function exactOf<S, M, C>(action: SimAction<C>, world: World<S, M>): ExactAction {
  switch (action.kind) {
    case "deliver":
    case "drop":
    case "duplicate":
    case "delay": {
      const p = world.inFlight.find((x) => x.id === action.packet);
      if (p === undefined) throw new Error(`internal: packet ${action.packet} is not in flight`);
      return { kind: action.kind, from: p.from, to: p.to, msg: p.msg, clock: p.clock };
    }
    case "command":
      return { kind: "command", node: action.node, command: action.command };
    default:
      return action;
  }
}

function messageType(m: unknown): unknown {
  return typeof m === "object" && m !== null ? (m as { type?: unknown }).type : undefined;
}

function nth<T>(list: readonly T[], pick: number): T | undefined {
  return list.length === 0 ? undefined : list[pick % list.length];
}

/** `deliver #7 p1 -> a2: 1a(bal 0)`: one executed action as a person reads it. */
export function showAction<S, M, E, C>(action: SimAction<C>, world: World<S, M>, sim: Simulator<S, M, E, C>): string {
  const packet = (id: number): string => {
    const p: Packet<M> | undefined = world.inFlight.find((x) => x.id === id);
    return p ? `#${id} ${p.from} -> ${p.to}: ${sim.protocol.showMessage(p.msg)}` : `#${id}`;
  };
  switch (action.kind) {
    case "deliver":
    case "drop":
    case "duplicate":
    case "delay":
      return `${action.kind} ${packet(action.packet)}`;
    case "crash":
    case "restart":
      return `${action.kind} ${action.node}`;
    case "partition":
      return `partition ${action.groups.map((g) => `{${g.join(", ")}}`).join(" | ")} from the rest`;
    case "heal":
      return "heal the partition";
    case "command":
      return `${action.node}: ${sim.protocol.showCommand(action.command)}`;
    default:
      return unreachable(action);
  }
}
