import type { SourceLocation } from "../diagnostics/location.ts";
import type { Finding } from "./finding.ts";

/** The audit of one protocol: `--json` prints this object, so its field names are a contract. */
export interface AuditReport {
  readonly protocol: string;
  readonly spec: { readonly module: string; readonly file: string };
  readonly implementation: string;
  readonly ok: boolean;
  readonly findings: readonly Finding[];
  /** Findings the mapping accepts on purpose, with its reason; they do not fail the audit. */
  readonly allowed: readonly { readonly finding: Finding; readonly reason: string }[];
  /** Each spec action, in the order Next lists it, with the code that emits it. */
  readonly actions: readonly ActionRow[];
  /** Spec variables no mapped implementation field stands for: the audit cannot see their changes. */
  readonly unmappedVariables: readonly string[];
  readonly counts: { readonly files: number; readonly emissions: number };
}

export interface ActionRow {
  readonly action: string;
  readonly params: readonly string[];
  readonly location: SourceLocation;
  readonly emitters: readonly Emitter[];
  /** Where the mapping's tracer writes this action's parameters into the trace; null without one. */
  readonly tracer: Emitter | null;
  /** The mapping's reason when the action is environment-only; null otherwise. */
  readonly environment: string | null;
}

export interface Emitter {
  readonly function: string;
  readonly location: SourceLocation;
}
