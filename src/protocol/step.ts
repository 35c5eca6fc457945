/**
 * The shape of every protocol handler: a pure function from a node's state and an input (a
 * message or an external command) to the node's next state, the messages it sends, and the
 * spec-level events it performed. No clock, timer, randomness or I/O: the simulator owns
 * time and the network, so the same inputs always give the same outputs.
 */
export interface Outgoing<M> {
  readonly to: string;
  readonly msg: M;
}

export interface Step<S, M, E> {
  readonly state: S;
  readonly send: readonly Outgoing<M>[];
  readonly events: readonly E[];
}

/** A step that changes nothing: the handler ignored its input (stale, duplicate, not for it). */
export function ignore<S, M, E>(state: S): Step<S, M, E> {
  return { state, send: [], events: [] };
}

/** An external command a node refused, with the reason in the user's terms. */
export type CommandResult<S, M, E> = { readonly ok: true; readonly step: Step<S, M, E> } | { readonly ok: false; readonly reason: string };

export function broadcast<M>(to: readonly string[], msg: M): Outgoing<M>[] {
  return to.map((t) => ({ to: t, msg }));
}
