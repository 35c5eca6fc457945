import { join } from "node:path";
import { expect, it } from "vitest";
import { int, modelValue, setOf, type Value } from "../../../src/tla/values/index.ts";
import { describeShared, sharedDir } from "../../helpers/shared.ts";
import { bfs, compileFile } from "./spec-fixture.ts";

/**
 * The evaluator's successor enumeration alone (a naive BFS, no model checker) reproduces TLC's
 * distinct / generated / depth on the corpus specs whose Spec is Init /\ [][Next]_vars and
 * that run without constraints. The model checker's own conformance test covers the rest.
 */
const specs = join(sharedDir, "conformance/specs");

function models(names: readonly string[], first = 0): Value {
  return setOf(names.map((n, i) => modelValue(n, first + i)));
}

interface Run {
  readonly name: string;
  readonly file: string;
  readonly constants: Record<string, Value | { operator: string }>;
  readonly expect: [number, number, number];
  readonly next?: string;
}

const runs: Run[] = [
  { name: "TokenBucket", file: "TokenBucket.tla", constants: { Capacity: int(4) }, expect: [50, 241, 6] },
  { name: "DigitMachine", file: "DigitMachine.tla", constants: { Limit: int(20) }, expect: [461, 1340, 9] },
  { name: "FifoChannel", file: "FifoChannel.tla", constants: { Payload: { operator: "SamplePayload" }, Room: int(3) }, expect: [18, 33, 9] },
  { name: "PingPong", file: "PingPong.tla", constants: { Clients: models(["alice", "bob", "carol"], 2), Rounds: int(3) }, expect: [1000, 2702, 28] },
  { name: "CounterWithReset", file: "CounterWithReset.tla", constants: { Ceiling: int(3) }, expect: [12, 28, 7] },
  { name: "Tally", file: "Tally.tla", constants: { Modulus: int(6) }, expect: [6, 7, 6], next: "Tick" },
  {
    name: "MajorityVote",
    file: "MajorityVote.tla",
    constants: {
      Voters: models(["v1", "v2", "v3", "v4", "v5"], 4),
      Candidates: models(["red", "blue"], 9),
      Abstain: modelValue("Abstain", 2),
      Quorums: { operator: "Majorities" },
    },
    expect: [243, 811, 6],
  },
];

describeShared("successor enumeration on the TLC corpus specs", () => {
  for (const r of runs) {
    it(`${r.name}: ${r.expect.join(" / ")}`, () => {
      const spec = compileFile(join(specs, r.file), r.constants);
      for (const a of spec.assumptions) expect(a.holds()).toBe(true);
      const c = bfs(spec, "Init", r.next ?? "Next");
      expect([c.distinct, c.generated, c.depth]).toEqual(r.expect);
    });
  }
});
