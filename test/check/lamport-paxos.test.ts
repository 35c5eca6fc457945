import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkNative } from "../../src/check/native.ts";

const specs = fileURLToPath(new URL("../../bench/specs/", import.meta.url));

describe("Lamport's single-decree Paxos (the benchmark model), ballots 0..1", () => {
  it("reproduces TLC's counts: 3,921 distinct, 23,563 generated, depth 17", async () => {
    const r = await checkNative(`${specs}LamportPaxos.tla`, { config: `${specs}LamportPaxos_b1.cfg` });
    expect({ result: r.result, distinct: r.distinct, generated: r.generated, depth: r.depth, initialStates: r.initialStates }).toEqual({
      result: "ok",
      distinct: 3921,
      generated: 23563,
      depth: 17,
      initialStates: 1,
    });
  });
});
