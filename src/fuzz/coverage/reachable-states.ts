import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { explore } from "../../check/explore.ts";
import { FingerprintTable } from "../../check/fingerprint-table.ts";
import { tlaModel } from "../../check/tla-model.ts";
import type { TraceModel } from "../../validate/trace-model.ts";

/**
 * The yardstick of coverage: every state the spec can reach with the fuzzed deployment's
 * constants, as the model checker's fingerprints. Exploring takes seconds to a minute, so the
 * fingerprints are cached on disk under a key made of the spec folder's modules, the .cfg and
 * the constants; any change to them explores again.
 */
export type Reachable = { readonly kind: "ok"; readonly table: FingerprintTable; readonly cached: boolean } | { readonly kind: "unknown"; readonly why: string };

/** Bump when the cache's content or the fingerprint function changes. */
const CACHE_VERSION = "reachable-v1";

export interface ReachableRequest {
  readonly model: TraceModel;
  readonly constants: unknown;
  /** Where cache files go; null to neither read nor write a cache. */
  readonly cacheDir: string | null;
  /** Give up (coverage unknown) above this many states. */
  readonly maxStates: number;
}

export function reachableStates(req: ReachableRequest): Reachable {
  const file = req.cacheDir === null ? null : join(req.cacheDir, `${cacheKey(req)}.bin`);
  if (file !== null && existsSync(file)) {
    const table = readTable(file);
    if (table !== null) return { kind: "ok", table, cached: true };
  }
  const m = req.model;
  const exploration = explore(
    tlaModel({
      spec: m.spec,
      initialStates: () => [...m.initialStates()],
      next: m.next,
      // Every reachable state counts, including any past an invariant's violation.
      invariants: [],
      initProperties: [],
      actionProperties: [],
      constraints: [],
      actionConstraints: [],
      checkDeadlock: false,
    }),
    { maxStates: req.maxStates },
  );
  const v = exploration.verdict;
  if (v.kind === "limit") return { kind: "unknown", why: `the spec reaches more than ${req.maxStates} states with these constants` };
  if (v.kind !== "ok") return { kind: "unknown", why: v.kind === "error" ? `exploring the spec failed: ${v.problem.message}` : `exploring the spec stopped: ${v.kind}` };
  if (file !== null) writeTable(file, exploration.table);
  return { kind: "ok", table: exploration.table, cached: false };
}

/** The fingerprint function's source: a change to it invalidates every cached fingerprint. */
const FINGERPRINT_SOURCE = fileURLToPath(new URL("../../tla/values/fingerprint.ts", import.meta.url));

function cacheKey(req: ReachableRequest): string {
  const h = createHash("sha256").update(CACHE_VERSION);
  if (existsSync(FINGERPRINT_SOURCE)) h.update(readFileSync(FINGERPRINT_SOURCE));
  const specDir = dirname(req.model.specPath);
  for (const f of readdirSync(specDir).filter((x) => x.endsWith(".tla")).sort()) h.update(f).update(readFileSync(join(specDir, f)));
  if (req.model.configPath !== null) h.update(readFileSync(req.model.configPath));
  h.update(JSON.stringify(req.constants));
  return h.digest("hex").slice(0, 24);
}

function writeTable(file: string, table: FingerprintTable): void {
  const data = new Uint32Array(table.size * 2);
  for (let id = 0; id < table.size; id++) {
    data[2 * id] = table.fingerprintHi(id);
    data[2 * id + 1] = table.fingerprintLo(id);
  }
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
  } catch {
    // A read-only checkout still gets its coverage, only not cached.
  }
}

function readTable(file: string): FingerprintTable | null {
  const buf = readFileSync(file);
  if (buf.byteLength % 8 !== 0) return null;
  // Copied: a Buffer's offset into its pool need not be aligned for a Uint32Array view.
  const data = new Uint32Array(Uint8Array.from(buf).buffer);
  const table = new FingerprintTable(data.length / 2);
  for (let i = 0; i < data.length; i += 2) table.add(data[i]!, data[i + 1]!, -1);
  return table;
}
