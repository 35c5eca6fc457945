import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Session, validateFile } from "../../src/validate/index.ts";
import { root } from "./helpers.ts";

/**
 * ITF traces from elsewhere (Apalache, Quint) carry no header: their constants come from the
 * .cfg and a step without an action name is any step of Next.
 */
const dir = mkdtempSync(join(tmpdir(), "itf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const session = new Session();

function foreign(edit: (states: Record<string, unknown>[]) => void): string {
  const itf = JSON.parse(readFileSync(root("traces/itf/paxos-clean.itf.json"), "utf8"));
  delete itf["#meta"]["consensus-harness"];
  itf["#meta"].source = "Paxos.tla";
  for (const s of itf.states) s["#meta"] = { index: s["#meta"].index };
  edit(itf.states);
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.itf.json`);
  writeFileSync(file, JSON.stringify(itf));
  return file;
}

describe("foreign ITF traces", () => {
  it("are checked step by step against the whole of Next, with the .cfg's constants", async () => {
    const r = await validateFile(foreign(() => {}), session, { spec: root("spec/MC_Paxos.tla"), config: root("spec/Paxos_majority.cfg") });
    expect(r.verdict).toMatchObject({ kind: "accepted", events: 9 });
  });

  it("are rejected where a state is not a successor of the one before", async () => {
    const file = foreign((states) => {
      states[4]!.chosen = { "#set": ["v2_OF_MODEL"] };
    });
    const r = await validateFile(file, session, { spec: root("spec/MC_Paxos.tla"), config: root("spec/Paxos_majority.cfg") });
    expect(r.verdict).toMatchObject({ kind: "rejected", event: { step: 4, action: "Next" }, reason: { kind: "mismatch" } });
  });

  it("need the constants from somewhere", async () => {
    const r = await validateFile(foreign(() => {}), session, { spec: root("spec/Paxos.tla") });
    expect(r.verdict).toMatchObject({ kind: "error", problem: { code: "config-parse", message: expect.stringContaining("is given neither by the trace header") } });
  });
});
