import { formatLocation } from "./location.ts";
import type { Problem } from "./problem.ts";

/** `file:line:col: message` then indented details: the shape compilers and editors understand. */
export function renderProblem(p: Problem): string {
  const head = p.location ? `${formatLocation(p.location)}: ${p.message}` : p.message;
  const lines = [p.code === "internal" ? `internal error: ${head} (please report this)` : head];
  for (const d of p.details ?? []) lines.push(`  ${d}`);
  return lines.join("\n");
}

export function problemToJson(p: Problem): Record<string, unknown> {
  return {
    code: p.code,
    message: p.message,
    location: p.location ?? null,
    details: p.details ?? [],
  };
}
