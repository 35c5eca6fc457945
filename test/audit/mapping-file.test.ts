import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readMappingFile } from "../../src/audit/mapping-file.ts";
import { mappings } from "../../src/audit/mappings.ts";
import { selectMappings } from "../../src/audit/select-mappings.ts";

describe("mapping manifests (harness audit --mapping)", () => {
  const dir = mkdtempSync(join(tmpdir(), "audit-mapping-"));
  afterAll(() => rmSync(dir, { recursive: true }));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it("reads a manifest whose paths are relative to its folder", () => {
    const r = readMappingFile(new URL("./fixtures/clean.audit.json", import.meta.url).pathname);
    expect("mappings" in r && r.mappings[0]).toMatchObject({ name: "ballot", spec: "spec/Ballot.tla", implementation: "clean" });
    expect("root" in r && r.root).toMatch(/test\/audit\/fixtures$/);
  });

  it("names the path of a missing or misspelt field", () => {
    const file = write("m.json", JSON.stringify({ protocols: [{ name: "x", spec: "s.tla", implementation: "src", emission: { actionProperty: "action" } }] }));
    const r = readMappingFile(file);
    expect("problems" in r && r.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/m\.json: at protocols\.0\.emission\.params: /));
    const typo = write("t.json", JSON.stringify({ protocols: [], extra: 1 }));
    const t = readMappingFile(typo);
    expect("problems" in t && t.problems.map((p) => p.message).join("\n")).toMatch(/at protocols: must list at least one protocol[\s\S]*at top level: Unrecognized key: "extra"/);
  });

  it("rejects text that is not JSON, and a file that is not there", () => {
    const r = readMappingFile(write("bad.json", "{ protocols: "));
    expect("problems" in r && r.problems[0]).toMatchObject({ code: "usage", message: expect.stringMatching(/bad\.json is not JSON/) });
    const m = readMappingFile(join(dir, "absent.json"));
    expect("problems" in m && m.problems[0]).toMatchObject({ code: "io", message: expect.stringMatching(/cannot read mapping file .*absent\.json: ENOENT/) });
  });
});

describe("choosing which protocols to audit (--spec)", () => {
  const root = "/repo";

  it("takes every mapping by default, or the ones whose spec is named", () => {
    expect(selectMappings(mappings, [], root, root)).toEqual({ mappings });
    const one = selectMappings(mappings, ["spec/QuorumRegister.tla"], root, root);
    expect("mappings" in one && one.mappings.map((m) => m.name)).toEqual(["register"]);
    const fromSpecDir = selectMappings(mappings, ["Paxos.tla"], root, "/repo/spec");
    expect("mappings" in fromSpecDir && fromSpecDir.mappings.map((m) => m.name)).toEqual(["paxos"]);
  });

  it("refuses a spec no mapping covers, listing those that are mapped", () => {
    const r = selectMappings(mappings, ["spec/Consensus.tla"], root, root);
    expect("problems" in r && r.problems[0]).toMatchObject({ code: "usage", message: expect.stringMatching(/^no protocol mapping covers spec\/Consensus\.tla; mapped specs: spec\/Paxos\.tla, spec\/QuorumRegister\.tla/) });
  });
});
