-------------------------------- MODULE Paxos --------------------------------
(***************************************************************************)
(* Single-decree Paxos, in Lamport's formulation (as in his Paxos.tla),    *)
(* with learners added so that "chosen" is an explicit variable.           *)
(*                                                                         *)
(* Roles.  Proposers run ballots: in phase 1 a proposer sends 1a(b) and    *)
(* collects promises (1b) from a phase-1 quorum; in phase 2 it sends       *)
(* 2a(b, v) with the value v forced by those promises, or any value if     *)
(* none forces one.  Acceptors answer 1a with a promise not to accept      *)
(* lower ballots, and accept 2a(b, v) unless they promised a higher        *)
(* ballot.  A learner learns v once a phase-2 quorum accepted (b, v).      *)
(* Proposers and learners keep no state of their own: everything they      *)
(* know is in the set of sent messages.                                    *)
(*                                                                         *)
(* Faults.  msgs is the set of every message ever sent and only grows.     *)
(* A receiver may act on any message in it, any number of times, in any    *)
(* order, or never: this models loss, duplication and reordering with no   *)
(* extra action.  Acceptor state is durable, so a crash followed by a      *)
(* restart is indistinguishable from a pause and needs no action either.   *)
(*                                                                         *)
(* Quorums are constants (sets of sets of acceptors), so majority, grid    *)
(* and flexible quorums are models of this one spec (MC_Paxos.tla).  The   *)
(* spec does not assume that phase-1 and phase-2 quorums intersect: a      *)
(* model where they do not shows the resulting Agreement violation.        *)
(*                                                                         *)
(* Reading TLA+ here: an action is a predicate over the current state      *)
(* (unprimed variables) and the next one (primed); a conjunct such as      *)
(* "b > maxBal[a]" is a guard; [f EXCEPT ![x] = e] is f with f[x] set to   *)
(* e; [type |-> "1a", bal |-> b] is a record (a message).                  *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

CONSTANTS
    Acceptors,      \* the acceptors (model values)
    Values,         \* the values proposers may propose (model values)
    Ballots,        \* the ballot numbers, a finite set of naturals such as {0, 1}
    Phase1Quorums,  \* sets of acceptors whose promises start phase 2
    Phase2Quorums,  \* sets of acceptors whose acceptances choose a value
    None            \* "no value" (a model value outside Values)

ASSUME ConstantsWellFormed ==
    /\ Ballots \subseteq Nat
    /\ None \notin Values
    /\ Phase1Quorums \subseteq SUBSET Acceptors
    /\ Phase2Quorums \subseteq SUBSET Acceptors

VARIABLES
    maxBal,   \* maxBal[a]: highest ballot acceptor a has promised or accepted in; -1 at first
    maxVBal,  \* maxVBal[a]: the ballot in which a last accepted a value; -1 if never
    maxVal,   \* maxVal[a]: the value a last accepted; None if never
    msgs,     \* every message sent so far
    chosen    \* the values learners learned as chosen

vars == <<maxBal, maxVBal, maxVal, msgs, chosen>>

(***************************************************************************)
(* The four message kinds, as sets of records.  [type : {"1a"}, bal :      *)
(* Ballots] is the set of all records with those two fields.               *)
(***************************************************************************)
Messages ==
         [type : {"1a"}, bal : Ballots]
    \cup [type : {"1b"}, acc : Acceptors, bal : Ballots,
          mbal : Ballots \cup {-1}, mval : Values \cup {None}]
    \cup [type : {"2a"}, bal : Ballots, val : Values]
    \cup [type : {"2b"}, acc : Acceptors, bal : Ballots, val : Values]

TypeOK ==
    /\ maxBal \in [Acceptors -> Ballots \cup {-1}]
    /\ maxVBal \in [Acceptors -> Ballots \cup {-1}]
    /\ maxVal \in [Acceptors -> Values \cup {None}]
    /\ msgs \subseteq Messages
    /\ chosen \subseteq Values

Init ==
    /\ maxBal = [a \in Acceptors |-> -1]
    /\ maxVBal = [a \in Acceptors |-> -1]
    /\ maxVal = [a \in Acceptors |-> None]
    /\ msgs = {}
    /\ chosen = {}

Send(m) == msgs' = msgs \cup {m}

(***************************************************************************)
(* Phase 1a: a proposer starts ballot b.  Sending it again changes         *)
(* nothing (msgs is a set), which is how a retried 1a looks.               *)
(***************************************************************************)
Phase1a(b) ==
    /\ Send([type |-> "1a", bal |-> b])
    /\ UNCHANGED <<maxBal, maxVBal, maxVal, chosen>>

(***************************************************************************)
(* Phase 1b: acceptor a answers the 1a of ballot b, higher than any        *)
(* ballot it has promised, with a promise that reports the last value it   *)
(* accepted and in which ballot.                                           *)
(***************************************************************************)
Phase1b(a, b) ==
    /\ [type |-> "1a", bal |-> b] \in msgs
    /\ b > maxBal[a]
    /\ maxBal' = [maxBal EXCEPT ![a] = b]
    /\ Send([type |-> "1b", acc |-> a, bal |-> b, mbal |-> maxVBal[a], mval |-> maxVal[a]])
    /\ UNCHANGED <<maxVBal, maxVal, chosen>>

(***************************************************************************)
(* Phase 2a: the proposer of ballot b (one 2a per ballot) has promises     *)
(* from every acceptor of some phase-1 quorum Q.  If some of them already  *)
(* accepted a value, it must propose the value accepted in the highest     *)
(* ballot among them; otherwise it may propose any value.  This rule is    *)
(* what keeps a value chosen in a lower ballot chosen.                     *)
(***************************************************************************)
Promises(b, Q) == {m \in msgs : m.type = "1b" /\ m.bal = b /\ m.acc \in Q}

Phase2a(b, v) ==
    /\ ~ \E m \in msgs : m.type = "2a" /\ m.bal = b
    /\ \E Q \in Phase1Quorums :
         LET P == Promises(b, Q)
             Voted == {m \in P : m.mbal >= 0}      \* promises that report an accepted value
         IN  /\ \A a \in Q : \E m \in P : m.acc = a
             /\ \/ Voted = {}
                \/ \E m \in Voted : /\ m.mval = v
                                    /\ \A n \in Voted : m.mbal >= n.mbal
    /\ Send([type |-> "2a", bal |-> b, val |-> v])
    /\ UNCHANGED <<maxBal, maxVBal, maxVal, chosen>>

(***************************************************************************)
(* Phase 2b: acceptor a accepts the proposal (b, v) unless it promised a   *)
(* higher ballot, and tells the learners.                                  *)
(***************************************************************************)
Phase2b(a, b, v) ==
    /\ [type |-> "2a", bal |-> b, val |-> v] \in msgs
    /\ b >= maxBal[a]
    /\ maxBal' = [maxBal EXCEPT ![a] = b]
    /\ maxVBal' = [maxVBal EXCEPT ![a] = b]
    /\ maxVal' = [maxVal EXCEPT ![a] = v]
    /\ Send([type |-> "2b", acc |-> a, bal |-> b, val |-> v])
    /\ UNCHANGED chosen

(***************************************************************************)
(* Learn: every acceptor of some phase-2 quorum accepted (b, v), so v is   *)
(* chosen.                                                                 *)
(***************************************************************************)
Learn(b, v) ==
    /\ \E Q \in Phase2Quorums :
         \A a \in Q : [type |-> "2b", acc |-> a, bal |-> b, val |-> v] \in msgs
    /\ chosen' = chosen \cup {v}
    /\ UNCHANGED <<maxBal, maxVBal, maxVal, msgs>>

Next ==
    \/ \E b \in Ballots : Phase1a(b)
    \/ \E a \in Acceptors, b \in Ballots : Phase1b(a, b)
    \/ \E b \in Ballots, v \in Values : Phase2a(b, v)
    \/ \E a \in Acceptors, b \in Ballots, v \in Values : Phase2b(a, b, v)
    \/ \E b \in Ballots, v \in Values : Learn(b, v)

Spec == Init /\ [][Next]_vars

(***************************************************************************)
(* Safety.  Agreement: learners never learn two different values.          *)
(* Validity: only proposed values are chosen.                              *)
(***************************************************************************)
Agreement == Cardinality(chosen) <= 1

Validity == chosen \subseteq Values

(***************************************************************************)
(* Refinement: seen through chosen alone, every behaviour of Paxos is a    *)
(* behaviour of the abstract Consensus spec (chosen goes from {} to one    *)
(* value and then never changes).  INSTANCE Consensus substitutes this     *)
(* module's Values and chosen for Consensus's constant and variable of     *)
(* the same names; a model checks it with PROPERTY ConsensusSpec.          *)
(***************************************************************************)
C == INSTANCE Consensus

ConsensusSpec == C!Spec
=============================================================================
