---------------------------- MODULE QuorumRegister ----------------------------
(***************************************************************************)
(* A multi-writer register replicated on a set of replicas, in the style   *)
(* of ABD (Attiya, Bar-Noy and Dolev 1995; the multi-writer variant is     *)
(* from Lynch and Shvartsman 1997).                                        *)
(*                                                                         *)
(* Every replica stores a timestamped value.  Every operation of a client  *)
(* has two phases:                                                         *)
(*   - query: ask all replicas for their copy, wait for the replies of a   *)
(*     read quorum, take the one with the highest timestamp;               *)
(*   - store: send a timestamped value to all replicas, wait for the acks  *)
(*     of a write quorum.  A replica keeps whichever timestamp is higher.  *)
(* A write stores its value with the timestamp (highest num found + 1,     *)
(* its client id).  A read writes back the freshest pair it found, then    *)
(* returns it.  With WriteBack = FALSE a read returns right after its      *)
(* query phase instead.                                                    *)
(*                                                                         *)
(* Faults.  Store messages are kept in the set storeMsgs of every store    *)
(* ever sent; a replica may handle one at any time, any number of times,   *)
(* or never, which models loss, duplication, delay and reordering.  A      *)
(* replica's answer is recorded in the step where the replica handles the  *)
(* request, in replies[c] or acks[c]: the answers on their way to client c *)
(* or received by it.  A client ends a phase with the answers of the       *)
(* quorum it names, so an answer lost on its way back is one the client    *)
(* never names.  Replica state is durable, so a crash and restart needs no *)
(* action.                                                                 *)
(*                                                                         *)
(* What it guarantees (checked by the models, see docs/specs.md):          *)
(*   - with every read quorum meeting every write quorum, a read never     *)
(*     returns a value older than a write that completed before the read   *)
(*     began, nor older than what a read that completed before it          *)
(*     returned;                                                           *)
(*   - with R + W <= N, a read can miss a completed write;                 *)
(*   - without write-back, reads still see completed writes (the register  *)
(*     is "regular") but a later read can return an older value than an    *)
(*     earlier read did (it is not "atomic").                              *)
(*                                                                         *)
(* Reading TLA+ here: see the notes at the top of Paxos.tla.  Records are  *)
(* written [field |-> value] and r.field reads a field;                    *)
(* [f EXCEPT ![c].phase = x] is f with the field phase of f[c] set to x,   *)
(* and @ in an EXCEPT stands for the old value.                            *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Replicas,       \* the replicas (model values)
    Clients,        \* client ids: positive integers, because they order concurrent writes
    Values,         \* the values writers may write (model values)
    ReadQuorums,    \* replica sets whose replies end a query phase
    WriteQuorums,   \* replica sets whose acks end a store phase
    WriteBack,      \* TRUE: a read writes back what it found before returning
    MaxWrites,      \* how many writes the clients perform in all (bounds the model)
    MaxReads,       \* how many reads the clients perform in all (bounds the model)
    None            \* the register's initial value (a model value outside Values)

ASSUME ConstantsWellFormed ==
    /\ Clients \subseteq Nat \ {0}
    /\ None \notin Values
    /\ ReadQuorums \subseteq SUBSET Replicas /\ {} \notin ReadQuorums
    /\ WriteQuorums \subseteq SUBSET Replicas /\ {} \notin WriteQuorums
    /\ WriteBack \in BOOLEAN
    /\ MaxWrites \in Nat /\ MaxReads \in Nat

(***************************************************************************)
(* Timestamps: num first, then the writer's id, which breaks ties between  *)
(* concurrent writes that found the same highest num.  The initial value   *)
(* has the timestamp Zero, lower than any write's.                         *)
(***************************************************************************)
Timestamps == [num : 0 .. MaxWrites, writer : Clients \cup {0}]

Zero == [num |-> 0, writer |-> 0]

Less(s, t) == s.num < t.num \/ (s.num = t.num /\ s.writer < t.writer)

Max(s, t) == IF Less(s, t) THEN t ELSE s

Ops == 1 .. (MaxWrites + MaxReads)    \* a client numbers its operations 1, 2, ...

Copies == [ts : Timestamps, val : Values \cup {None}]       \* what a replica stores

Answers == [replica : Replicas, ts : Timestamps, val : Values \cup {None}]   \* query replies

StoreMessages == [client : Clients, op : Ops, ts : Timestamps, val : Values \cup {None}]

(***************************************************************************)
(* A client's operation.  seq is its number (0 before the first); kind is  *)
(* "read" or "write" ("none" before the first); phase is "query", "store"  *)
(* or "done".  For a write, val is the value being written and ts its      *)
(* timestamp once the query phase has chosen it; for a read, ts and val    *)
(* are the freshest pair its query found: what it returns.                 *)
(***************************************************************************)
OpStates ==
    [seq : {0} \cup Ops, kind : {"none", "read", "write"}, phase : {"query", "store", "done"},
     ts : Timestamps, val : Values \cup {None}]

VARIABLES
    store,      \* store[r]: replica r's copy, a record [ts, val]
    storeMsgs,  \* every store message sent so far
    op,         \* op[c]: client c's current (or last) operation, in OpStates
    replies,    \* replies[c]: the replicas' answers to c's current query, in Answers
    acks,       \* acks[c]: the replicas that acknowledged c's current store
    begun,      \* how many writes and reads have begun, [writes, reads]
    \* History kept only to state the invariants (no node has it):
    lastWrite,  \* the highest timestamp of a completed write
    lastRead,   \* the highest timestamp returned by a completed read
    floor       \* floor[c]: lastWrite and lastRead when c's current operation began

historyVars == <<lastWrite, lastRead, floor>>
vars == <<store, storeMsgs, op, replies, acks, begun, lastWrite, lastRead, floor>>

TypeOK ==
    /\ store \in [Replicas -> Copies]
    /\ storeMsgs \subseteq StoreMessages
    /\ op \in [Clients -> OpStates]
    /\ replies \in [Clients -> SUBSET Answers]
    /\ acks \in [Clients -> SUBSET Replicas]
    /\ begun \in [writes : 0 .. MaxWrites, reads : 0 .. MaxReads]
    /\ lastWrite \in Timestamps
    /\ lastRead \in Timestamps
    /\ floor \in [Clients -> [w : Timestamps, r : Timestamps]]

Init ==
    /\ store = [r \in Replicas |-> [ts |-> Zero, val |-> None]]
    /\ storeMsgs = {}
    /\ op = [c \in Clients |-> [seq |-> 0, kind |-> "none", phase |-> "done",
                                ts |-> Zero, val |-> None]]
    /\ replies = [c \in Clients |-> {}]
    /\ acks = [c \in Clients |-> {}]
    /\ begun = [writes |-> 0, reads |-> 0]
    /\ lastWrite = Zero
    /\ lastRead = Zero
    /\ floor = [c \in Clients |-> [w |-> Zero, r |-> Zero]]

(***************************************************************************)
(* A client starts its next operation once the previous one is done, and   *)
(* sends its query to every replica.  floor records what had completed by  *)
(* then: the operation's result is judged against it.  (replies[c] and     *)
(* acks[c] are empty here: the previous operation's phases emptied them.)  *)
(***************************************************************************)
Begin(c, kind, v) ==
    /\ op[c].phase = "done"
    /\ op' = [op EXCEPT ![c] = [seq |-> op[c].seq + 1, kind |-> kind, phase |-> "query",
                                ts |-> Zero, val |-> v]]
    /\ floor' = [floor EXCEPT ![c] = [w |-> lastWrite, r |-> lastRead]]
    /\ UNCHANGED <<store, storeMsgs, replies, acks, lastWrite, lastRead>>

BeginWrite(c, v) ==
    /\ begun.writes < MaxWrites
    /\ begun' = [begun EXCEPT !.writes = @ + 1]
    /\ Begin(c, "write", v)

BeginRead(c) ==
    /\ begun.reads < MaxReads
    /\ begun' = [begun EXCEPT !.reads = @ + 1]
    /\ Begin(c, "read", None)

(***************************************************************************)
(* Replica r handles the query of operation k of client c, which was sent  *)
(* when the client began it, and answers with its copy.  If the client     *)
(* still waits for answers to that query, the answer joins replies[c]; a   *)
(* duplicated query may be answered again, possibly with a newer copy.     *)
(* If the client has moved on, it will ignore the answer: nothing changes. *)
(***************************************************************************)
ReplyQuery(r, c, k) ==
    /\ k \in 1 .. op[c].seq
    /\ replies' = IF k = op[c].seq /\ op[c].phase = "query"
                    THEN [replies EXCEPT ![c] = @ \cup {[replica |-> r, ts |-> store[r].ts,
                                                         val |-> store[r].val]}]
                    ELSE replies
    /\ UNCHANGED <<store, storeMsgs, op, acks, begun, historyVars>>

(***************************************************************************)
(* Client c ends its query phase with the answers of read quorum Q: it     *)
(* used one answer from each replica of Q (the first it received), and     *)
(* best is the freshest of those.  Any answer of a replica of Q can be the *)
(* freshest one used, provided every other replica of Q gave some answer   *)
(* that is not fresher.  A write now has its timestamp and sends its       *)
(* store; a read writes back what it found or, without write-back,         *)
(* returns it at once.                                                     *)
(***************************************************************************)
Replied(c) == {m.replica : m \in replies[c]}

EndQuery(c, Q) ==
    /\ op[c].phase = "query"
    /\ Q \in ReadQuorums
    /\ Q \subseteq Replied(c)
    /\ \E best \in replies[c] :
         /\ best.replica \in Q
         /\ \A r \in Q \ {best.replica} :
              \E m \in replies[c] : m.replica = r /\ ~Less(best.ts, m.ts)
         /\ LET newTs == IF op[c].kind = "write"
                           THEN [num |-> best.ts.num + 1, writer |-> c]
                           ELSE best.ts
                newVal == IF op[c].kind = "write" THEN op[c].val ELSE best.val
            IN  IF op[c].kind = "read" /\ ~WriteBack
                  THEN /\ op' = [op EXCEPT ![c].phase = "done", ![c].ts = newTs, ![c].val = newVal]
                       /\ lastRead' = Max(lastRead, newTs)
                       /\ UNCHANGED storeMsgs
                  ELSE /\ op' = [op EXCEPT ![c].phase = "store", ![c].ts = newTs, ![c].val = newVal]
                       /\ storeMsgs' = storeMsgs \cup
                            {[client |-> c, op |-> op[c].seq, ts |-> newTs, val |-> newVal]}
                       /\ UNCHANGED lastRead
    /\ replies' = [replies EXCEPT ![c] = {}]
    /\ UNCHANGED <<store, acks, begun, lastWrite, floor>>

(***************************************************************************)
(* Replica r handles the store of operation k of client c: it adopts the   *)
(* stored pair if its timestamp is higher than its own copy's, and acks;   *)
(* the ack counts if the client still waits for acks to that store.        *)
(***************************************************************************)
ReplyStore(r, c, k) ==
    /\ \E m \in storeMsgs :
         /\ m.client = c /\ m.op = k
         /\ store' = IF Less(store[r].ts, m.ts)
                       THEN [store EXCEPT ![r] = [ts |-> m.ts, val |-> m.val]]
                       ELSE store
    /\ acks' = IF k = op[c].seq /\ op[c].phase = "store"
                 THEN [acks EXCEPT ![c] = @ \cup {r}]
                 ELSE acks
    /\ UNCHANGED <<storeMsgs, op, replies, begun, historyVars>>

(***************************************************************************)
(* Client c ends its store phase with the acks of write quorum Q: a write  *)
(* has completed, a read returns val.                                      *)
(***************************************************************************)
EndStore(c, Q) ==
    /\ op[c].phase = "store"
    /\ Q \in WriteQuorums
    /\ Q \subseteq acks[c]
    /\ op' = [op EXCEPT ![c].phase = "done"]
    /\ acks' = [acks EXCEPT ![c] = {}]
    /\ IF op[c].kind = "write"
         THEN lastWrite' = Max(lastWrite, op[c].ts) /\ lastRead' = lastRead
         ELSE lastRead' = Max(lastRead, op[c].ts) /\ lastWrite' = lastWrite
    /\ UNCHANGED <<store, storeMsgs, replies, begun, floor>>

Next ==
    \/ \E c \in Clients, v \in Values : BeginWrite(c, v)
    \/ \E c \in Clients : BeginRead(c)
    \/ \E r \in Replicas, c \in Clients, k \in Ops : ReplyQuery(r, c, k)
    \/ \E c \in Clients, Q \in ReadQuorums : EndQuery(c, Q)
    \/ \E r \in Replicas, c \in Clients, k \in Ops : ReplyStore(r, c, k)
    \/ \E c \in Clients, Q \in WriteQuorums : EndStore(c, Q)

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Safety.  A read that has returned (phase "done") must not return a      *)
(* timestamp lower than that of a write that completed before the read     *)
(* began (regularity), nor lower than one returned by a read that          *)
(* completed before it began (which, with the first, makes the register    *)
(* atomic).  The counterexample ends in the state where the stale read     *)
(* returns: compare op[c].ts with floor[c].                                *)
(***************************************************************************)
ReturnedRead(c) == op[c].kind = "read" /\ op[c].phase = "done"

ReadSeesCompletedWrites == \A c \in Clients : ReturnedRead(c) => ~Less(op[c].ts, floor[c].w)

ReadSeesCompletedReads == \A c \in Clients : ReturnedRead(c) => ~Less(op[c].ts, floor[c].r)

NoStaleRead == ReadSeesCompletedWrites /\ ReadSeesCompletedReads
=============================================================================
