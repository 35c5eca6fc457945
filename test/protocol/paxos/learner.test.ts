import { describe, expect, it } from "vitest";
import { initialLearner, learnerReceive, restartLearner, type LearnerState } from "../../../src/protocol/paxos/learner.ts";
import type { Msg2b } from "../../../src/protocol/paxos/messages.ts";
import type { PaxosSetup } from "../../../src/protocol/paxos/config.ts";
import { paxosSetup } from "./setup.ts";

const setup = paxosSetup();
const vote = (acc: string, bal: number, val: string): Msg2b => ({ type: "2b", acc, bal, val });

function feed(votes: Msg2b[], s: PaxosSetup = setup): { state: LearnerState; learned: string[] } {
  let state = initialLearner("l1");
  const learned: string[] = [];
  for (const v of votes) {
    const step = learnerReceive(state, v, s);
    state = step.state;
    for (const e of step.events) if (e.action === "Learn") learned.push(`${e.b}:${e.v}:${e.quorum.join("+")}`);
  }
  return { state, learned };
}

describe("Paxos learner", () => {
  it("learns (b, v) once a phase-2 quorum of distinct acceptors voted for it, and only once", () => {
    expect(feed([vote("a1", 0, "v1"), vote("a3", 0, "v1"), vote("a2", 0, "v1")]).learned).toEqual(["0:v1:a1+a3"]);
  });

  it("does not mix votes of different ballots or values", () => {
    expect(feed([vote("a1", 0, "v1"), vote("a2", 1, "v1"), vote("a3", 1, "v2")]).learned).toEqual([]);
  });

  it("does not count a duplicated 2b twice", () => {
    expect(feed([vote("a1", 0, "v1"), vote("a1", 0, "v1")]).learned).toEqual([]);
  });

  it("loses its votes but not what it announced across a restart", () => {
    const { state } = feed([vote("a1", 0, "v1"), vote("a2", 0, "v1")]);
    const after = restartLearner(state);
    expect(after.votes).toEqual([]);
    expect(after.learned).toEqual([{ b: 0, v: "v1" }]);
  });

  it("mutant: counts a duplicated 2b twice", () => {
    const s = paxosSetup({ mutants: ["learner-counts-duplicates"] });
    expect(feed([vote("a1", 0, "v1"), vote("a1", 0, "v1")], s).learned).toEqual(["0:v1:a1"]);
  });
});
