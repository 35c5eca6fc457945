import type { Trace } from "../../src/trace/reader.ts";
import { applyEvent, type TraceState } from "../../src/trace/state.ts";
import { applyFunction, showValue, tFcn, tRecord, tSet, valuesEqual, type TFcn, type TRecord, type TSet, type TValue } from "../../src/trace/value.ts";

/**
 * A test-only transcription of spec/Paxos.tla and spec/QuorumRegister.tla over trace values,
 * used while the real trace checker (issue 5, on the TLA+ engine) is not there: it replays a
 * trace, checking each event's action is enabled with its parameters and that the reported
 * variables equal the spec's successor, and checks Agreement / NoStaleRead. It lets the
 * simulator's tests assert "this trace is a behaviour of the spec" and the invalid traces'
 * README claims "rejected at step i". When the trace checker lands, these tests should use it.
 */
export type OracleVerdict =
  | { readonly ok: true; readonly steps: number }
  | { readonly ok: false; readonly step: number; readonly kind: "unknown-action" | "not-enabled" | "mismatch" | "invariant"; readonly reason: string };

type State = Record<string, TValue>;

const set = (v: TValue | undefined): readonly TValue[] => (v as TSet).elems;
const has = (s: TValue | undefined, x: TValue) => set(s).some((e) => valuesEqual(e, x));
const field = (r: TValue, f: string): TValue => (r as TRecord).fields[f]!;
const at = (f: TValue, k: TValue): TValue => applyFunction(f, k)!;
const except = (f: TValue, k: TValue, v: TValue): TValue => tFcn([...(f as TFcn).entries.map(([x, y]) => [x, valuesEqual(x, k) ? v : y] as const)]);
const addTo = (s: TValue, x: TValue) => tSet([...set(s), x]);

class Refused extends Error {}
function need(cond: boolean, why: string): void {
  if (!cond) throw new Refused(why);
}

/** One successor, or several when the action leaves a choice the trace resolves. */
type Action = (s: State, p: Record<string, TValue>, k: Record<string, TValue>) => State | State[];

const paxos: Record<string, Action> = {
  Phase1a: (s, p) => ({ ...s, msgs: addTo(s.msgs!, tRecord({ type: "1a", bal: p.b! })) }),
  Phase1b: (s, { a, b }) => {
    need(has(s.msgs, tRecord({ type: "1a", bal: b! })), `no 1a for ballot ${showValue(b!)} was sent`);
    need((b as number) > (at(s.maxBal!, a!) as number), `b = ${showValue(b!)} is not > maxBal[${showValue(a!)}] = ${showValue(at(s.maxBal!, a!))}`);
    const m = tRecord({ type: "1b", acc: a!, bal: b!, mbal: at(s.maxVBal!, a!), mval: at(s.maxVal!, a!) });
    return { ...s, maxBal: except(s.maxBal!, a!, b!), msgs: addTo(s.msgs!, m) };
  },
  Phase2a: (s, { b, v }, k) => {
    need(!set(s.msgs).some((m) => field(m, "type") === "2a" && field(m, "bal") === b), `a 2a for ballot ${showValue(b!)} was already sent`);
    const ok = set(k.Phase1Quorums).some((Q) => {
      const P = set(s.msgs).filter((m) => field(m, "type") === "1b" && field(m, "bal") === b && has(Q, field(m, "acc")));
      if (!set(Q).every((a) => P.some((m) => valuesEqual(field(m, "acc"), a)))) return false;
      const voted = P.filter((m) => (field(m, "mbal") as number) >= 0);
      return voted.length === 0 || voted.some((m) => valuesEqual(field(m, "mval"), v!) && voted.every((n) => (field(m, "mbal") as number) >= (field(n, "mbal") as number)));
    });
    need(ok, `no phase-1 quorum of 1b messages for ballot ${showValue(b!)} allows value ${showValue(v!)}`);
    return { ...s, msgs: addTo(s.msgs!, tRecord({ type: "2a", bal: b!, val: v! })) };
  },
  Phase2b: (s, { a, b, v }) => {
    need(has(s.msgs, tRecord({ type: "2a", bal: b!, val: v! })), `no 2a (${showValue(b!)}, ${showValue(v!)}) was sent`);
    need((b as number) >= (at(s.maxBal!, a!) as number), `b = ${showValue(b!)} is below maxBal[${showValue(a!)}] = ${showValue(at(s.maxBal!, a!))}`);
    return {
      ...s,
      maxBal: except(s.maxBal!, a!, b!),
      maxVBal: except(s.maxVBal!, a!, b!),
      maxVal: except(s.maxVal!, a!, v!),
      msgs: addTo(s.msgs!, tRecord({ type: "2b", acc: a!, bal: b!, val: v! })),
    };
  },
  Learn: (s, { b, v }, k) => {
    const ok = set(k.Phase2Quorums).some((Q) => set(Q).every((a) => has(s.msgs, tRecord({ type: "2b", acc: a, bal: b!, val: v! }))));
    need(ok, `no phase-2 quorum sent 2b (${showValue(b!)}, ${showValue(v!)})`);
    return { ...s, chosen: addTo(s.chosen!, v!) };
  },
};

