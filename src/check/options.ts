import type { ExploreStats } from "./explore.ts";

/** What a caller (the CLI, the verify stage, a benchmark) may set for one native model check. */
export interface CheckOptions {
  /** The .cfg file; default: the .cfg beside the spec with the same name. */
  readonly config?: string;
  /** False turns deadlock checking off whatever the .cfg says (`--no-deadlock`, TLC's `-deadlock`). */
  readonly deadlock?: boolean;
  /** Stop with a "limit" error once more than this many distinct states are found. */
  readonly maxStates?: number;
  /** Called now and then while exploring; display throttling is the caller's job. */
  readonly onProgress?: (p: CheckProgress) => void;
  /** Where Print/PrintT in the spec write; default: stderr, so that `--json` stays parseable. */
  readonly print?: (line: string) => void;
}

export interface CheckProgress extends ExploreStats {
  readonly seconds: number;
}
