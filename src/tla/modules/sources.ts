import { readFileSync } from "node:fs";

/**
 * Where module text comes from. The loader asks for a path and is told the text, that the file
 * does not exist, or why it cannot be read; tests and tools that hold specs in memory pass their
 * own reader instead of the disk.
 */
export type ReadResult = { readonly text: string } | { readonly missing: true } | { readonly error: string };

export interface SourceReader {
  read(path: string): ReadResult;
}

export const diskReader: SourceReader = {
  read(path) {
    try {
      return { text: readFileSync(path, "utf8") };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return { missing: true };
      return { error: e instanceof Error ? e.message : String(e) };
    }
  },
};

/** A reader over a fixed set of files (path -> text), for tests and in-memory specs. */
export function memoryReader(files: Readonly<Record<string, string>>): SourceReader {
  return {
    read(path) {
      const text = files[path];
      return text === undefined ? { missing: true } : { text };
    },
  };
}
