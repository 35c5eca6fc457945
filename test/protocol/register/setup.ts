import { defaultRegisterConfig, setupRegister, type RegisterConfig, type RegisterSetup } from "../../../src/protocol/register/config.ts";

/** A validated register setup for handler tests: r1..r3, clients 1 and 2, majority, write-back. */
export function registerSetup(change: Partial<RegisterConfig> = {}): RegisterSetup {
  const r = setupRegister({ ...defaultRegisterConfig(), ...change });
  if (!r.ok) throw new Error(r.problem.message);
  return r.setup;
}
