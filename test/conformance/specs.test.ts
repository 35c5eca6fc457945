import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { exitCodeForResult } from "../../src/check/exit-code.ts";
import { checkNative } from "../../src/check/native.ts";
import { describeShared, sharedDir } from "../helpers/shared.ts";

/**
 * Every model-checking run TLC made for the conformance corpus (../shared/conformance/specs),
 * through the public API, judged as its README says: verdict, violated name, exit code and
 * trace length always; distinct/generated/depth exactly for runs that end without a violation.
 */
interface ExpectedRun {
  readonly cmd: string;
  readonly module: string;
  readonly cfg: string;
  readonly distinct: number | null;
  readonly generated: number | null;
  readonly depth: number | null;
  readonly result: "ok" | "invariant" | "deadlock" | "property" | "assumption" | "error";
  readonly violated: string | null;
  readonly trace_length: number | null;
  readonly exit_code: number;
  readonly trace_ends_in_stuttering?: boolean;
}

/** Runs whose PROPERTY needs liveness checking: the engine may refuse them, never pass them. */
const LIVENESS = new Set(["PetersonLock", "PetersonLock_unfair"]);

describeShared("conformance: model-checking runs against TLC's results", () => {
  const specsDir = join(sharedDir, "conformance/specs");
  const expected = JSON.parse(readFileSync(join(specsDir, "expected.json"), "utf8")) as Record<string, ExpectedRun>;

  it("covers every run of expected.json", () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(17);
  });

  for (const [run, want] of Object.entries(expected)) {
    it(`${run}: ${want.result}${want.violated ? ` ${want.violated}` : ""}`, async () => {
      const args = want.cmd.split(/\s+/);
      const r = await checkNative(join(specsDir, `${want.module}.tla`), {
        config: join(specsDir, want.cfg),
        ...(args.includes("-deadlock") ? { deadlock: false } : {}),
        print: () => {},
      });
      const code = exitCodeForResult(r);
      if (LIVENESS.has(run) && r.result === "error") {
        expect(r.error?.code).toBe("unsupported");
        expect(r.error?.message).toMatch(/liveness/i);
        expect(code).not.toBe(0);
        return;
      }
      expect({ result: r.result, violated: r.violated, exit: code, error: r.error?.message ?? null }).toEqual({
        result: want.result,
        violated: want.violated,
        exit: want.exit_code,
        error: want.result === "error" ? expect.any(String) : null,
      });
      if (want.trace_length !== null) expect(r.trace.length).toBe(want.trace_length);
      if (want.trace_ends_in_stuttering) expect(r.traceEndsInStuttering).toBe(true);
      if (want.result === "ok") {
        expect({ distinct: r.distinct, generated: r.generated, depth: r.depth }).toEqual({
          distinct: want.distinct,
          generated: want.generated,
          depth: want.depth,
        });
      }
    });
  }
});