const ZERO = tRecord({ num: 0, writer: 0 });
const less = (s: TValue, t: TValue) => (field(s, "num") as number) < (field(t, "num") as number) || (field(s, "num") === field(t, "num") && (field(s, "writer") as number) < (field(t, "writer") as number));
const max = (s: TValue, t: TValue) => (less(s, t) ? t : s);

function begin(kind: "write" | "read"): Action {
  const counter = kind === "write" ? "writes" : "reads";
  const limit = kind === "write" ? "MaxWrites" : "MaxReads";
  return (s, p, k) => {
    const c = p.c!;
    const op = at(s.op!, c);
    need(field(op, "phase") === "done", `client ${showValue(c)} is in phase ${showValue(field(op, "phase"))}`);
    need((field(s.begun!, counter) as number) < (k[limit] as number), `${limit} operations have begun`);
    const seq = (field(op, "seq") as number) + 1;
    return {
      ...s,
      op: except(s.op!, c, tRecord({ seq, kind, phase: "query", ts: ZERO, val: kind === "write" ? p.v! : k.None! })),
      begun: tRecord({ ...(s.begun as TRecord).fields, [counter]: (field(s.begun!, counter) as number) + 1 }),
      floor: except(s.floor!, c, tRecord({ w: s.lastWrite!, r: s.lastRead! })),
    };
  };
}

const register: Record<string, Action> = {
  BeginWrite: begin("write"),
  BeginRead: begin("read"),
  ReplyQuery: (s, { r, c, k }) => {
    const op = at(s.op!, c!);
    need((k as number) >= 1 && (k as number) <= (field(op, "seq") as number), `client ${showValue(c!)} has no operation ${showValue(k!)} yet`);
    if (k !== field(op, "seq") || field(op, "phase") !== "query") return s;
    const copy = at(s.store!, r!);
    return { ...s, replies: except(s.replies!, c!, addTo(at(s.replies!, c!), tRecord({ replica: r!, ts: field(copy, "ts"), val: field(copy, "val") }))) };
  },
  EndQuery: (s, { c, Q }, k) => {
    const op = at(s.op!, c!);
    need(field(op, "phase") === "query", `client ${showValue(c!)} is not in its query phase`);
    need(has(k.ReadQuorums, Q!), `${showValue(Q!)} is not a read quorum`);
    const replies = set(at(s.replies!, c!));
    need(set(Q).every((r) => replies.some((m) => valuesEqual(field(m, "replica"), r))), `not every replica of ${showValue(Q!)} answered`);
    // The spec lets any answer be the freshest used if every other replica of Q gave one not
    // fresher; the successors differ only in ts/val, so return every candidate and let the
    // caller keep the one the trace reports.
    const candidates = replies.filter((b) => has(Q, field(b, "replica")) && set(Q).every((r) => valuesEqual(r, field(b, "replica")) || replies.some((m) => valuesEqual(field(m, "replica"), r) && !less(field(b, "ts"), field(m, "ts")))));
    const f = (op as TRecord).fields;
    const seq = field(op, "seq");
    return candidates.map((best) => {
      const ts = f.kind === "write" ? tRecord({ num: (field(field(best, "ts"), "num") as number) + 1, writer: c! }) : field(best, "ts");
      const v = f.kind === "write" ? f.val! : field(best, "val");
      const base = { ...s, replies: except(s.replies!, c!, tSet([])) };
      if (f.kind === "read" && k.WriteBack !== true) return { ...base, op: except(s.op!, c!, tRecord({ ...f, phase: "done", ts, val: v })), lastRead: max(s.lastRead!, ts) };
      return { ...base, op: except(s.op!, c!, tRecord({ ...f, phase: "store", ts, val: v })), storeMsgs: addTo(s.storeMsgs!, tRecord({ client: c!, op: seq, ts, val: v })) };
    });
  },
  ReplyStore: (s, { r, c, k }) => {
    const m = set(s.storeMsgs).find((x) => field(x, "client") === c && field(x, "op") === k);
    need(m !== undefined, `no store of (${showValue(c!)}, ${showValue(k!)}) was sent`);
    const copy = at(s.store!, r!);
    const store = less(field(copy, "ts"), field(m!, "ts")) ? except(s.store!, r!, tRecord({ ts: field(m!, "ts"), val: field(m!, "val") })) : s.store!;
    const op = at(s.op!, c!);
    const acks = k === field(op, "seq") && field(op, "phase") === "store" ? except(s.acks!, c!, addTo(at(s.acks!, c!), r!)) : s.acks!;
    return { ...s, store, acks };
  },
  EndStore: (s, { c, Q }, k) => {
    const op = at(s.op!, c!);
    need(field(op, "phase") === "store", `client ${showValue(c!)} is not in its store phase`);
    need(has(k.WriteQuorums, Q!), `${showValue(Q!)} is not a write quorum`);
    need(set(Q).every((r) => has(at(s.acks!, c!), r)), `not every replica of ${showValue(Q!)} acknowledged`);
    const f = (op as TRecord).fields;
    const next = { ...s, op: except(s.op!, c!, tRecord({ ...f, phase: "done" })), acks: except(s.acks!, c!, tSet([])) };
    return f.kind === "write" ? { ...next, lastWrite: max(s.lastWrite!, f.ts!) } : { ...next, lastRead: max(s.lastRead!, f.ts!) };
  },
};

