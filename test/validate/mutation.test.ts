import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Change, TraceEvent } from "../../src/trace/schema.ts";
import { tFcn, tModel, tRecord, tSeq, tSet, type TValue } from "../../src/trace/value.ts";
import { checkEvents, root, sharedSession, simulated, type Recorded } from "./helpers.ts";
import { oracle } from "./oracle.ts";

/**
 * One event of a valid trace mutated (a value changed, a reported change left out, the action
 * renamed, an event dropped, two events swapped):
 * the checker accepts the result exactly when it is still a behaviour of the spec, as decided
 * by brute force in ./oracle.ts, and where both reject they name the same step. Shrinking
 * finds the smallest trace and mutation that disagree; the seed and path replay it.
 */
const session = sharedSession();

type Mutation =
  | { readonly kind: "value"; readonly event: number; readonly slot: number; readonly pick: number }
  | { readonly kind: "omit"; readonly event: number; readonly slot: number }
  | { readonly kind: "rename"; readonly event: number; readonly pick: number }
  | { readonly kind: "drop"; readonly event: number }
  | { readonly kind: "swap"; readonly event: number; readonly other: number };

const ACTIONS = {
  paxos: ["Phase1a", "Phase1b", "Phase2a", "Phase2b", "Learn"],
  register: ["BeginWrite", "BeginRead", "ReplyQuery", "EndQuery", "ReplyStore", "EndStore"],
};

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("value" as const), event: fc.nat(), slot: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constant("omit" as const), event: fc.nat(), slot: fc.nat() }),
  fc.record({ kind: fc.constant("rename" as const), event: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constant("drop" as const), event: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), event: fc.nat(), other: fc.nat() }),
);

/** Another value of the same kind, so that the mutated trace is still well-formed. */
function replacement(v: TValue, pick: number, names: readonly string[]): TValue {
  switch (typeof v) {
    case "number":
      return pick % 2 === 0 ? v + 1 + (pick % 3) : v - 1 - (pick % 3);
    case "string":
      return v === "1a" ? "2a" : v === "2b" ? "1b" : `${v}x`;
    case "boolean":
      return !v;
    default:
      return v.kind === "model" ? tModel(names.filter((n) => n !== v.name)[pick % (names.length - 1)] ?? `${v.name}x`) : v;
  }
}

/** The leaves of an event's params and changes, each with a way to put another value there. */
function slots(e: TraceEvent): ((x: (v: TValue) => TValue) => TraceEvent)[] {
  const out: ((x: (v: TValue) => TValue) => TraceEvent)[] = [];
  const walk = (v: TValue, rebuild: (nv: TValue) => TraceEvent): void => {
    if (typeof v !== "object" || v.kind === "model") {
      out.push((x) => rebuild(x(v)));
      return;
    }
    switch (v.kind) {
      case "set":
        v.elems.forEach((el, i) => walk(el, (n) => rebuild(tSet(v.elems.map((y, j) => (j === i ? n : y))))));
        return;
      case "seq":
        v.elems.forEach((el, i) => walk(el, (n) => rebuild(tSeq(v.elems.map((y, j) => (j === i ? n : y))))));
        return;
      case "record":
        for (const f of Object.keys(v.fields)) walk(v.fields[f]!, (n) => rebuild(tRecord({ ...v.fields, [f]: n })));
        return;
      case "fcn":
        v.entries.forEach(([k, y], i) => walk(y, (n) => rebuild(tFcn(v.entries.map((en, j) => (j === i ? ([k, n] as const) : en))))));
        return;
    }
  };
  for (const [p, v] of Object.entries(e.params)) walk(v, (n) => ({ ...e, params: { ...e.params, [p]: n } }));
  for (const [name, c] of Object.entries(e.changes ?? {})) {
    const put = (nc: Change): TraceEvent => ({ ...e, changes: { ...e.changes, [name]: nc } });
    if (c.kind === "value") walk(c.value, (n) => put({ kind: "value", value: n }));
    else if (c.kind === "add") c.elems.forEach((el, i) => walk(el, (n) => put({ kind: "add", elems: c.elems.map((y, j) => (j === i ? n : y)) })));
    else c.entries.forEach(([k, y], i) => walk(y, (n) => put({ kind: "update", entries: c.entries.map((en, j) => (j === i ? ([k, n] as const) : en)) })));
  }
  return out;
}

