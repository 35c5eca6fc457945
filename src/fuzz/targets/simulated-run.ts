import type { SimAction } from "../../sim/actions.ts";
import type { Simulator } from "../../sim/simulator.ts";
import type { World } from "../../sim/world.ts";
import type { TraceEvent } from "../../trace/schema.ts";
import type { SpecMapping } from "../../trace/spec-mapping.ts";
import { isNetworkIntent, type Intent, type ProtocolIntent } from "../schedule/intent.ts";
import { exactOf, resolveExact, resolveNetwork, showAction } from "../schedule/resolve-network.ts";
import type { ImplementationRun, Performed } from "./target.ts";

/** What a target's resolver sees: the world, and how often each spec action happened in this run. */
export interface RunContext<S, M> {
  readonly world: World<S, M>;
  readonly performed: ReadonlyMap<string, number>;
}

/** The simulator actions a protocol's own intent stands for now, or null (also for another protocol's intents). */
export type Resolver<S, M, C> = (intent: ProtocolIntent, ctx: RunContext<S, M>) => readonly SimAction<C>[] | null;

/**
 * An implementation run over the simulator: intents become simulator actions through the
 * target's resolver, and the nodes' events become trace events through the spec mapping.
 */
export function simulatedRun<S, M, E extends { readonly action: string }, C>(sim: Simulator<S, M, E, C>, mapping: SpecMapping<E>, resolve: Resolver<S, M, C>): ImplementationRun {
  let world = sim.start();
  const performed = new Map<string, number>();

  const apply = (actions: readonly SimAction<C>[]): Performed | string => {
    const before: World<S, M>[] = [];
    const events: TraceEvent[] = [];
    for (const a of actions) {
      const r = sim.step(world, a);
      if (!r.ok) return r.reason;
      before.push(world);
      world = r.world;
      for (const rec of r.records) {
        performed.set(rec.event.action, (performed.get(rec.event.action) ?? 0) + 1);
        events.push(mapping.toEvent(rec));
      }
    }
    return {
      actions,
      events,
      describe: () => actions.map((a, i) => showAction(a, before[i]!, sim)),
      exact: () => actions.map((a, i) => exactOf(a, before[i]!)),
    };
  };

  const actionsFor = (intent: Intent): readonly SimAction<C>[] | null => {
    if (intent.kind === "exact") return single(resolveExact(intent.action, world, sim));
    if (isNetworkIntent(intent)) return single(resolveNetwork(intent, world, sim));
    return resolve(intent, { world, performed });
  };

  // fast-check asks whether a command applies, then runs it: resolve once for both.
  let last: { intent: Intent; world: World<S, M>; actions: readonly SimAction<C>[] | null } | null = null;
  const resolved = (intent: Intent): readonly SimAction<C>[] | null => {
    if (last === null || last.intent !== intent || last.world !== world) last = { intent, world, actions: actionsFor(intent) };
    return last.actions;
  };

  return {
    canPerform: (intent) => (resolved(intent)?.length ?? 0) > 0,
    perform(intent) {
      const actions = resolved(intent);
      if (actions === null || actions.length === 0) return null;
      const r = apply(actions);
      // A resolver only proposes actions the world allows; a refusal is a bug in the fuzzer.
      if (typeof r === "string") throw new Error(`internal: the fuzzer resolved ${JSON.stringify(intent)} to an action the simulator refuses: ${r}`);
      return r;
    },
  };
}

function single<C>(a: SimAction<C> | null): readonly SimAction<C>[] | null {
  return a === null ? null : [a];
}
