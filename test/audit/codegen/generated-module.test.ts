import { describe, expect, it } from "vitest";
import {
  actionNames,
  actionParamsSchemas,
  ActionSchema,
  VariablesSchema,
  type Action,
  type MatchesSpec,
} from "../fixtures/generated/Ballot.ts";

// The generated file is checked in: `tsc --noEmit` (npm test) compiles it and the lines below.
type ImplementationEvent =
  | { readonly action: "Prepare"; readonly b: number; readonly sent: string }
  | { readonly action: "Promise"; readonly n: string; readonly b: number }
  | { readonly action: "Accept"; readonly n: string; readonly b: number; readonly v: string }
  | { readonly action: "Commit" }
  | { readonly action: "Amnesia"; readonly n: string };
export type Conforming = MatchesSpec<ImplementationEvent>;

// @ts-expect-error a misspelt action is a type error
export type Misspelt = MatchesSpec<{ readonly action: "Promis"; readonly n: string; readonly b: number }>;
// @ts-expect-error a missing parameter is a type error
export type Missing = MatchesSpec<{ readonly action: "Accept"; readonly n: string; readonly b: number }>;
// @ts-expect-error a parameter of the wrong type (a ballot is an integer: ASSUME Ballots \subseteq Nat) is a type error
export type WrongType = MatchesSpec<{ readonly action: "Prepare"; readonly b: string }>;

describe("a generated module (test/audit/fixtures/generated/Ballot.ts)", () => {
  it("lists the spec's actions and validates their parameters at run time", () => {
    expect(actionNames).toEqual(["Prepare", "Promise", "Accept", "Commit", "Amnesia"]);
    expect(actionParamsSchemas.Accept.safeParse({ n: "n1", b: 2, v: "v1" }).success).toBe(true);
    expect(actionParamsSchemas.Accept.safeParse({ n: "n1", b: 2 }).success).toBe(false);
    expect(actionParamsSchemas.Prepare.safeParse({ b: 1.5 }).success).toBe(false);
  });

  it("validates a trace event as an action with its parameters", () => {
    const ok: Action = { action: "Promise", params: { n: "n1", b: 0 } };
    expect(ActionSchema.safeParse(ok).success).toBe(true);
    expect(ActionSchema.safeParse({ action: "Promis", params: { n: "n1", b: 0 } }).success).toBe(false);
  });

  it("validates the spec's variables as typed by TypeOK", () => {
    const state = {
      promised: { n1: -1, n2: 3 },
      accepted: { n1: -1, n2: -1 },
      value: { n1: "None", n2: "v1" },
      msgs: [{ type: "prepare", bal: 3 }, { type: "promise", node: "n2", bal: 3 }],
      committed: false,
    };
    expect(VariablesSchema.safeParse(state).success).toBe(true);
    expect(VariablesSchema.safeParse({ ...state, msgs: [{ type: "prepare" }] }).success).toBe(false);
    expect(VariablesSchema.safeParse({ ...state, committed: "no" }).success).toBe(false);
  });
});
