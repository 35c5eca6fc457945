import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/run-cli.ts";

/**
 * docs/spec-actions.md is the contract the implementation codes against: its action tables
 * name each action with its parameters. Every one must be defined in the spec with exactly
 * those parameter names, so that trace events naming them replay; and every action of the
 * spec's Next must be in the contract.
 */
const doc = readFileSync(join(repoRoot, "docs", "spec-actions.md"), "utf8");

/** The `| \`Action(p, q)\` |` rows of the action table in the section about `spec/<module>.tla`. */
function contractActions(module: string): string[] {
  const start = doc.indexOf(`(\`spec/${module}.tla\`)`);
  expect(start, `docs/spec-actions.md has a section on spec/${module}.tla`).toBeGreaterThan(-1);
  const next = doc.indexOf("\n## ", start);
  const section = doc.slice(start, next === -1 ? undefined : next);
  const table = section.slice(section.indexOf("### Actions"));
  return [...table.matchAll(/^\| `([A-Za-z0-9]+(?:\([^)]*\))?)` \|/gm)].map((m) => m[1]!.replace(/\s+/g, ""));
}

/** The operators Next is a disjunction of, with the parameter names of their definitions. */
function specActions(module: string): string[] {
  const text = readFileSync(join(repoRoot, "spec", `${module}.tla`), "utf8");
  const next = /^Next ==\n((?:    .*\n)+)/m.exec(text);
  expect(next, `${module}.tla defines Next`).not.toBeNull();
  const called = [...next![1]!.matchAll(/: ([A-Za-z0-9]+)\(/g)].map((m) => m[1]!);
  return called.map((name) => {
    const def = new RegExp(`^${name}(\\([^)]*\\))? ==`, "m").exec(text);
    expect(def, `${module}.tla defines ${name}`).not.toBeNull();
    return `${name}${(def![1] ?? "").replace(/\s+/g, "")}`;
  });
}

describe("docs/spec-actions.md matches the specs", () => {
  for (const module of ["Paxos", "QuorumRegister"]) {
    it(`${module}: the same actions with the same parameter names`, () => {
      expect(contractActions(module).sort()).toEqual(specActions(module).sort());
    });
  }
});
