import type { MatchesSpec } from "../../generated/QuorumRegister.ts";
import type { ClientOp } from "./client.ts";
import type { QueryMsg, QueryReplyMsg, RegValue, StoreAckMsg, StoreMsg, Timestamp } from "./messages.ts";

/**
 * What a register node did, one event per spec action (docs/spec-actions.md), parameters named
 * as in the spec, with what the trace layer needs for the changed variables: the message sent
 * and the client's operation or the replica's copy after the step.
 */
export type RegisterEvent =
  | { readonly action: "BeginWrite"; readonly c: number; readonly v: string; readonly op: ClientOp; readonly sent: QueryMsg }
  | { readonly action: "BeginRead"; readonly c: number; readonly op: ClientOp; readonly sent: QueryMsg }
  | { readonly action: "ReplyQuery"; readonly r: string; readonly c: number; readonly k: number; readonly sent: QueryReplyMsg }
  | { readonly action: "EndQuery"; readonly c: number; readonly Q: readonly string[]; readonly op: ClientOp; readonly sent: StoreMsg | null }
  | {
      readonly action: "ReplyStore";
      readonly r: string;
      readonly c: number;
      readonly k: number;
      readonly copy: { readonly ts: Timestamp; readonly val: RegValue };
      readonly sent: StoreAckMsg;
    }
  | { readonly action: "EndStore"; readonly c: number; readonly Q: readonly string[]; readonly op: ClientOp };

/** Compiles only while every event is an action of spec/QuorumRegister.tla with its parameters (src/generated/QuorumRegister.ts). */
export type SpecCheckedRegisterEvent = MatchesSpec<RegisterEvent>;
