/**
 * Exhaustiveness guard for switches over tagged unions. The protocol, simulator and trace layers
 * must not import the TLA+ engine (the spec judges them from outside), so they keep their own.
 */
export function unreachable(x: never): never {
  throw new Error(`unreachable: ${JSON.stringify(x)}`);
}
