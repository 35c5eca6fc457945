import type { Fault, SimAction } from "./actions.ts";
import { nextInt, pick, pickWeighted, prngFromSeed, type Prng } from "./prng.ts";
import type { Simulator } from "./simulator.ts";
import type { SimRecord, World } from "./world.ts";

/**
 * A seeded random schedule: at each step one action is drawn from what is possible, weighted
 * toward delivery (in any order) and protocol commands, with the enabled faults mixed in. The
 * same seed and options give the same run, byte for byte. The run ends after `maxSteps` steps
 * or when nothing can happen (every packet delivered or lost, every command issued).
 */
export interface RandomRunOptions {
  readonly seed: number;
  readonly maxSteps: number;
  readonly faults: ReadonlySet<Fault>;
  /** How many nodes may be down at once (default 1): more would mostly stall the run. */
  readonly maxDown?: number;
}

export interface RandomRun<S, M, E, C> {
  readonly world: World<S, M>;
  readonly records: readonly SimRecord<E>[];
  /** The schedule actually taken; `runSchedule` replays it without the seed. */
  readonly actions: readonly SimAction<C>[];
  readonly stopped: "max-steps" | "quiescent";
}

/** Relative weights of each kind of step, when it is possible at all. */
const weights = { deliver: 60, command: 8, drop: 4, duplicate: 4, crash: 2, restart: 10, partition: 1, heal: 6 } as const;

type Kind = keyof typeof weights;

function minorityGroup(g: Prng, nodes: readonly string[]): { group: string[]; next: Prng } {
  let cur = g;
  const size = nextInt(cur, Math.max(1, Math.floor(nodes.length / 2)));
  cur = size.next;
  const pool = [...nodes];
  const group: string[] = [];
  for (let i = 0; i <= size.value; i++) {
    const d = nextInt(cur, pool.length);
    cur = d.next;
    group.push(pool.splice(d.value, 1)[0]!);
  }
  return { group: group.sort((a, b) => nodes.indexOf(a) - nodes.indexOf(b)), next: cur };
}

function chooseAction<S, M, E, C>(sim: Simulator<S, M, E, C>, world: World<S, M>, g: Prng, opts: RandomRunOptions): { action: SimAction<C>; next: Prng } | undefined {
  const nodes = sim.protocol.nodes;
  const deliverable = sim.deliverable(world);
  const commands = sim.commands(world);
  const down = nodes.filter((n) => !world.up[n]);
  const possible: Record<Kind, boolean> = {
    deliver: deliverable.length > 0,
    command: commands.length > 0,
    drop: opts.faults.has("drop") && world.inFlight.length > 0,
    duplicate: opts.faults.has("dup") && world.inFlight.length > 0,
    crash: opts.faults.has("crash") && down.length < (opts.maxDown ?? 1),
    restart: down.length > 0,
    partition: opts.faults.has("partition") && world.partition === null && nodes.length > 1,
    heal: world.partition !== null,
  };
  const kinds = (Object.keys(weights) as Kind[]).filter((k) => possible[k]);
  // Nothing to deliver or issue, nothing in flight and nobody down to bring back: the run is over.
  if (!possible.deliver && !possible.command && world.inFlight.length === 0 && down.length === 0) return undefined;
  if (kinds.length === 0) return undefined;
  const k = pickWeighted(g, kinds.map((x) => weights[x]));
  let cur = k.next;
  const kind = kinds[k.value]!;
  const packetOf = (list: readonly { id: number }[]) => {
    const d = pick(cur, list);
    cur = d.next;
    return d.value.id;
  };
  switch (kind) {
    case "deliver":
      return { action: { kind: "deliver", packet: packetOf(deliverable) }, next: cur };
    case "drop":
      return { action: { kind: "drop", packet: packetOf(world.inFlight) }, next: cur };
    case "duplicate":
      return { action: { kind: "duplicate", packet: packetOf(world.inFlight) }, next: cur };
    case "command": {
      const d = pick(cur, commands);
      return { action: d.value, next: d.next };
    }
    case "crash": {
      const d = pick(cur, nodes.filter((n) => world.up[n]));
      return { action: { kind: "crash", node: d.value }, next: d.next };
    }
    case "restart": {
      const d = pick(cur, down);
      return { action: { kind: "restart", node: d.value }, next: d.next };
    }
    case "partition": {
      const m = minorityGroup(cur, nodes);
      return { action: { kind: "partition", groups: [m.group] }, next: m.next };
    }
    case "heal":
      return { action: { kind: "heal" }, next: cur };
  }
}

export function randomRun<S, M, E, C>(sim: Simulator<S, M, E, C>, opts: RandomRunOptions): RandomRun<S, M, E, C> {
  let g = prngFromSeed(opts.seed);
  let world = sim.start();
  const records: SimRecord<E>[] = [];
  const actions: SimAction<C>[] = [];
  while (actions.length < opts.maxSteps) {
    const choice = chooseAction(sim, world, g, opts);
    if (!choice) return { world, records, actions, stopped: "quiescent" };
    g = choice.next;
    const r = sim.step(world, choice.action);
    // Every drawn action is possible by construction; a refusal is a simulator bug.
    if (!r.ok) throw new Error(`random scheduler drew an impossible action ${JSON.stringify(choice.action)}: ${r.reason}`);
    world = r.world;
    records.push(...r.records);
    actions.push(choice.action);
  }
  return { world, records, actions, stopped: "max-steps" };
}