function paxosInvariant(s: State): string | undefined {
  return set(s.chosen).length > 1 ? `Agreement violated: chosen = ${showValue(s.chosen!)}` : undefined;
}

function registerInvariant(s: State): string | undefined {
  for (const [c, op] of (s.op as TFcn).entries) {
    if (field(op, "kind") !== "read" || field(op, "phase") !== "done") continue;
    const fl = at(s.floor!, c);
    if (less(field(op, "ts"), field(fl, "w"))) return `NoStaleRead violated: client ${showValue(c)} read ${showValue(field(op, "ts"))}, older than a completed write ${showValue(field(fl, "w"))}`;
    if (less(field(op, "ts"), field(fl, "r"))) return `NoStaleRead violated: client ${showValue(c)} read ${showValue(field(op, "ts"))}, older than a completed read ${showValue(field(fl, "r"))}`;
  }
  return undefined;
}

/** Sets differ by a few elements; say which instead of printing both. */
function difference(reported: TValue, spec: TValue): string {
  if (typeof reported === "object" && reported.kind === "set" && typeof spec === "object" && spec.kind === "set") {
    const extra = reported.elems.filter((x) => !has(spec, x)).map(showValue);
    const missing = spec.elems.filter((x) => !has(reported, x)).map(showValue);
    return [extra.length ? `reported but not in the spec's successor: ${extra.join(", ")}` : "", missing.length ? `missing from the report: ${missing.join(", ")}` : ""].filter(Boolean).join("; ");
  }
  return `reported ${showValue(reported)}, spec gives ${showValue(spec)}`;
}

export function checkWithOracle(trace: Trace): OracleVerdict {
  const { header } = trace;
  const k = header.constants;
  const isPaxos = header.spec.module === "Paxos";
  const actions = isPaxos ? paxos : register;
  let state: State = { ...header.init! };
  if (!isPaxos) {
    const perClient = (v: TValue) => tFcn(set(k.Clients).map((c) => [c, v] as const));
    state = { ...state, replies: perClient(tSet([])), acks: perClient(tSet([])), begun: tRecord({ writes: 0, reads: 0 }), lastWrite: ZERO, lastRead: ZERO, floor: perClient(tRecord({ w: ZERO, r: ZERO })) };
  }
  for (const e of trace.events) {
    const action = actions[e.action];
    if (!action) return { ok: false, step: e.seq, kind: "unknown-action", reason: `the spec has no action ${e.action}` };
    let successors: State[];
    try {
      const r = action(state, e.params, k);
      successors = Array.isArray(r) ? r : [r];
    } catch (err) {
      if (err instanceof Refused) return { ok: false, step: e.seq, kind: "not-enabled", reason: err.message };
      throw err;
    }
    if (successors.length === 0) return { ok: false, step: e.seq, kind: "not-enabled", reason: "no successor" };
    const reported = applyEvent(Object.fromEntries(header.variables.map((v) => [v, state[v]!])) as TraceState, e);
    if (!reported.ok) return { ok: false, step: e.seq, kind: "mismatch", reason: reported.message };
    const agrees = (n: State) => header.variables.every((v) => valuesEqual(reported.state[v]!, n[v]!));
    const next = successors.find(agrees);
    if (!next) {
      const first = successors[0]!;
      const v = header.variables.find((x) => !valuesEqual(reported.state[x]!, first[x]!))!;
      return { ok: false, step: e.seq, kind: "mismatch", reason: `${v}: ${difference(reported.state[v]!, first[v]!)}` };
    }
    state = next;
    const bad = isPaxos ? paxosInvariant(state) : registerInvariant(state);
    if (bad) return { ok: false, step: e.seq, kind: "invariant", reason: bad };
  }
  return { ok: true, steps: trace.events.length };
}