function mutate(t: Recorded, m: Mutation, names: readonly string[], actions: readonly string[]): Recorded {
  const events = [...t.events];
  const i = m.event % events.length;
  const e = events[i]!;
  if (m.kind === "value") {
    const s = e.full === true ? fullSlots(e) : slots(e);
    if (s.length === 0) return t;
    events[i] = s[m.slot % s.length]!((v) => replacement(v, m.pick, names));
  } else if (m.kind === "omit") {
    const vars = Object.keys(e.changes ?? {});
    if (vars.length === 0) return t;
    const { [vars[m.slot % vars.length]!]: _left, ...rest } = e.changes!;
    events[i] = { ...e, changes: rest };
  } else if (m.kind === "rename") {
    const others = actions.filter((a) => a !== e.action);
    events[i] = { ...e, action: others[m.pick % others.length]! };
  } else if (m.kind === "drop") events.splice(i, 1);
  else {
    const j = m.other % events.length;
    [events[i], events[j]] = [events[j]!, events[i]!];
  }
  return { header: t.header, events: events.map((e, k) => ({ ...e, seq: k + 1, clock: k + 1 })) };
}

function modelNames(t: Recorded): string[] {
  const names = new Set<string>();
  const visit = (v: TValue): void => {
    if (typeof v !== "object") return;
    if (v.kind === "model") names.add(v.name);
    else if (v.kind === "set" || v.kind === "seq") v.elems.forEach(visit);
    else if (v.kind === "record") Object.values(v.fields).forEach(visit);
    else v.entries.forEach(([k, x]) => (visit(k), visit(x)));
  };
  Object.values(t.header.constants).forEach(visit);
  return [...names].sort();
}

/** Full-state events: a value changed anywhere in the state, the state of another step, and so on. */
function fullSlots(e: TraceEvent): ((x: (v: TValue) => TValue) => TraceEvent)[] {
  const asChanges: TraceEvent = { ...e, changes: Object.fromEntries(Object.entries(e.state ?? {}).map(([k, v]) => [k, { kind: "value", value: v } as Change])) };
  return slots(asChanges).map((put) => (x) => {
    const m = put(x);
    return { ...e, params: m.params, state: Object.fromEntries(Object.entries(m.changes ?? {}).map(([k, c]) => [k, (c as { value: TValue }).value])) };
  });
}

describe.each([
  ["paxos", false],
  ["register", false],
  ["paxos", true],
  ["register", true],
] as const)("%s (full state: %s): one mutated event", (protocol, full) => {
  it("is rejected exactly when it is not a behaviour of the spec, at the step where it stops being one", () => {
    const seen = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), mutation, (seed, m) => {
        const original = simulated(protocol, seed, { steps: 25, ...(full ? { fullStateEvery: 1 } : {}) });
        fc.pre(original.events.length > 1);
        const trace = mutate(original, m, modelNames(original), ACTIONS[protocol]);
        const truth = oracle(trace, root(trace.header.spec.path));
        const verdict = checkEvents(trace, session);
        seen[truth.behaviour ? "accepted" : "rejected"]++;
        if (truth.behaviour) expect(verdict.kind, JSON.stringify(verdict).slice(0, 500)).toBe("accepted");
        else {
          expect(verdict.kind, `the oracle rejects at step ${truth.step}`).toBe("rejected");
          if (verdict.kind === "rejected") expect(verdict.event.step).toBe(truth.step);
        }
      }),
      { numRuns: full ? 100 : 150 },
    );
    // Both outcomes occur, so the property says something either way.
    expect(seen.accepted).toBeGreaterThan(5);
    expect(seen.rejected).toBeGreaterThan(5);
  });
});
