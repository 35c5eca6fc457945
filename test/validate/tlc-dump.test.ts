import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { Session, validateFile } from "../../src/validate/index.ts";
import { describeShared, sharedDir } from "../helpers/shared.ts";

/**
 * The counterexamples the real TLC wrote with `-dumpTrace json` are behaviours of the corpus
 * spec they came from, checked against the .cfg of the run: the trace is accepted up to the
 * state where TLC found its violation, and the checker finds the same violation there (the
 * invariant or action property TLC named, at TLC's last state). A deadlock is no violation of
 * a trace, and a liveness property cannot be violated by a finite one: those are accepted.
 */
interface Run {
  readonly module: string;
  readonly cfg: string;
  readonly result: string;
  readonly violated: string | null;
  readonly trace_length: number | null;
  readonly trace_file: string | null;
}

describeShared("TLC -dumpTrace counterexamples", () => {
  const specs = join(sharedDir, "conformance/specs");
  const runs = Object.entries(JSON.parse(readFileSync(join(specs, "expected.json"), "utf8")) as Record<string, Run>).filter(([, r]) => r.trace_file !== null);
  const session = new Session();

  it("there are recorded counterexamples", () => {
    expect(runs.length).toBeGreaterThanOrEqual(4);
  });

  for (const [name, run] of runs) {
    it(`${name}: ${run.result}${run.violated ? ` ${run.violated}` : ""} after ${run.trace_length} states`, async () => {
      const file = join(sharedDir, "conformance", run.trace_file!);
      const r = await validateFile(file, session, { spec: join(specs, `${run.module}.tla`), config: join(specs, run.cfg) });
      expect(r.format).toBe("tlc-dump");
      const last = run.trace_length! - 1;
      const liveness = r.notes.some((n) => n.includes(`PROPERTY ${run.violated} not checked`));
      if (run.result === "invariant" || (run.result === "property" && !liveness)) {
        expect(r.verdict, JSON.stringify(r.verdict)).toMatchObject({ kind: "violated", property: { name: run.violated, kind: run.result === "invariant" ? "invariant" : "property" }, event: { step: last } });
      } else {
        expect(r.verdict, JSON.stringify(r.verdict)).toMatchObject({ kind: "accepted" });
        // A liveness counterexample loops back to an earlier state: that step is checked too.
        expect(r.events).toBeGreaterThanOrEqual(last);
      }
    });
  }

  it("rejects a counterexample whose state was edited, naming the variable", async () => {
    const dump = JSON.parse(readFileSync(join(specs, "traces/NaiveLock.json"), "utf8"));
    dump.counterexample.state[2][1].held = true;
    const dir = mkdtempSync(join(tmpdir(), "tlc-dump-"));
    const file = join(dir, "NaiveLock.json");
    writeFileSync(file, JSON.stringify(dump));
    const r = await validateFile(file, session, { spec: join(specs, "NaiveLock.tla"), config: join(specs, "NaiveLock.cfg") });
    rmSync(dir, { recursive: true, force: true });
    expect(r.verdict).toMatchObject({ kind: "rejected", event: { step: 2, action: "Peek" }, reason: { kind: "mismatch", variables: [{ variable: "held", expected: "FALSE", reported: "TRUE" }] } });
  });
});
