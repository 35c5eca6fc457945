import { resolve } from "node:path";
import { problem, type Problem } from "../diagnostics/problem.ts";
import type { ProtocolMapping } from "./mapping.ts";

/**
 * The mappings a command line asks for: every one when no spec is named, else the mapping of
 * each named spec (paths relative to the working directory, compared after resolving). A spec
 * no mapping covers is a usage problem naming the ones that exist.
 */
export function selectMappings(
  all: readonly ProtocolMapping[],
  specs: readonly string[],
  root: string,
  cwd: string,
): { mappings: ProtocolMapping[] } | { problems: Problem[] } {
  if (specs.length === 0) return { mappings: [...all] };
  const chosen: ProtocolMapping[] = [];
  const problems: Problem[] = [];
  for (const s of specs) {
    const wanted = resolve(cwd, s);
    const m = all.find((x) => resolve(root, x.spec) === wanted);
    if (m === undefined) {
      problems.push(problem("usage", `no protocol mapping covers ${s}; mapped specs: ${all.map((x) => x.spec).join(", ")} (src/audit/mappings.ts)`));
    } else if (!chosen.includes(m)) {
      chosen.push(m);
    }
  }
  return problems.length > 0 ? { problems } : { mappings: chosen };
}
