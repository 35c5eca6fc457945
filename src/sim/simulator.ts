import type { ProtocolDefinition } from "../protocol/definition.ts";
import type { SimAction } from "./actions.ts";
import { applyAction, type StepOutcome } from "./step.ts";
import { deliverable, initialWorld, type Packet, type SimRecord, type World } from "./world.ts";

/**
 * A protocol bound to the simulator: the step API the fuzzer drives (start, step, what is
 * possible now) plus a helper to run a fixed schedule. Stateless; worlds are values.
 */
export interface Simulator<S, M, E, C> {
  readonly protocol: ProtocolDefinition<S, M, E, C>;
  start(): World<S, M>;
  step(world: World<S, M>, action: SimAction<C>): StepOutcome<S, M, E>;
  /** Packets that `deliver` would accept now. */
  deliverable(world: World<S, M>): readonly Packet<M>[];
  /** External commands nodes that are up would accept now (a random scheduler's menu). */
  commands(world: World<S, M>): readonly SimAction<C>[];
  /** Applies a schedule, failing on the first action that cannot happen, with its index. */
  runSchedule(actions: readonly SimAction<C>[], from?: World<S, M>): ScheduleResult<S, M, E>;
}

export type ScheduleResult<S, M, E> =
  | { readonly ok: true; readonly world: World<S, M>; readonly records: readonly SimRecord<E>[] }
  | { readonly ok: false; readonly index: number; readonly reason: string; readonly world: World<S, M>; readonly records: readonly SimRecord<E>[] };

export function simulator<S, M, E, C>(protocol: ProtocolDefinition<S, M, E, C>): Simulator<S, M, E, C> {
  const sim: Simulator<S, M, E, C> = {
    protocol,
    start: () => initialWorld(protocol),
    step: (world, action) => applyAction(protocol, world, action),
    deliverable: (world) => world.inFlight.filter((p) => deliverable(world, p)),
    commands: (world) =>
      protocol.nodes.flatMap((node) =>
        world.up[node] ? protocol.possibleCommands(world.states[node]!, node).map((command) => ({ kind: "command", node, command }) as const) : [],
      ),
    runSchedule(actions, from) {
      let world = from ?? sim.start();
      const records: SimRecord<E>[] = [];
      for (const [index, action] of actions.entries()) {
        const r = sim.step(world, action);
        if (!r.ok) return { ok: false, index, reason: r.reason, world, records };
        world = r.world;
        records.push(...r.records);
      }
      return { ok: true, world, records };
    },
  };
  return sim;
}
