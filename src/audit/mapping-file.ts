import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { z } from "zod";
import { problem, type Problem } from "../diagnostics/problem.ts";
import type { ProtocolMapping } from "./mapping.ts";

/**
 * A mapping manifest (`harness audit --mapping file.json`): the same mappings as
 * src/audit/mappings.ts, for an implementation outside this project. Paths inside it are
 * relative to the manifest's folder, which becomes the audit's root.
 */
const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an identifier");

const mappingSchema = z.strictObject({
  name: z.string().min(1),
  spec: z.string().min(1),
  next: identifier.optional(),
  implementation: z.string().min(1),
  emission: z.strictObject({
    actionProperty: identifier,
    params: z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("nested"), property: identifier }),
      z.strictObject({ kind: z.literal("flat"), payload: z.array(identifier) }),
    ]),
  }),
  step: z.strictObject({
    eventsProperty: identifier,
    messages: z.strictObject({ property: identifier, variable: identifier }).optional(),
  }),
  state: z.array(z.strictObject({ type: identifier, fields: z.record(identifier, identifier) })),
  environment: z.array(z.strictObject({ action: identifier, reason: z.string().min(1) })),
  tracer: z.strictObject({ file: z.string().min(1), function: z.string().min(1) }).optional(),
  silent: z.array(z.strictObject({ function: z.string().min(1), reason: z.string().min(1) })).optional(),
  allow: z
    .array(
      z.strictObject({
        code: z.enum(["untraced-state-change", "unknown-parameter", "dynamic-action"]),
        function: z.string().min(1),
        reason: z.string().min(1),
      }),
    )
    .optional(),
});

const manifestSchema = z.strictObject({ protocols: z.array(mappingSchema).min(1, "must list at least one protocol") });

export function readMappingFile(file: string): { root: string; mappings: ProtocolMapping[] } | { problems: Problem[] } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    return { problems: [problem("io", `cannot read mapping file ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`)] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { problems: [problem("usage", `mapping file ${file} is not JSON: ${(err as Error).message}`, { file, line: 1, column: 1 })] };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((i) =>
        problem("usage", `mapping file ${file}: at ${i.path.length ? i.path.join(".") : "top level"}: ${i.message}`, { file, line: 1, column: 1 }),
      ),
    };
  }
  return { root: dirname(resolve(file)), mappings: parsed.data.protocols };
}
