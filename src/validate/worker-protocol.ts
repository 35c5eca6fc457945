import type { FileReport } from "./verdict.ts";

/** Messages between the batch runner (./batch.ts) and its workers (./worker.ts). */
export type ToWorker = { readonly kind: "file"; readonly id: number; readonly file: string } | { readonly kind: "stop" };

export type FromWorker =
  | { readonly kind: "ready" }
  /** Events checked since the last progress message. */
  | { readonly kind: "progress"; readonly events: number }
  | { readonly kind: "done"; readonly id: number; readonly report: FileReport }
  /** A bug in the checker (never bad input, which is a report): the file gets an internal error. */
  | { readonly kind: "failed"; readonly id: number; readonly message: string };
