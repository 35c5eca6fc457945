import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEventFast } from "../../src/trace/fast-event.ts";
import { eventSchema } from "../../src/trace/schema.ts";

const good = {
  seq: 3,
  node: "a1",
  clock: 4,
  action: "Phase2b",
  params: { a: { $model: "a1" }, b: 0, v: { $model: "v1" } },
  changes: { maxBal: { at: [[{ $model: "a1" }, 0]] }, msgs: { add: [{ type: "2b", acc: { $model: "a1" }, bal: 0, val: { $model: "v1" } }] }, chosen: { value: { $set: [] } } },
};
const full = { seq: 1, node: "n", clock: 0, action: "Next", params: {}, full: true, state: { x: { $fcn: [[1, 2]] }, y: [1, 2] } };

const json = fc.letrec<{ j: unknown }>((tie) => ({
  j: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(0, -1, 1.5, 2 ** 60, "", "x", "2b", true, null, [], {}, { $model: "a" }, { $set: 1 }, { $fcn: [[1]] }, { value: 1 }, { at: [] }, { add: [1] }),
    fc.array(tie("j"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom("value", "at", "add", "x", "$set", "b"), tie("j"), { maxKeys: 3 }),
  ),
})).j;

type Path = (string | number)[];

/** Replace, delete or add something at a random place of a good event. */
function mutate(base: unknown, path: Path, op: "set" | "delete", v: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let cur: Record<string | number, unknown> = copy;
  for (const p of path.slice(0, -1)) {
    const next = cur[p];
    if (next === null || typeof next !== "object") return copy;
    cur = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (op === "delete") delete cur[last];
  else cur[last] = v;
  return copy;
}

const paths: Path[] = [
  ["seq"], ["node"], ["clock"], ["action"], ["params"], ["params", "a"], ["params", "2x"], ["changes"], ["changes", "maxBal"], ["changes", "maxBal", "at"],
  ["changes", "maxBal", "at", 0], ["changes", "maxBal", "at", 0, 1], ["changes", "msgs", "add"], ["changes", "msgs", "add", 0, "bal"], ["changes", "chosen", "value"],
  ["changes", "chosen", "extra"], ["full"], ["state"], ["extra"],
];

function agree(candidate: unknown): void {
  const fast = decodeEventFast(candidate);
  const slow = eventSchema.safeParse(candidate);
  // Both directions: the fast path must never accept more (correctness) nor less (speed).
  expect(fast !== undefined, JSON.stringify(candidate)).toBe(slow.success);
  if (slow.success) expect(fast).toEqual(slow.data);
}

describe("fast event decoder", () => {
  it("decodes well-formed events exactly as the schema does", () => {
    for (const e of [good, full, { ...good, changes: undefined }]) {
      const fast = decodeEventFast(JSON.parse(JSON.stringify(e)));
      expect(fast).toBeDefined();
      agree(JSON.parse(JSON.stringify(e)));
    }
  });

  it("accepts exactly what the schema accepts, on random damage to good events", () => {
    fc.assert(
      fc.property(fc.constantFrom(good, full), fc.constantFrom(...paths), fc.constantFrom("set", "delete") as fc.Arbitrary<"set" | "delete">, json, (base, path, op, v) => {
        agree(mutate(base, path, op, v));
      }),
      { numRuns: 2000 },
    );
  });
});
