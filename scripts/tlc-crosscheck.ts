/**
 * `npx tsx scripts/tlc-crosscheck.ts [--all] [--root DIR]`: runs the native engine and the real
 * TLC on every model of spec/models.json (CI tier; --all adds the bench tier) and prints them side
 * by side. Exit 0 when they agree on every model and give the expected verdicts, 1 when not, 255
 * when TLC cannot run (no Java, no jar: the message says what to install or set).
 * CI runs it whenever TLA2TOOLS_JAR is set (.ci/run).
 */
import { fileURLToPath } from "node:url";
import { ProblemError } from "../src/diagnostics/problem.ts";
import { renderProblem } from "../src/diagnostics/render.ts";
import { crosscheck, crosscheckPassed, readModels, renderCrosscheck } from "../src/tlc/crosscheck.ts";
import { checkNativeViaCli } from "../src/tlc/native-via-cli.ts";
import { runTlc } from "../src/tlc/run-tlc-check.ts";

const args = process.argv.slice(2);
const rootAt = args.indexOf("--root");
const root = rootAt >= 0 && args[rootAt + 1] ? args[rootAt + 1]! : fileURLToPath(new URL("../", import.meta.url));
const all = args.includes("--all");

const manifest = readModels(root);
if (!manifest.ok) {
  process.stderr.write(`${renderProblem(manifest.problem)}\n`);
  process.exit(255);
}
const models = manifest.models.filter((m) => all || m.tier === "ci");
const started = Date.now();
try {
  const rows = await crosscheck(root, models, {
    runNative: (spec, config) => checkNativeViaCli(spec, config),
    runTlc: (spec, config) => runTlc(spec, { config }),
    onModel: (m) => process.stderr.write(`crosscheck: ${m.name}\n`),
  });
  process.stdout.write(`${renderCrosscheck(rows)}\n`);
  process.stdout.write(`(${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  process.exitCode = crosscheckPassed(rows) ? 0 : 1;
} catch (err) {
  if (!(err instanceof ProblemError)) throw err;
  process.stderr.write(`${renderProblem(err.problem)}\n`);
  process.exitCode = 255;
}
