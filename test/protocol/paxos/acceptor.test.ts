import { describe, expect, it } from "vitest";
import { acceptorReceive, initialAcceptor, restartAcceptor } from "../../../src/protocol/paxos/acceptor.ts";
import { paxosSetup } from "./setup.ts";

const setup = paxosSetup();

describe("Paxos acceptor", () => {
  it("promises a higher ballot, tells every proposer what it accepted, and emits Phase1b", () => {
    const s = { ...initialAcceptor("a1"), maxBal: 0, maxVBal: 0, maxVal: "v1" };
    const step = acceptorReceive(s, { type: "1a", bal: 2 }, setup);
    expect(step.state).toEqual({ id: "a1", maxBal: 2, maxVBal: 0, maxVal: "v1" });
    const reply = { type: "1b", acc: "a1", bal: 2, mbal: 0, mval: "v1" };
    expect(step.send).toEqual([
      { to: "p1", msg: reply },
      { to: "p2", msg: reply },
    ]);
    expect(step.events).toEqual([{ action: "Phase1b", a: "a1", b: 2, sent: reply, acceptor: step.state }]);
  });

  it("ignores a stale or duplicate 1a without an event (Phase1b needs b > maxBal[a])", () => {
    const s = { ...initialAcceptor("a1"), maxBal: 2 };
    for (const bal of [1, 2]) {
      const step = acceptorReceive(s, { type: "1a", bal }, setup);
      expect(step).toEqual({ state: s, send: [], events: [] });
    }
  });

  it("accepts a 2a at or above its promise and tells the learners", () => {
    const s = { ...initialAcceptor("a2"), maxBal: 1 };
    const step = acceptorReceive(s, { type: "2a", bal: 1, val: "v2" }, setup);
    expect(step.state).toEqual({ id: "a2", maxBal: 1, maxVBal: 1, maxVal: "v2" });
    expect(step.send).toEqual([{ to: "l1", msg: { type: "2b", acc: "a2", bal: 1, val: "v2" } }]);
    expect(step.events.map((e) => e.action)).toEqual(["Phase2b"]);
    // A duplicate 2a is accepted again: the spec's Phase2b step that changes nothing.
    const again = acceptorReceive(step.state, { type: "2a", bal: 1, val: "v2" }, setup);
    expect(again.state).toEqual(step.state);
    expect(again.events.map((e) => e.action)).toEqual(["Phase2b"]);
  });

  it("refuses a 2a below its promise", () => {
    const s = { ...initialAcceptor("a1"), maxBal: 3 };
    expect(acceptorReceive(s, { type: "2a", bal: 2, val: "v1" }, setup)).toEqual({ state: s, send: [], events: [] });
  });

  it("keeps promise and vote across a restart (durable)", () => {
    const s = { id: "a1", maxBal: 3, maxVBal: 2, maxVal: "v1" };
    expect(restartAcceptor(s, setup)).toEqual(s);
  });

  it("ignores 1b and 2b messages", () => {
    const s = initialAcceptor("a1");
    expect(acceptorReceive(s, { type: "1b", acc: "a2", bal: 0, mbal: -1, mval: null }, setup).events).toEqual([]);
    expect(acceptorReceive(s, { type: "2b", acc: "a2", bal: 0, val: "v1" }, setup).events).toEqual([]);
  });

  it("mutants: accepts below its promise; forgets its promise on restart", () => {
    const below = paxosSetup({ mutants: ["acceptor-accepts-below-promise"] });
    const s = { ...initialAcceptor("a1"), maxBal: 3 };
    expect(acceptorReceive(s, { type: "2a", bal: 2, val: "v1" }, below).events.map((e) => e.action)).toEqual(["Phase2b"]);
    const forgets = paxosSetup({ mutants: ["acceptor-forgets-promise"] });
    expect(restartAcceptor({ id: "a1", maxBal: 3, maxVBal: 1, maxVal: "v1" }, forgets).maxBal).toBe(1);
  });
});
