------------------------------ MODULE Consensus ------------------------------
(***************************************************************************)
(* The abstract specification of consensus: what Paxos must achieve,       *)
(* without saying how.                                                     *)
(*                                                                         *)
(* The only state is the set of chosen values.  It starts empty and, in    *)
(* one step, becomes a single value from Values; then it never changes.    *)
(* So at most one value is ever chosen (agreement), it is one of the       *)
(* proposed values (validity), and once chosen it stays chosen.            *)
(*                                                                         *)
(* Reading TLA+ here: Spec says "start in Init, and every step either is   *)
(* a Choose step or leaves chosen unchanged" ([][A]_v allows steps that    *)
(* do not change v, i.e. steps where only lower-level variables change).   *)
(* Paxos.tla checks that each of its behaviours, seen through its own      *)
(* chosen variable, is a behaviour of this Spec (refinement).              *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANT Values         \* the values that may be chosen

VARIABLE chosen         \* the set of chosen values

Init == chosen = {}

Choose ==
    /\ chosen = {}
    /\ \E v \in Values : chosen' = {v}

Spec == Init /\ [][Choose]_chosen

TypeOK == chosen \subseteq Values /\ Cardinality(chosen) <= 1
=============================================================================
