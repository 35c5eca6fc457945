import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { CheckResult } from "../check/result.ts";
import { problem } from "../diagnostics/problem.ts";

/**
 * The native engine as a user runs it: `harness check <spec> --config <cfg> --json` in a child
 * process. The crosscheck goes through the CLI so that it compares what users get, and so that
 * each model runs in a fresh process, like TLC's.
 */
const harnessBin = fileURLToPath(new URL("../../bin/harness.mjs", import.meta.url));

export function checkNativeViaCli(spec: string, config: string, env: NodeJS.ProcessEnv = process.env): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [harnessBin, "check", spec, "--config", config, "--json"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => {
      try {
        resolve({ ...(JSON.parse(stdout) as CheckResult), engine: "native" });
      } catch {
        // No JSON result: the command itself failed (bad flag, a problem thrown before checking).
        const details = `${stderr}\n${stdout}`.split("\n").filter((l) => l.trim() !== "").slice(0, 20);
        resolve({
          result: "error",
          violated: null,
          distinct: 0,
          generated: 0,
          depth: 0,
          trace: [],
          error: problem("internal", `harness check gave no JSON result (exit ${code})`, undefined, details),
          seconds: 0,
          engine: "native",
        });
      }
    });
  });
}
