import type { ProtocolDefinition } from "../protocol/definition.ts";
import { unreachable } from "../protocol/never.ts";
import type { Step } from "../protocol/step.ts";
import type { SimAction } from "./actions.ts";
import { connected, type Packet, type SimRecord, type World } from "./world.ts";

/**
 * One step of a run, from outside: the fuzzer's "deliver packet 7", "crash a2", "p1 starts
 * ballot 3 with v2". Pure: the same world and action always give the same result. An action
 * that cannot happen now (unknown packet, node down, blocked by the partition, a command the
 * node refuses) is an outcome with the reason, not an exception, so a fuzzer can skip it.
 */
export type StepOutcome<S, M, E> =
  | { readonly ok: true; readonly world: World<S, M>; readonly records: readonly SimRecord<E>[] }
  | { readonly ok: false; readonly reason: string };

function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

/** Applies a node's handler result: new state, clock tick, packets out, events numbered. */
function commit<S, M, E>(world: World<S, M>, node: string, receivedClock: number, step: Step<S, M, E>, inFlight: readonly Packet<M>[]): StepOutcome<S, M, E> {
  const clock = Math.max(world.clocks[node]!, receivedClock) + 1;
  let nextId = world.nextPacketId;
  const sent = step.send.map((o) => ({ id: nextId++, from: node, to: o.to, msg: o.msg, clock }));
  let seq = world.seq;
  const records = step.events.map((event) => ({ seq: ++seq, node, clock, event }));
  return {
    ok: true,
    world: {
      ...world,
      states: { ...world.states, [node]: step.state },
      clocks: { ...world.clocks, [node]: clock },
      inFlight: [...inFlight, ...sent],
      nextPacketId: nextId,
      seq,
      steps: world.steps + 1,
    },
    records,
  };
}

function plain<S, M, E>(world: World<S, M>, change: Partial<World<S, M>>): StepOutcome<S, M, E> {
  return { ok: true, world: { ...world, ...change, steps: world.steps + 1 }, records: [] };
}

function findPacket<M>(world: World<unknown, M>, id: number): number {
  return world.inFlight.findIndex((p) => p.id === id);
}

export function applyAction<S, M, E, C>(protocol: ProtocolDefinition<S, M, E, C>, world: World<S, M>, action: SimAction<C>): StepOutcome<S, M, E> {
  switch (action.kind) {
    case "deliver": {
      const i = findPacket(world, action.packet);
      if (i < 0) return refuse(`no packet ${action.packet} in flight`);
      const p = world.inFlight[i]!;
      if (!world.up[p.to]) return refuse(`${p.to} is down`);
      if (!connected(world, p.from, p.to)) return refuse(`the partition separates ${p.from} from ${p.to}`);
      const rest = world.inFlight.filter((_, j) => j !== i);
      const step = protocol.receive(world.states[p.to]!, p.to, p.from, p.msg);
      return commit(world, p.to, p.clock, step, rest);
    }
    case "drop": {
      const i = findPacket(world, action.packet);
      if (i < 0) return refuse(`no packet ${action.packet} in flight`);
      return plain(world, { inFlight: world.inFlight.filter((_, j) => j !== i) });
    }
    case "duplicate": {
      const i = findPacket(world, action.packet);
      if (i < 0) return refuse(`no packet ${action.packet} in flight`);
      const copy = { ...world.inFlight[i]!, id: world.nextPacketId };
      return plain(world, { inFlight: [...world.inFlight, copy], nextPacketId: world.nextPacketId + 1 });
    }
    case "delay": {
      const i = findPacket(world, action.packet);
      if (i < 0) return refuse(`no packet ${action.packet} in flight`);
      return plain(world, { inFlight: [...world.inFlight.filter((_, j) => j !== i), world.inFlight[i]!] });
    }
    case "crash":
      if (!(action.node in world.up)) return refuse(`no node ${action.node}`);
      if (!world.up[action.node]) return refuse(`${action.node} is already down`);
      return plain(world, { up: { ...world.up, [action.node]: false } });
    case "restart": {
      if (!(action.node in world.up)) return refuse(`no node ${action.node}`);
      if (world.up[action.node]) return refuse(`${action.node} is up`);
      // Volatile state is lost at the crash; applying it on restart is equivalent, since a
      // down node does nothing in between.
      const state = protocol.restart(world.states[action.node]!, action.node);
      return plain(world, { up: { ...world.up, [action.node]: true }, states: { ...world.states, [action.node]: state } });
    }
    case "partition": {
      const seen = new Set<string>();
      for (const g of action.groups) {
        for (const n of g) {
          if (!(n in world.up)) return refuse(`no node ${n}`);
          if (seen.has(n)) return refuse(`${n} is in two groups`);
          seen.add(n);
        }
      }
      const rest = protocol.nodes.filter((n) => !seen.has(n));
      const groups = [...action.groups.filter((g) => g.length > 0).map((g) => [...g]), ...(rest.length ? [rest] : [])];
      if (groups.length < 2) return refuse("a partition needs at least two non-empty groups");
      return plain(world, { partition: groups });
    }
    case "heal":
      if (!world.partition) return refuse("the network is not partitioned");
      return plain(world, { partition: null });
    case "command": {
      if (!(action.node in world.up)) return refuse(`no node ${action.node}`);
      if (!world.up[action.node]) return refuse(`${action.node} is down`);
      const r = protocol.command(world.states[action.node]!, action.node, action.command);
      if (!r.ok) return refuse(r.reason);
      return commit(world, action.node, 0, r.step, world.inFlight);
    }
    default:
      return unreachable(action);
  }
}
