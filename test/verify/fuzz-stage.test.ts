import { describe, expect, it } from "vitest";
import { fuzzStage } from "../../src/verify/fuzz-stage.ts";
import { mutantNames } from "../../src/protocol/mutants.ts";
import { repoRoot } from "../helpers/run-cli.ts";

describe("verify's fuzz stage", () => {
  it("passes a short campaign per protocol and catches every seeded bug", async () => {
    const r = await fuzzStage.run({ root: repoRoot, onProgress: () => {} });
    expect(r.stage).toBe("fuzz");
    const [paxos, register, ...mutants] = r.rows;
    expect(paxos).toMatchObject({ item: "paxos: 300 runs", verdict: "passed", ok: true });
    expect(register).toMatchObject({ item: "register: 300 runs", verdict: "passed", ok: true });
    expect(paxos!.detail).toMatch(/\d+ events judged in [\d.]+ s, \d+\/6353 reachable states/);
    expect(mutants.map((m) => m.item.split(" --mutant ")[1])).toEqual(mutantNames);
    for (const m of mutants) expect(m, m.item).toMatchObject({ verdict: "caught (expected)", ok: true });
    // On a fresh checkout the register's 57,671 reachable states are explored once (then cached).
  }, 240_000);
});
