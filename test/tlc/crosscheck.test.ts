import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crosscheck, readModels, renderCrosscheck } from "../../src/tlc/crosscheck.ts";
import { locateJava } from "../../src/tlc/java.ts";
import { checkNativeViaCli } from "../../src/tlc/native-via-cli.ts";
import { runTlc } from "../../src/tlc/run-tlc-check.ts";
import { repoRoot } from "../helpers/run-cli.ts";

/**
 * Opt-in: the real TLC against the native engine on every CI-tier model of spec/models.json.
 * It runs when Java and TLA2TOOLS_JAR are present, and otherwise reports itself skipped with the
 * reason, so that a machine without TLC stays green and says what it did not check.
 */
function whyNot(): string | null {
  const jar = process.env.TLA2TOOLS_JAR?.trim();
  if (!jar) return "TLA2TOOLS_JAR is not set (set it to a tla2tools.jar to compare the native engine with TLC)";
  if (!existsSync(jar)) return `TLA2TOOLS_JAR=${jar} does not exist`;
  const java = locateJava();
  if (!java.ok) return java.problem.message;
  if (!existsSync(join(repoRoot, "spec", "models.json"))) return "spec/models.json is absent";
  return null;
}

describe("crosscheck: native engine against the real TLC", () => {
  const reason = whyNot();
  if (reason !== null) {
    it("every CI-tier model", (ctx) => ctx.skip(reason));
    return;
  }
  const manifest = readModels(repoRoot);
  if (!manifest.ok) throw new Error(manifest.problem.message);
  for (const model of manifest.models.filter((m) => m.tier === "ci")) {
    it(`${model.name}: same verdict and counts`, { timeout: 300_000 }, async () => {
      const [row] = await crosscheck(repoRoot, [model], {
        runNative: (spec, config) => checkNativeViaCli(spec, config),
        runTlc: (spec, config) => runTlc(spec, { config }),
      });
      expect(row!.comparison.agree, renderCrosscheck([row!])).toBe(true);
      expect(row!.asExpected, renderCrosscheck([row!])).toBe(true);
    });
  }
});
