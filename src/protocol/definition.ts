import type { CommandResult, Step } from "./step.ts";

/**
 * What the simulator needs from a protocol: its nodes, their initial states, the handlers, and
 * what survives a crash. S is a node's state, M a message, E a spec-level event, C an external
 * command (start a ballot, issue a read). Everything is pure; the simulator threads the states.
 */
export interface ProtocolDefinition<S, M, E, C> {
  readonly name: "paxos" | "register";
  /** Every node, in a fixed order (the order the simulator lists them in). */
  readonly nodes: readonly string[];
  initial(node: string): S;
  receive(state: S, node: string, from: string, msg: M): Step<S, M, E>;
  command(state: S, node: string, cmd: C): CommandResult<S, M, E>;
  /** The state after a crash and restart: durable state kept, volatile state lost. */
  restart(state: S, node: string): S;
  /** Commands a random scheduler may issue to this node now (the fuzzer builds its own). */
  possibleCommands(state: S, node: string): readonly C[];
  /** One line for logs and shrunk counterexamples, e.g. `2a(bal 1, val v2)`. */
  showMessage(msg: M): string;
  showCommand(cmd: C): string;
}
