import { describe, expect, it } from "vitest";
import { quorumFromFlags, quorumReportJson, renderQuorumReport, type QuorumFlags } from "../../../src/cli/commands/quorum.ts";
import { ProblemError } from "../../../src/diagnostics/problem.ts";
import { analyseQuorumSystem } from "../../../src/protocol/quorum/analysis.ts";
import { defaultNodeNames } from "../../../src/protocol/quorum/quorum-system.ts";
import { runHarness } from "../../helpers/run-cli.ts";

function report(flags: QuorumFlags, n = 5): { text: string; json: Record<string, unknown> } {
  const { system } = quorumFromFlags(flags, defaultNodeNames("n", n));
  const a = analyseQuorumSystem(system);
  return { text: renderQuorumReport(system, a), json: quorumReportJson(system, a) };
}

function error(flags: QuorumFlags, n = 5): string {
  try {
    quorumFromFlags(flags, defaultNodeNames("n", n));
    return "ok";
  } catch (e) {
    if (e instanceof ProblemError) return e.problem.message;
    throw e;
  }
}

describe("harness quorum (spawned)", () => {
  it("reports intersecting quorums and the crashes each phase tolerates, exit 0", () => {
    const r = runHarness(["quorum", "--nodes", "5", "--kind", "threshold", "--read", "2", "--write", "4"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("quorums intersect: every read quorum meets every write quorum (checked over every subset)");
    expect(r.stdout).toMatch(/read\s+3 crashes\s+\{n1, n2, n3, n4\}/);
    expect(r.stdout).toMatch(/write\s+1 crash\s+\{n1, n2\}/);
  });

  it("shows the smallest disjoint pair as JSON and exits 12 when quorums do not intersect; 255 for a bad flag", () => {
    const r = runHarness(["quorum", "--nodes", "5", "--kind", "threshold", "--read", "2", "--write", "3", "--json"]);
    expect(r.code).toBe(12);
    expect(JSON.parse(r.stdout)).toMatchObject({ intersects: false, smallestDisjointPair: { q1: ["n1", "n2"], q2: ["n3", "n4", "n5"] } });
    const bad = runHarness(["quorum", "--kind", "majority", "--write", "2"]);
    expect(bad.code).toBe(255);
    expect(bad.stderr).toBe("--write applies to --kind threshold, not majority\n");
  });
});

describe("harness quorum report (in process)", () => {
  it("explains a failing threshold system with the disjoint pair", () => {
    const { text } = report({ kind: "threshold", read: "2", write: "3" });
    expect(text).toContain("quorums DO NOT intersect: R=2 + W=3 is not greater than N=5: a read can miss the latest write");
    expect(text).toContain("smallest disjoint pair: {n1, n2} (read) and {n3, n4, n5} (write)");
  });

  it("analyses every kind", () => {
    const cases: [QuorumFlags, number, boolean][] = [
      [{ kind: "majority" }, 4, true],
      [{ kind: "weighted", weights: "2,1,1" }, 3, true],
      [{ kind: "grid", rows: "2", cols: "3" }, 6, true],
      [{ kind: "grid", rows: "2", cols: "3", gridQ2: "rows" }, 6, false],
      [{ kind: "flexible", q1: "3", q2: "2" }, 4, true],
      [{ kind: "flexible", q1: "2", q2: "2" }, 4, false],
    ];
    for (const [flags, n, intersects] of cases) {
      const { json } = report(flags, n);
      expect(json.intersects, JSON.stringify(flags)).toBe(intersects);
      expect(json.phases).toHaveLength(2);
    }
    expect(report({ kind: "flexible", q1: "2", q2: "2" }, 4).text).toContain("Q1=2 + Q2=2 is not greater than N=4");
  });

  it.each([
    [{ kind: "threshold", read: "2" }, "--kind threshold needs --read and --write"],
    [{ kind: "threshold", read: "x", write: "2" }, '--read must be a whole number, got "x"'],
    [{ kind: "threshold", read: "6", write: "2" }, "R=6 is larger than N=5: no set of nodes is a quorum"],
    [{ kind: "paxos" }, 'unknown quorum kind "paxos": use majority, threshold, weighted, grid or flexible'],
    [{ kind: "grid", rows: "2", cols: "3" }, "a 2x3 grid has 6 cells but there are 5 nodes"],
    [{ kind: "weighted", weights: "1,x" }, '--weights must be a whole number, got "x"'],
  ] as [QuorumFlags, string][])("refuses %j: %s", (flags, message) => {
    expect(error(flags)).toBe(message);
  });
});
