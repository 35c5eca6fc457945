import { ExitCode } from "../diagnostics/exit-codes.ts";
import { renderProblem } from "../diagnostics/render.ts";
import type { DownloadProgress } from "./download.ts";
import { locateJar } from "./jar.ts";
import { locateJava } from "./java.ts";
import { isToolName, mainClasses, spawnTool } from "./run.ts";

/**
 * `npx tla2tools <tlc|sany|pcal|repl> [args]`: the process edge. Finds Java and the jar, runs the
 * tool with the arguments untouched, and exits with the tool's own exit status (TLC's codes).
 * Anything that stops it before the tool runs is a Problem on stderr and exit 255.
 */
const usage = `usage: tla2tools <tool> [arguments for the tool]

tools:
${Object.entries(mainClasses)
  .map(([name, cls]) => `  ${name.padEnd(5)} ${cls}`)
  .join("\n")}

environment:
  JAVA_HOME          the Java to use (else java on PATH); Java 11 or newer
  JAVA_OPTS          extra JVM options, after the defaults (-XX:+UseParallelGC -Xss16m)
  TLA2TOOLS_JAR      a tla2tools.jar to use instead of the cached or downloaded one
  XDG_CACHE_HOME     where the downloaded jar is kept (default ~/.cache/consensus-harness)
  TLA2TOOLS_BASE_URL, TLA2TOOLS_URL, TLA2TOOLS_SHA256   download mirror and checksum
  COMMUNITY_MODULES_JAR  CommunityModules jar to put on the classpath
  TLA_LIBRARY        extra folders searched for modules (-DTLA-Library)`;

async function main(argv: readonly string[]): Promise<number> {
  const [tool, ...args] = argv;
  if (tool === undefined || tool === "-h" || tool === "--help" || tool === "help") {
    process.stdout.write(`${usage}\n`);
    return tool === undefined ? ExitCode.other : ExitCode.ok;
  }
  if (!isToolName(tool)) {
    process.stderr.write(`tla2tools: unknown tool '${tool}'\n\n${usage}\n`);
    return ExitCode.other;
  }
  const java = locateJava(process.env);
  if (!java.ok) return report(java.problem);
  for (const w of java.warnings) process.stderr.write(`tla2tools: ${w}\n`);
  const bar = downloadProgress();
  const jar = await locateJar({ onDownloadStart: bar.start, onProgress: bar.update });
  bar.done();
  if (!jar.ok) return report(jar.problem);
  // The terminal delivers Ctrl-C to the JVM too; the wrapper waits for the tool's own exit status.
  const ignore = (): void => {};
  process.on("SIGINT", ignore);
  try {
    return await spawnTool({ java: java.java.path, jar: jar.path, tool, args });
  } finally {
    process.off("SIGINT", ignore);
  }
}

function report(p: Parameters<typeof renderProblem>[0]): number {
  process.stderr.write(`tla2tools: ${renderProblem(p)}\n`);
  return ExitCode.other;
}

/** One self-overwriting line on a terminal; a single line otherwise, so CI logs say what happened. */
function downloadProgress(): { start: (url: string) => void; update: (p: DownloadProgress) => void; done: () => void } {
  const tty = process.stderr.isTTY === true;
  let shown = false;
  let last = 0;
  const mb = (n: number): string => (n / 1_048_576).toFixed(1);
  return {
    start(url) {
      process.stderr.write(`tla2tools: downloading ${url}\n`);
    },
    update({ received, total }) {
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100 && received !== total) return;
      last = now;
      shown = true;
      const pct = total ? ` (${Math.floor((100 * received) / total)}%)` : "";
      process.stderr.write(`\r\x1b[2K  ${mb(received)}${total ? ` / ${mb(total)}` : ""} MB${pct}`);
    },
    done() {
      if (shown) process.stderr.write("\r\x1b[2K");
    },
  };
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`tla2tools: internal error: ${err instanceof Error ? err.message : String(err)} (please report this)\n`);
  process.exitCode = ExitCode.other;
}
