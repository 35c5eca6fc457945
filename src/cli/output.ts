/**
 * The console edge shared by commands: results to stdout, progress and diagnostics to stderr.
 * Progress shows only on an interactive terminal and never with --json, so piped output and
 * CI logs stay clean.
 */
export interface OutputOptions {
  readonly json: boolean;
}

export function writeJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + "\n");
}

export function writeLine(text = ""): void {
  process.stdout.write(text + "\n");
}

export function writeError(text: string): void {
  process.stderr.write(text + "\n");
}

export interface Progress {
  update(text: string): void;
  done(): void;
}

/** A single self-overwriting stderr line, throttled; a no-op when not on a TTY or with --json. */
export function progress(opts: OutputOptions, intervalMs = 1000): Progress {
  const active = !opts.json && process.stderr.isTTY === true && process.env.CI !== "true";
  if (!active) return { update() {}, done() {} };
  let last = 0;
  let shown = false;
  return {
    update(text: string) {
      const now = Date.now();
      if (now - last < intervalMs) return;
      last = now;
      shown = true;
      process.stderr.write(`\r\x1b[2K${text}`);
    },
    done() {
      if (shown) process.stderr.write("\r\x1b[2K");
    },
  };
}
