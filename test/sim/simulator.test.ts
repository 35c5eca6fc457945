import { describe, expect, it } from "vitest";
import type { PaxosMsg } from "../../src/protocol/paxos/messages.ts";
import type { Packet } from "../../src/sim/world.ts";
import { paxosSim } from "./helpers.ts";

const sim = paxosSim();

function started() {
  const r = sim.step(sim.start(), { kind: "command", node: "p1", command: { kind: "propose", ballot: 0, value: "v1" } });
  if (!r.ok) throw new Error(r.reason);
  return r;
}

const firstTo = (packets: readonly Packet<PaxosMsg>[], node: string) => packets.find((p) => p.to === node)!;

describe("simulator step API", () => {
  it("starts with every node up, nothing in flight, clocks at 0", () => {
    const w = sim.start();
    expect(Object.values(w.up).every(Boolean)).toBe(true);
    expect(w.inFlight).toEqual([]);
    expect(sim.protocol.nodes).toEqual(["p1", "p2", "a1", "a2", "a3", "l1"]);
    expect(sim.commands(w).map((c) => c.kind === "command" && `${c.node}:${c.command.ballot}:${c.command.value}`)).toEqual(["p1:0:v1", "p1:0:v2", "p2:1:v1", "p2:1:v2"]);
  });

  it("runs a command: packets out with fresh ids, the event numbered and stamped with the node's clock", () => {
    const r = started();
    expect(r.world.inFlight.map((p) => [p.id, p.from, p.to])).toEqual([
      [1, "p1", "a1"],
      [2, "p1", "a2"],
      [3, "p1", "a3"],
    ]);
    expect(r.records).toEqual([{ seq: 1, node: "p1", clock: 1, event: expect.objectContaining({ action: "Phase1a", b: 0 }) }]);
  });

  it("delivers in any order, advancing Lamport clocks past the sender's", () => {
    const w = started().world;
    const third = w.inFlight[2]!;
    const r = sim.step(w, { kind: "deliver", packet: third.id });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.records).toEqual([{ seq: 2, node: "a3", clock: 2, event: expect.objectContaining({ action: "Phase1b", a: "a3" }) }]);
    expect(r.world.inFlight.map((p) => p.id)).toEqual([1, 2, 4, 5]);
    expect(r.world.clocks.a3).toBe(2);
  });

  it("drops, duplicates (fresh id) and delays packets", () => {
    const w = started().world;
    const dropped = sim.step(w, { kind: "drop", packet: 2 });
    expect(dropped.ok && dropped.world.inFlight.map((p) => p.id)).toEqual([1, 3]);
    const dup = sim.step(w, { kind: "duplicate", packet: 2 });
    expect(dup.ok && dup.world.inFlight.map((p) => [p.id, p.to])).toEqual([
      [1, "a1"],
      [2, "a2"],
      [3, "a3"],
      [4, "a2"],
    ]);
    const delayed = sim.step(w, { kind: "delay", packet: 1 });
    expect(delayed.ok && delayed.world.inFlight.map((p) => p.id)).toEqual([2, 3, 1]);
    expect(sim.step(w, { kind: "drop", packet: 99 })).toEqual({ ok: false, reason: "no packet 99 in flight" });
  });

  it("a crashed node receives nothing and issues nothing until it restarts", () => {
    let w = started().world;
    const c = sim.step(w, { kind: "crash", node: "a1" });
    if (!c.ok) throw new Error(c.reason);
    w = c.world;
    expect(sim.step(w, { kind: "deliver", packet: firstTo(w.inFlight, "a1").id })).toEqual({ ok: false, reason: "a1 is down" });
    expect(sim.deliverable(w).some((p) => p.to === "a1")).toBe(false);
    expect(sim.step(w, { kind: "crash", node: "a1" })).toEqual({ ok: false, reason: "a1 is already down" });
    const r = sim.step(w, { kind: "restart", node: "a1" });
    expect(r.ok && sim.deliverable(r.world).some((p) => p.to === "a1")).toBe(true);
    expect(sim.step(sim.start(), { kind: "restart", node: "a1" })).toEqual({ ok: false, reason: "a1 is up" });
  });

  it("a restarted acceptor keeps its promise (durable state survives)", () => {
    let w = started().world;
    const d = sim.step(w, { kind: "deliver", packet: firstTo(w.inFlight, "a1").id });
    if (!d.ok) throw new Error(d.reason);
    w = d.world;
    for (const action of [{ kind: "crash", node: "a1" }, { kind: "restart", node: "a1" }] as const) {
      const r = sim.step(w, action);
      if (!r.ok) throw new Error(r.reason);
      w = r.world;
    }
    expect(w.states.a1).toEqual({ role: "acceptor", state: { id: "a1", maxBal: 0, maxVBal: -1, maxVal: null } });
  });

  it("a partition blocks delivery across groups until healed", () => {
    const w = started().world;
    const p = sim.step(w, { kind: "partition", groups: [["p1", "a1"]] });
    if (!p.ok) throw new Error(p.reason);
    expect(p.world.partition).toEqual([["p1", "a1"], ["p2", "a2", "a3", "l1"]]);
    expect(sim.deliverable(p.world).map((x) => x.to)).toEqual(["a1"]);
    expect(sim.step(p.world, { kind: "deliver", packet: 2 })).toEqual({ ok: false, reason: "the partition separates p1 from a2" });
    const h = sim.step(p.world, { kind: "heal" });
    expect(h.ok && sim.deliverable(h.world).length).toBe(3);
    expect(sim.step(w, { kind: "heal" })).toEqual({ ok: false, reason: "the network is not partitioned" });
    expect(sim.step(w, { kind: "partition", groups: [["p1"], ["p1", "a1"]] })).toEqual({ ok: false, reason: "p1 is in two groups" });
    expect(sim.step(w, { kind: "partition", groups: [["zz"]] })).toEqual({ ok: false, reason: "no node zz" });
  });

  it("refuses commands a node cannot take, with the node's reason", () => {
    const w = sim.start();
    expect(sim.step(w, { kind: "command", node: "a1", command: { kind: "propose", ballot: 0, value: "v1" } })).toEqual({ ok: false, reason: "a1 is an acceptor: only proposers start ballots" });
    expect(sim.step(w, { kind: "command", node: "p2", command: { kind: "propose", ballot: 0, value: "v1" } })).toEqual({ ok: false, reason: "ballot 0 is not one of p2's ballots (1, 3)" });
  });

  it("replays a schedule and reports the first impossible action with its index", () => {
    const schedule = [
      { kind: "command", node: "p1", command: { kind: "propose", ballot: 0, value: "v1" } },
      { kind: "deliver", packet: 1 },
      { kind: "deliver", packet: 1 },
    ] as const;
    const r = sim.runSchedule(schedule);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.index).toBe(2);
    expect(r.reason).toBe("no packet 1 in flight");
    expect(r.records.map((x) => x.event.action)).toEqual(["Phase1a", "Phase1b"]);
  });
});
