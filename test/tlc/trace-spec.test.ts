import { describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/check/result.ts";
import { parseModuleText } from "../../src/tla/syntax/parse.ts";
import { generateTraceSpec, type TraceSpecInput, traceVerdict } from "../../src/tlc/trace-spec.ts";

const input: TraceSpecInput = {
  specModule: "Register",
  variables: ["store", "l"],
  constants: ["Replicas = {r1, r2, r3}", "Values <- SmallValues"],
  initial: { store: '[r \\in Replicas |-> "none"]' },
  events: [
    { action: "Write", params: ["r1", '"a"'], changed: { store: '(r1 :> "a" @@ r2 :> "none" @@ r3 :> "none")' } },
    { action: "Sync", params: [], changed: {} },
    { action: "Write", params: ["r2", '"b"'], changed: { store: '(r1 :> "a" @@ r2 :> "b" @@ r3 :> "none")' } },
  ],
};

describe("generateTraceSpec", () => {
  const r = generateTraceSpec(input);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("; "));
  const spec = r.spec;

  it("writes a module the TLA+ parser accepts, with the trace, the counter and the trace spec", () => {
    const parsed = parseModuleText(spec.tla, "TraceRegister.tla");
    if ("problems" in parsed) throw new Error(parsed.problems.map((p) => `${p.location?.line}:${p.location?.column} ${p.message}`).join("\n"));
    const m = parsed.module;
    expect(m.name).toBe("TraceRegister");
    expect(m.extends.map((e) => e.name)).toEqual(["Register", "Naturals", "Sequences", "TLC"]);
    const defs = m.units.filter((u) => u.kind === "operator").map((u) => (u as { name: string }).name);
    expect(defs).toEqual(["Trace", "TraceVars", "ChangedAsLogged", "TraceInit", "TraceNext", "TraceSpec", "TraceConsumed", "TraceIncomplete"]);
    const declared = m.units.filter((u) => u.kind === "variable").map((u) => (u as { name: string }).name);
    // The spec already has a variable `l`, so the counter takes a fresh name.
    expect(spec.counter).toBe("l_");
    expect(declared).toEqual(["l_"]);
  });

  it("maps each event to its action with the logged arguments, and checks the logged values", () => {
    expect(spec.tla).toContain('[action |-> "Write", params |-> <<r1, "a">>, changed |-> ("store" :> (r1 :> "a" @@ r2 :> "none" @@ r3 :> "none"))],');
    expect(spec.tla).toContain('[action |-> "Sync", params |-> <<>>, changed |-> <<>>],');
    expect(spec.tla).toMatch(/\\\/ \/\\ Trace\[l_\]\.action = "Write"\n {10}\/\\ Write\(Trace\[l_\]\.params\[1\], Trace\[l_\]\.params\[2\]\)/);
    expect(spec.tla).toMatch(/\/\\ Trace\[l_\]\.action = "Sync"\n {10}\/\\ Sync\n/);
    expect(spec.tla).toContain(`/\\ IF "store" \\in DOMAIN e.changed THEN store' = e.changed["store"] ELSE TRUE`);
    expect(spec.tla).toContain(`/\\ IF "l" \\in DOMAIN e.changed THEN l' = e.changed["l"] ELSE TRUE`);
    expect(spec.tla).toContain('/\\ store = [r \\in Replicas |-> "none"]');
    expect(spec.tla).toContain("TraceIncomplete == ~TraceConsumed");
    expect(spec.tla).toContain("TraceVars == <<store, l, l_>>");
  });

  it("writes a .cfg with the model's constants, the trace spec and the acceptance invariant", () => {
    expect(spec.cfg.split("\n").filter((l) => !l.startsWith("\\*"))).toEqual([
      "CONSTANTS",
      "    Replicas = {r1, r2, r3}",
      "    Values <- SmallValues",
      "SPECIFICATION TraceSpec",
      "INVARIANT TraceIncomplete",
      "CHECK_DEADLOCK FALSE",
      "",
    ]);
  });

  it("refuses events it cannot map: unknown variables, bad names, an action with two arities", () => {
    const bad = generateTraceSpec({
      ...input,
      events: [
        { action: "Write", params: ["r1"], changed: { nosuch: "1" } },
        { action: "Write", params: ["r1", "2"], changed: {} },
        { action: "Bad Name", params: [], changed: {} },
      ],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems.map((p) => p.message)).toEqual([
        "event 1 (Write) changes 'nosuch', which is not a variable of Register",
        "event 2 (Write) has 2 argument(s), an earlier Write event has 1",
        "event 3: not an action name: 'Bad Name'",
      ]);
      expect(bad.problems.every((p) => p.code === "trace-format")).toBe(true);
    }
  });
});

describe("traceVerdict", () => {
  const result = (over: Partial<CheckResult>): CheckResult => ({
    result: "ok",
    violated: null,
    distinct: 3,
    generated: 3,
    depth: 3,
    trace: [],
    error: null,
    seconds: 0,
    ...over,
  });
  const spec = { acceptanceInvariant: "TraceIncomplete" };

  it("reads a violated TraceIncomplete as an accepted trace, with the witness", () => {
    const witness = [{ action: null, location: null, state: { x: "0" } }];
    expect(traceVerdict(result({ result: "invariant", violated: "TraceIncomplete", trace: witness }), spec, 3)).toEqual({ kind: "accepted", witness });
  });
  it("reads no violation as a rejected trace, and how far it matched", () => {
    expect(traceVerdict(result({ depth: 3 }), spec, 5)).toEqual({ kind: "rejected", matchedEvents: 2, firstUnmatched: 3 });
  });
  it("passes any other outcome on as an error", () => {
    expect(traceVerdict(result({ result: "invariant", violated: "TypeOK" }), spec, 5).kind).toBe("error");
  });
});
