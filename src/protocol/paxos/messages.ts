/**
 * Paxos messages, shaped exactly as the spec's records (docs/spec-actions.md), so that the
 * trace layer maps them to `msgs` one to one. A value is a name (a model value in the spec);
 * `null` stands for the spec's `None` (no value accepted yet).
 */
export type Ballot = number;
export type PaxosValue = string;

export interface Msg1a {
  readonly type: "1a";
  readonly bal: Ballot;
}

export interface Msg1b {
  readonly type: "1b";
  readonly acc: string;
  readonly bal: Ballot;
  readonly mbal: Ballot;
  readonly mval: PaxosValue | null;
}

export interface Msg2a {
  readonly type: "2a";
  readonly bal: Ballot;
  readonly val: PaxosValue;
}

export interface Msg2b {
  readonly type: "2b";
  readonly acc: string;
  readonly bal: Ballot;
  readonly val: PaxosValue;
}

export type PaxosMsg = Msg1a | Msg1b | Msg2a | Msg2b;

export function showPaxosMsg(m: PaxosMsg): string {
  switch (m.type) {
    case "1a":
      return `1a(bal ${m.bal})`;
    case "1b":
      return `1b(${m.acc}, bal ${m.bal}, mbal ${m.mbal}, mval ${m.mval ?? "None"})`;
    case "2a":
      return `2a(bal ${m.bal}, val ${m.val})`;
    case "2b":
      return `2b(${m.acc}, bal ${m.bal}, val ${m.val})`;
  }
}
