import { isAscii } from "node:buffer";
import { readFileSync, statSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { problem, type Problem } from "../../diagnostics/problem.ts";

/**
 * A file's lines, read in large chunks and handed out a chunk's worth at a time, so that the
 * checker pays one promise per megabyte rather than one per line; still one chunk in memory at
 * a time. `\r\n` endings are accepted; a last line without a newline is a line.
 */
const CHUNK = 1 << 20;

export type ChunksResult = { readonly ok: true; readonly chunks: AsyncGenerator<string[]> } | { readonly ok: false; readonly problem: Problem };

export async function readLineChunks(path: string): Promise<ChunksResult> {
  try {
    // A small file (the usual trace of one run) is read at once: three round trips through the
    // I/O thread pool would cost more than reading it.
    const size = statSync(path).size;
    if (size <= CHUNK) return { ok: true, chunks: whole(readFileSync(path)) };
    return { ok: true, chunks: chunks(await open(path, "r")) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : e instanceof Error ? e.message : String(e);
    return { ok: false, problem: problem("io", `cannot read trace ${path}: ${why}`) };
  }
}

async function* whole(buffer: Buffer): AsyncGenerator<string[]> {
  if (buffer.length === 0) return;
  const lines = splitLines(decode(buffer, buffer.length));
  // A final newline ends the last line; it does not start an empty one.
  if (lines[lines.length - 1] === "") lines.pop();
  yield lines;
}

async function* chunks(handle: FileHandle): AsyncGenerator<string[]> {
  let buffer = Buffer.allocUnsafe(CHUNK);
  // Bytes of an unfinished line carried to the front of the buffer for the next read.
  let kept = 0;
  try {
    for (;;) {
      if (kept === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, kept);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(buffer, kept, buffer.length - kept, null);
      const end = kept + bytesRead;
      if (bytesRead === 0) {
        if (kept > 0) yield [stripCr(decode(buffer, kept))];
        return;
      }
      // Only whole lines are decoded: a newline byte never falls inside a UTF-8 sequence.
      const last = buffer.lastIndexOf(10, end - 1);
      if (last < kept) {
        kept = end;
        continue;
      }
      const lines = splitLines(decode(buffer, last));
      kept = end - last - 1;
      buffer.copy(buffer, 0, last + 1, end);
      yield lines;
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function splitLines(text: string): string[] {
  const lines: string[] = [];
  let from = 0;
  for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", from)) {
    lines.push(stripCr(text.slice(from, nl)));
    from = nl + 1;
  }
  lines.push(stripCr(text.slice(from)));
  return lines;
}

/** Traces are mostly ASCII, which decodes much faster as Latin-1 (the same characters). */
function decode(buffer: Buffer, end: number): string {
  return isAscii(buffer.subarray(0, end)) ? buffer.toString("latin1", 0, end) : buffer.toString("utf8", 0, end);
}

function stripCr(line: string): string {
  return line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;
}
