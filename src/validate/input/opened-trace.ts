import type { SourceLocation } from "../../diagnostics/location.ts";
import type { Problem } from "../../diagnostics/problem.ts";
import type { TValue } from "../../trace/value.ts";
import type { CheckEvent } from "../check-event.ts";
import type { TraceModel } from "../trace-model.ts";

/**
 * A trace file opened for checking, whatever its format. The header is read first (it names the
 * spec and constants the model is built from); then, bound to that model, the initial state and
 * the events stream one at a time. A problem in the file ends the stream with a located
 * `trace-format` problem.
 */
export type TraceFormat = "ndjson" | "itf" | "tlc-dump";

export interface TraceHeaderInfo {
  /** The spec as the trace names it (a path relative to the project or the trace), or null. */
  readonly specPath: string | null;
  /** The root module's name, when the trace says it (to find the spec when no path is given). */
  readonly module: string | null;
  readonly configPath: string | null;
  /** The constants the run used; null when the format has none (TLC's -dumpTrace). */
  readonly constants: Readonly<Record<string, TValue>> | null;
  /** Where the header is, for problems about it. */
  readonly location: SourceLocation;
}

export type TraceItem = { readonly kind: "event"; readonly event: CheckEvent } | { readonly kind: "problem"; readonly problem: Problem };

export interface BoundTrace {
  readonly initial: CheckEvent;
  /** The events, in batches (a chunk of the file at a time): one promise per batch, not per event. */
  readonly events: AsyncIterable<readonly TraceItem[]>;
}

export interface OpenedTrace {
  readonly file: string;
  readonly format: TraceFormat;
  readonly header: TraceHeaderInfo;
  bind(model: TraceModel): { readonly ok: true; readonly trace: BoundTrace } | { readonly ok: false; readonly problem: Problem };
  /** Releases the file (a stream stopped early must close it). */
  close(): Promise<void>;
}

export type OpenResult = { readonly ok: true; readonly trace: OpenedTrace } | { readonly ok: false; readonly problem: Problem };
