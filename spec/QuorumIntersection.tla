-------------------------- MODULE QuorumIntersection --------------------------
(***************************************************************************)
(* Does every quorum of one family meet every quorum of another?           *)
(*                                                                         *)
(* Q1 and Q2 are two quorum families over Nodes: phase-1 and phase-2       *)
(* quorums of Paxos, or read and write quorums of a replicated register.   *)
(* Each is a set of subsets of Nodes (see Quorums.tla for the families).   *)
(*                                                                         *)
(* Why a state machine rather than an ASSUME: a false ASSUME is reported   *)
(* by its location only.  Here every state is one PAIR of quorums (q1      *)
(* from Q1, q2 from Q2), the model checker visits every pair as an         *)
(* initial state, and checks the invariant Intersection on each.  When the *)
(* families do not always intersect, the counterexample is the one state   *)
(* that names two disjoint quorums, e.g. q1 = {n1}, q2 = {n2, n3} for a    *)
(* read quorum of 1 and a write quorum of 2 out of 3 replicas.             *)
(*                                                                         *)
(* Reading TLA+ here: Init is a predicate on the initial state; "x \in S"  *)
(* in Init means "every element of S is a possible initial value of x".    *)
(* Next relates a state to its successors (x' is x in the next state);     *)
(* here nothing ever changes, because a pair of quorums is all there is.   *)
(***************************************************************************)
CONSTANTS
    Nodes,      \* the nodes (model values)
    Q1,         \* first family: phase-1 quorums, or read quorums
    Q2          \* second family: phase-2 quorums, or write quorums

ASSUME FamiliesAreQuorumSystems ==
    /\ Q1 \subseteq SUBSET Nodes /\ Q1 # {}
    /\ Q2 \subseteq SUBSET Nodes /\ Q2 # {}

VARIABLES
    q1,         \* a quorum of Q1
    q2          \* a quorum of Q2

vars == <<q1, q2>>

Init == q1 \in Q1 /\ q2 \in Q2

\* The pair is fixed; the stuttering step keeps the checker from reporting a deadlock.
Next == UNCHANGED vars

Spec == Init /\ [][Next]_vars

TypeOK == q1 \in Q1 /\ q2 \in Q2

\* The safety condition of every quorum protocol: the two quorums share a node.
Intersection == q1 \cap q2 # {}
=============================================================================
