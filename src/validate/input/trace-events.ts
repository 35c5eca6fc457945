import type { SourceLocation } from "../../diagnostics/location.ts";
import { problem, ProblemError, type Problem } from "../../diagnostics/problem.ts";
import type { Change, TraceEvent } from "../../trace/schema.ts";
import type { TValue } from "../../trace/value.ts";
import type { Value } from "../../tla/values/index.ts";
import type { CheckEvent, Expectation } from "../check-event.ts";
import type { ModelValueTable } from "../model-values.ts";
import { toValue } from "../to-value.ts";

/**
 * The project's trace events (NDJSON, and ITF imported through src/trace/itf.ts) as the step
 * checker's events. A trace reports the variables its header lists: an event's `changes` say how
 * some of them changed and the others stay as they were; a full event gives all of them. The
 * spec's other variables are left to the spec.
 */
export class TraceEventReader {
  private constructor(
    private readonly specVariables: readonly string[],
    /** For each spec variable, its position in the trace's variables, or -1 if the trace does not report it. */
    private readonly position: readonly number[],
    private readonly models: ModelValueTable,
    private readonly file: string,
  ) {}

  /** Checks the header's variables against the spec's; a variable the spec lacks is a located problem. */
  static create(specVariables: readonly string[], traceVariables: readonly string[], models: ModelValueTable, file: string, at: SourceLocation): TraceEventReader | Problem {
    const unknown = traceVariables.filter((v) => !specVariables.includes(v));
    if (unknown.length > 0) {
      return problem("trace-format", `header.variables: ${unknown.join(", ")} ${unknown.length > 1 ? "are not variables" : "is not a variable"} of the spec (its variables: ${specVariables.join(", ")})`, at);
    }
    return new TraceEventReader(
      specVariables,
      specVariables.map((v) => traceVariables.indexOf(v)),
      models,
      file,
    );
  }

  /** The initial state: the reported values given (the header's `init`), or none (every initial state of the spec). */
  initial(init: Readonly<Record<string, TValue>> | undefined, line: number | null): CheckEvent | Problem {
    return this.convert(line, () => ({
      seq: 0,
      file: this.file,
      line,
      node: null,
      action: "Init",
      params: [],
      expect: this.specVariables.map((v, i): Expectation | null => (init !== undefined && this.position[i]! >= 0 && init[v] !== undefined ? { kind: "equals", value: this.value(init[v]!) } : null)),
    }));
  }

  event(e: TraceEvent, line: number | null): CheckEvent | Problem {
    // The file reader checks this too; events handed over directly (createStepChecker) are checked here.
    for (const v of Object.keys(e.changes ?? {})) {
      const i = this.specVariables.indexOf(v);
      if (i < 0 || this.position[i]! < 0) return problem("trace-format", `event.changes.${v}: not a variable of this trace (the header lists ${this.reportedNames().join(", ")})`, { file: this.file, line: line ?? 1, column: 1 });
    }
    if (e.full === true) {
      const missing = this.reportedNames().filter((v) => e.state?.[v] === undefined);
      if (missing.length > 0) return problem("trace-format", `event.state: must give every variable of the trace (missing ${missing.join(", ")})`, { file: this.file, line: line ?? 1, column: 1 });
    }
    return this.convert(line, () => this.make(e, line, this.specVariables.map((v, i) => this.expectation(e, v, i))));
  }

  private make(e: TraceEvent, line: number | null, expect: readonly (Expectation | null)[]): CheckEvent {
    return {
      seq: e.seq,
      file: this.file,
      line,
      node: e.node,
      action: e.action,
      params: Object.entries(e.params).map(([n, v]) => [n, { kind: "value", value: this.value(v) }] as const),
      expect,
    };
  }

  /**
   * An event whose full state was decoded already (./full-state.ts): `state` holds the values of
   * the trace's variables, in the header's order.
   */
  eventWithState(e: TraceEvent, line: number | null, state: readonly Value[]): CheckEvent | Problem {
    return this.convert(line, () => this.make(e, line, this.position.map((p, i): Expectation | null => (p < 0 ? null : this.equals(i, state[p]!)))));
  }

  /** The fast path hands back the same value object for a variable that did not change: so is its expectation. */
  private readonly lastEquals: ({ readonly kind: "equals"; readonly value: Value } | undefined)[] = [];
  private equals(i: number, value: Value): Expectation {
    const last = this.lastEquals[i];
    if (last !== undefined && last.value === value) return last;
    const e = { kind: "equals", value } as const;
    this.lastEquals[i] = e;
    return e;
  }

  private reportedNames(): string[] {
    return this.specVariables.filter((_, i) => this.position[i]! >= 0);
  }

  private expectation(e: TraceEvent, v: string, i: number): Expectation | null {
    if (this.position[i]! < 0) return null;
    if (e.full === true) return { kind: "equals", value: this.value(e.state![v]!) };
    const c = e.changes?.[v];
    return c === undefined ? { kind: "unchanged" } : this.change(c);
  }

  private change(c: Change): Expectation {
    switch (c.kind) {
      case "value":
        return { kind: "equals", value: this.value(c.value) };
      case "update":
        return { kind: "update", entries: c.entries.map(([k, x]) => [this.value(k), this.value(x)] as const) };
      case "add":
        return { kind: "add", elems: c.elems.map((x) => this.value(x)) };
    }
  }

  private value(t: TValue): Value {
    return toValue(t, this.models);
  }

  /** A value the engine cannot hold (a function with a key twice after normalisation) is a trace-format problem at the line. */
  private convert(line: number | null, build: () => CheckEvent): CheckEvent | Problem {
    try {
      return build();
    } catch (err) {
      if (err instanceof ProblemError) return problem("trace-format", `a value of this event is not a TLA+ value: ${err.problem.message}`, { file: this.file, line: line ?? 1, column: 1 }, err.problem.details);
      throw err;
    }
  }
}

export function isProblem(x: CheckEvent | Problem | TraceEventReader): x is Problem {
  return "code" in x && "message" in x;
}
