import { describe, expect, it } from "vitest";
import type { Msg1b } from "../../../src/protocol/paxos/messages.ts";
import { forcedValue, initialProposer, ownedBallots, proposerReceive, restartProposer, startBallot, type ProposerState } from "../../../src/protocol/paxos/proposer.ts";
import { paxosSetup } from "./setup.ts";

const setup = paxosSetup();

function started(id: string, b: number, v: string, s = setup): ProposerState {
  const r = startBallot(initialProposer(id), b, v, s);
  if (!r.ok) throw new Error(r.reason);
  return r.step.state;
}

const promise = (acc: string, bal: number, mbal = -1, mval: string | null = null): Msg1b => ({ type: "1b", acc, bal, mbal, mval });

describe("Paxos proposer", () => {
  it("owns disjoint ballots: proposer i of P gets b mod P = i", () => {
    expect(ownedBallots(setup, "p1")).toEqual([0, 2]);
    expect(ownedBallots(setup, "p2")).toEqual([1, 3]);
  });

  it("starts a ballot: 1a to every acceptor, Phase1a, the ballot recorded as started", () => {
    const r = startBallot(initialProposer("p1"), 2, "v1", setup);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.step.send.map((o) => o.to)).toEqual(["a1", "a2", "a3"]);
    expect(r.step.send[0]!.msg).toEqual({ type: "1a", bal: 2 });
    expect(r.step.events).toEqual([{ action: "Phase1a", b: 2, sent: { type: "1a", bal: 2 } }]);
    expect(r.step.state).toMatchObject({ highestStarted: 2, ballot: 2, phase: "promising", value: "v1" });
  });

  it("refuses ballots it does not own, ballots not above the last one, and unknown values", () => {
    expect(startBallot(initialProposer("p1"), 1, "v1", setup)).toEqual({ ok: false, reason: "ballot 1 is not one of p1's ballots (0, 2)" });
    expect(startBallot(started("p1", 2, "v1"), 0, "v1", setup)).toEqual({ ok: false, reason: "p1 already started ballot 2; ballots only go up" });
    expect(startBallot(initialProposer("p1"), 0, "v9", setup)).toEqual({ ok: false, reason: "v9 is not one of the values v1, v2" });
  });

  it("waits for a phase-1 quorum, then proposes its own value when no promise reports one", () => {
    const one = proposerReceive(started("p1", 0, "v1"), promise("a1", 0), setup);
    expect(one.events).toEqual([]);
    const two = proposerReceive(one.state, promise("a3", 0), setup);
    expect(two.events).toEqual([{ action: "Phase2a", b: 0, v: "v1", quorum: ["a1", "a3"], sent: { type: "2a", bal: 0, val: "v1" } }]);
    expect(two.send.map((o) => o.to)).toEqual(["a1", "a2", "a3"]);
    expect(two.state.phase).toBe("accepting");
    // Late promises change nothing: one 2a per ballot.
    expect(proposerReceive(two.state, promise("a2", 0), setup).events).toEqual([]);
  });

  it("proposes the value accepted in the highest ballot among its quorum's promises", () => {
    let s = started("p2", 3, "v2");
    s = proposerReceive(s, promise("a1", 3, 0, "v1"), setup).state;
    const step = proposerReceive(s, promise("a2", 3, 2, "v2b"), setup);
    expect(step.events[0]).toMatchObject({ action: "Phase2a", b: 3, v: "v2b" });
    expect(forcedValue([promise("a1", 3, 1, "x"), promise("a2", 3, -1), promise("a3", 3, 2, "y")])).toBe("y");
    expect(forcedValue([promise("a1", 3)])).toBeNull();
  });

  it("ignores promises for other ballots and duplicates of a promise", () => {
    const s = started("p1", 2, "v1");
    expect(proposerReceive(s, promise("a1", 0), setup).state).toEqual(s);
    const once = proposerReceive(s, promise("a1", 2), setup).state;
    expect(proposerReceive(once, promise("a1", 2), setup).state).toEqual(once);
  });

  it("remembers only the highest ballot started across a restart", () => {
    const s = restartProposer(started("p1", 2, "v1"));
    expect(s).toEqual({ ...initialProposer("p1"), highestStarted: 2 });
  });

  it("mutants: ignores the reported value; starts phase 2 one promise short; shares ballots", () => {
    const ignores = paxosSetup({ mutants: ["proposer-ignores-accepted-value"] });
    let s = started("p2", 1, "v2", ignores);
    s = proposerReceive(s, promise("a1", 1, 0, "v1"), ignores).state;
    expect(proposerReceive(s, promise("a2", 1), ignores).events[0]).toMatchObject({ v: "v2" });
    const short = paxosSetup({ mutants: ["proposer-quorum-one-short"] });
    expect(proposerReceive(started("p1", 0, "v1", short), promise("a1", 0), short).events[0]).toMatchObject({ action: "Phase2a", quorum: ["a1"] });
    const shared = paxosSetup({ mutants: ["proposers-share-ballots"] });
    expect(ownedBallots(shared, "p1")).toEqual(ownedBallots(shared, "p2"));
  });
});
