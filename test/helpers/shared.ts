import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";

/**
 * `../shared` (the TLC conformance corpus and recorded TLC output) sits beside the checkout on
 * the team's machines and in CI, but not in a user's clone. Tests that read it go through
 * describeShared, which reports them as skipped, with the reason, when it is absent.
 */
export const sharedDir = fileURLToPath(new URL("../../../shared/", import.meta.url));
export const hasShared = existsSync(sharedDir);

export function describeShared(name: string, body: () => void): void {
  if (hasShared) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    it(`needs ${sharedDir}`, (ctx) => ctx.skip(`../shared is absent (a user's clone): ${name} not run`));
  });
}
