import { describe, expect, it } from "vitest";
import { auditStage } from "../../src/verify/audit-stage.ts";
import { repoRoot } from "../helpers/run-cli.ts";

describe("the audit stage of npm run verify", () => {
  it("has one row per protocol and one per generated module, all passing on the project", async () => {
    const result = await auditStage.run({ root: repoRoot, onProgress: () => {} });
    expect(result.stage).toBe("audit");
    expect(result.missing).toBeUndefined();
    const items = result.rows.map((r) => r.item);
    expect(items).toEqual([
      "paxos: spec/Paxos.tla vs src/protocol/paxos",
      "register: spec/QuorumRegister.tla vs src/protocol/register",
      "codegen src/generated/Paxos.ts",
      "codegen src/generated/QuorumRegister.ts",
    ]);
    const failing = result.rows.filter((r) => !r.ok).map((r) => `${r.item}: ${r.verdict}: ${r.detail}`);
    expect(failing).toEqual([]);
    expect(result.rows[0]!.detail).toMatch(/^5\/5 actions emitted, \d+ emissions in \d+ files/);
  });
});
