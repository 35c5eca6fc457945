import { parentPort, workerData } from "node:worker_threads";
import { Session, type CheckOptions } from "./session.ts";
import { validateFile, type FileFlags } from "./validate-file.ts";
import type { FromWorker, ToWorker } from "./worker-protocol.ts";

/**
 * One batch worker: its own session (each worker parses and compiles a spec once), checking the
 * files the main thread sends, one at a time, and posting back each report and progress counts.
 */
const { flags, check } = workerData as { flags: Pick<FileFlags, "spec" | "config">; check: CheckOptions };
const session = new Session(check);
const port = parentPort!;

port.on("message", (msg: ToWorker) => {
  if (msg.kind === "stop") {
    port.close();
    return;
  }
  let reported = 0;
  const onProgress = (events: number) => {
    port.postMessage({ kind: "progress", events: events - reported } satisfies FromWorker);
    reported = events;
  };
  validateFile(msg.file, session, { ...flags, onProgress }).then(
    (report) => port.postMessage({ kind: "done", id: msg.id, report } satisfies FromWorker),
    (err: unknown) => port.postMessage({ kind: "failed", id: msg.id, message: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies FromWorker),
  );
});
port.postMessage({ kind: "ready" } satisfies FromWorker);
