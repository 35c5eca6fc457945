import { z } from "zod";
import { decodeValue } from "./json-value.ts";
import type { TValue } from "./value.ts";

/**
 * The NDJSON trace format, version 1, as zod schemas: the single definition that the reader
 * validates against and docs/trace-format.md documents. Line 1 is a header; every further line
 * is an event. Objects are strict: an unknown key is reported, since in a hand-edited trace it
 * is almost always a misspelt one.
 */
export const TRACE_FORMAT = "consensus-harness-trace";
export const TRACE_VERSION = 1;

const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be a TLA+ identifier (letters, digits, _; not starting with a digit)");

/** A JSON-encoded TLA+ value, decoded into a TValue; a bad encoding is an issue at its path. */
export const valueSchema = z.unknown().transform((json, ctx): TValue => {
  const r = decodeValue(json);
  if (r.ok) return r.value;
  ctx.addIssue({ code: "custom", message: r.message, path: [...r.path] });
  return z.NEVER;
});

const valueMap = z.record(z.string(), valueSchema);

/**
 * How one variable changed in a step:
 * - `{"value": v}`: its whole new value;
 * - `{"at": [[k, v], ...]}`: a function-valued variable changed at keys k (EXCEPT ![k] = v);
 *   keys must already be in its domain;
 * - `{"add": [e, ...]}`: elements added to a set-valued variable (msgs, chosen).
 */
const changeSchema = z
  .strictObject({
    value: valueSchema.optional(),
    at: z
      .array(z.unknown().pipe(z.tuple([valueSchema, valueSchema], { error: "must be a [key, value] pair" })))
      .min(1, "must list at least one [key, value] pair")
      .optional(),
    add: z.array(valueSchema).min(1, "must list at least one element").optional(),
  })
  .check((ctx) => {
    const given = (["value", "at", "add"] as const).filter((k) => Object.hasOwn(ctx.value, k));
    if (given.length !== 1) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: given.length === 0 ? 'a change needs exactly one of "value", "at" or "add"' : `a change has exactly one of "value", "at" or "add", not ${given.join(" and ")}`,
      });
    }
  })
  .transform((c): Change => {
    if (c.at !== undefined) return { kind: "update", entries: c.at };
    if (c.add !== undefined) return { kind: "add", elems: c.add };
    return { kind: "value", value: c.value as TValue };
  });

export type Change =
  | { readonly kind: "value"; readonly value: TValue }
  | { readonly kind: "update"; readonly entries: readonly (readonly [TValue, TValue])[] }
  | { readonly kind: "add"; readonly elems: readonly TValue[] };

export const headerSchema = z.strictObject({
  format: z.literal(TRACE_FORMAT, { error: `must be "${TRACE_FORMAT}"` }),
  version: z.literal(TRACE_VERSION, { error: `must be ${TRACE_VERSION} (this harness reads trace format version ${TRACE_VERSION})` }),
  spec: z.strictObject({
    module: identifier,
    path: z.string().min(1),
    config: z.string().min(1).optional(),
  }),
  /** Every CONSTANT of the spec with its value, so that a checker needs no .cfg. */
  constants: z.record(identifier, valueSchema),
  /** The spec variables this trace reports; any other variable of the spec is reconstructed by it. */
  variables: z
    .array(identifier)
    .min(1, "must name at least one variable")
    .refine((vs) => new Set(vs).size === vs.length, "lists a variable twice"),
  /** The initial values of the reported variables (optional: the spec's Init decides them anyway). */
  init: valueMap.optional(),
  implementation: z.strictObject({ name: z.string().min(1), version: z.string().min(1) }),
  /** The simulator seed that produced the run; absent for hand-written traces. */
  seed: z.int().nonnegative().optional(),
  /** What `harness simulate` needs to reproduce the run (protocol, nodes, faults, steps, mutants). */
  replay: z.record(z.string(), z.unknown()).optional(),
  description: z.string().optional(),
});

export const eventSchema = z
  .strictObject({
    seq: z.int().positive(),
    node: z.string().min(1),
    clock: z.int().nonnegative(),
    action: identifier,
    params: z.record(identifier, valueSchema),
    changes: z.record(z.string(), changeSchema).optional(),
    full: z.literal(true, { error: 'must be true when present (omit it for events without the full state)' }).optional(),
    state: valueMap.optional(),
  })
  .check((ctx) => {
    const e = ctx.value;
    if (e.full === true && e.state === undefined) ctx.issues.push({ code: "custom", input: e, path: ["state"], message: 'an event with "full": true must carry "state", the value of every variable' });
    if (e.full !== true && e.state !== undefined) ctx.issues.push({ code: "custom", input: e, path: ["full"], message: 'an event carrying "state" must say "full": true' });
    if (e.state !== undefined && e.changes !== undefined) ctx.issues.push({ code: "custom", input: e, path: ["changes"], message: 'an event has either "changes" or a full "state", not both' });
  });

export type TraceHeader = z.output<typeof headerSchema>;
export type TraceEvent = z.output<typeof eventSchema>;
