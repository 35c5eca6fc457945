import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { problem } from "../diagnostics/problem.ts";
import { Session, type CheckOptions } from "./session.ts";
import { validateFile, type FileFlags } from "./validate-file.ts";
import type { FileReport } from "./verdict.ts";
import type { FromWorker, ToWorker } from "./worker-protocol.ts";

/**
 * Many traces in one run. On one core (or for a few files) they are checked in this thread with
 * one session; otherwise by a pool of worker threads, each with its own session (so each worker
 * compiles a spec once), the files handed out one at a time to whichever worker is free. Reports
 * come back in the order the files were given, whatever order they finish in.
 */
export interface BatchOptions {
  readonly flags: Pick<FileFlags, "spec" | "config">;
  readonly check: CheckOptions;
  /** Worker threads; 0 picks (see workerCount); 1 checks in this thread. */
  readonly workers: number;
  readonly onProgress?: (p: BatchProgress) => void;
}

export interface BatchProgress {
  readonly done: number;
  readonly total: number;
  readonly events: number;
  readonly failed: number;
}

export interface BatchReport {
  readonly reports: readonly FileReport[];
  readonly seconds: number;
  /** Worker threads used (1: checked in the main thread). */
  readonly workers: number;
}

/**
 * Worker threads for a batch. Asked for none in particular, it uses one per core only when the
 * traces are big enough to repay starting them (each worker loads the TypeScript sources and
 * compiles the spec, about a second; this thread checks some tens of megabytes a second).
 */
const WORTH_A_WORKER = 32 * 2 ** 20;

export function workerCount(requested: number, files: readonly string[]): number {
  const n = requested > 0 ? requested : totalSize(files) < WORTH_A_WORKER ? 1 : availableParallelism();
  return Math.max(1, Math.min(n, files.length));
}

function totalSize(files: readonly string[]): number {
  let total = 0;
  for (const f of files) {
    try {
      total += statSync(f).size;
    } catch {
      // A missing file is reported by its check.
    }
    if (total >= WORTH_A_WORKER) break;
  }
  return total;
}

export async function validateBatch(files: readonly string[], opts: BatchOptions): Promise<BatchReport> {
  const started = performance.now();
  const workers = workerCount(opts.workers, files);
  const reports = workers === 1 ? await inThread(files, opts) : await inWorkers(files, opts, workers);
  return { reports, seconds: (performance.now() - started) / 1000, workers };
}

async function inThread(files: readonly string[], opts: BatchOptions): Promise<FileReport[]> {
  const session = new Session(opts.check);
  const reports: FileReport[] = [];
  let events = 0;
  let failed = 0;
  for (const file of files) {
    const report = await validateFile(file, session, { ...opts.flags, onProgress: (n) => opts.onProgress?.({ done: reports.length, total: files.length, events: events + n, failed }) });
    reports.push(report);
    events += report.events;
    if (report.verdict.kind !== "accepted") failed++;
    opts.onProgress?.({ done: reports.length, total: files.length, events, failed });
  }
  return reports;
}

function inWorkers(files: readonly string[], opts: BatchOptions, count: number): Promise<FileReport[]> {
  return new Promise((resolve) => {
    const reports: (FileReport | undefined)[] = new Array(files.length);
    let next = 0;
    let done = 0;
    let doneEvents = 0;
    let failed = 0;
    const inflight = new Map<Worker, { id: number; events: number }>();
    const pool: Worker[] = [];
    let alive = count;

    const progress = () => {
      let events = doneEvents;
      for (const f of inflight.values()) events += f.events;
      opts.onProgress?.({ done, total: files.length, events, failed });
    };
    const finish = (id: number, report: FileReport) => {
      reports[id] = report;
      done++;
      doneEvents += report.events;
      if (report.verdict.kind !== "accepted") failed++;
      progress();
      if (done === files.length) {
        for (const w of pool) void w.terminate();
        resolve(reports as FileReport[]);
      }
    };
    const feed = (w: Worker) => {
      if (next >= files.length) {
        inflight.delete(w);
        w.postMessage({ kind: "stop" } satisfies ToWorker);
        return;
      }
      const id = next++;
      inflight.set(w, { id, events: 0 });
      w.postMessage({ kind: "file", id, file: files[id]! } satisfies ToWorker);
    };
    const crashed = (w: Worker, message: string) => {
      const f = inflight.get(w);
      inflight.delete(w);
      if (f !== undefined) finish(f.id, internalError(files[f.id]!, message));
    };

    for (let i = 0; i < count; i++) {
      const w = new Worker(new URL("./worker-entry.mjs", import.meta.url), { workerData: { flags: opts.flags, check: opts.check } });
      pool.push(w);
      w.on("message", (msg: FromWorker) => {
        switch (msg.kind) {
          case "ready":
            return;
          case "progress": {
            const f = inflight.get(w);
            if (f !== undefined) f.events += msg.events;
            progress();
            return;
          }
          case "done":
            inflight.delete(w);
            finish(msg.id, msg.report);
            feed(w);
            return;
          case "failed":
            inflight.delete(w);
            finish(msg.id, internalError(files[msg.id]!, msg.message));
            feed(w);
            return;
        }
      });
      // A worker that dies takes only its current file with it; the others carry on.
      w.on("error", (err) => crashed(w, err.stack ?? err.message));
      w.on("exit", (code) => {
        if (inflight.has(w)) crashed(w, `worker exited with code ${code}`);
        alive--;
        // No worker left to take the files not handed out yet.
        if (alive === 0) while (next < files.length) finish(next, internalError(files[next++]!, "every worker thread stopped"));
      });
      feed(w);
    }
  });
}

function internalError(file: string, message: string): FileReport {
  return {
    file,
    format: file.endsWith(".itf.json") ? "itf" : file.endsWith(".json") ? "tlc-dump" : "ndjson",
    spec: null,
    config: null,
    verdict: { kind: "error", problem: problem("internal", `checking ${file} failed: ${message.split("\n")[0]}`, undefined, message.split("\n").slice(1, 6)), event: null },
    events: 0,
    seconds: 0,
    notes: [],
  };
}
