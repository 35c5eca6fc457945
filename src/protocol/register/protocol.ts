import type { ProtocolDefinition } from "../definition.ts";
import { unreachable } from "../never.ts";
import type { Step } from "../step.ts";
import { beginOperation, clientReceive, initialClient, restartClient, type ClientState, type RegisterCommand } from "./client.ts";
import { clientIdOf, type RegisterSetup } from "./config.ts";
import type { RegisterEvent } from "./events.ts";
import { showRegisterMsg, type RegisterMsg } from "./messages.ts";
import { initialReplica, replicaReceive, restartReplica, type ReplicaState } from "./replica.ts";

export type RegisterNode = { readonly role: "replica"; readonly state: ReplicaState } | { readonly role: "client"; readonly state: ClientState };

function wrap<S>(role: RegisterNode["role"], step: Step<S, RegisterMsg, RegisterEvent>): Step<RegisterNode, RegisterMsg, RegisterEvent> {
  return { ...step, state: { role, state: step.state } as RegisterNode };
}

export function registerProtocol(setup: RegisterSetup): ProtocolDefinition<RegisterNode, RegisterMsg, RegisterEvent, RegisterCommand> {
  const { replicas, values } = setup.config;
  return {
    name: "register",
    nodes: [...setup.clientNodes, ...replicas],
    initial(node) {
      if (replicas.includes(node)) return { role: "replica", state: initialReplica(node) };
      const id = clientIdOf(node);
      if (id !== undefined && setup.clientNodes.includes(node)) return { role: "client", state: initialClient(id) };
      throw new RangeError(`${node} is not a node of this register deployment`);
    },
    receive(n, _node, _from, msg) {
      switch (n.role) {
        case "replica":
          return wrap("replica", replicaReceive(n.state, msg));
        case "client":
          return wrap("client", clientReceive(n.state, msg, setup));
        default:
          return unreachable(n);
      }
    },
    command(n, node, cmd) {
      if (n.role !== "client") return { ok: false, reason: `${node} is a replica: only clients read and write` };
      const r = beginOperation(n.state, cmd, setup);
      return r.ok ? { ok: true, step: wrap("client", r.step) } : r;
    },
    restart(n) {
      return n.role === "replica" ? { role: "replica", state: restartReplica(n.state) } : { role: "client", state: restartClient(n.state) };
    },
    possibleCommands(n) {
      if (n.role !== "client" || n.state.op.phase !== "done" || n.state.op.seq >= setup.config.maxOps) return [];
      return [{ kind: "read" }, ...values.map((value) => ({ kind: "write", value }) as const)];
    },
    showMessage: showRegisterMsg,
    showCommand: (cmd) => (cmd.kind === "read" ? "read" : `write ${cmd.value}`),
  };
}
