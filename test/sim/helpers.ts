import { defaultPaxosConfig, setupPaxos, type PaxosConfig } from "../../src/protocol/paxos/config.ts";
import { paxosProtocol } from "../../src/protocol/paxos/protocol.ts";
import { defaultRegisterConfig, setupRegister, type RegisterConfig } from "../../src/protocol/register/config.ts";
import { registerProtocol } from "../../src/protocol/register/protocol.ts";
import { simulator } from "../../src/sim/simulator.ts";

export function paxosSim(change: Partial<PaxosConfig> = {}) {
  const r = setupPaxos({ ...defaultPaxosConfig(), ...change });
  if (!r.ok) throw new Error(r.problem.message);
  return simulator(paxosProtocol(r.setup));
}

export function registerSim(change: Partial<RegisterConfig> = {}) {
  const r = setupRegister({ ...defaultRegisterConfig(), ...change });
  if (!r.ok) throw new Error(r.problem.message);
  return simulator(registerProtocol(r.setup));
}
