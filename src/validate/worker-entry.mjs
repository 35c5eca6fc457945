// A batch worker thread: registers tsx (as bin/harness.mjs does) so that the TypeScript
// worker runs without a build step, then hands over to it.
import { register } from "tsx/esm/api";
register();
await import("./worker.ts");
