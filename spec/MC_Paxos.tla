------------------------------ MODULE MC_Paxos ------------------------------
(***************************************************************************)
(* Quorum systems for the models of Paxos.tla.  A model's .cfg replaces    *)
(* the constants Phase1Quorums and Phase2Quorums with two of these         *)
(* (Phase1Quorums <- MajorityQuorums).                                     *)
(***************************************************************************)
EXTENDS Paxos, Quorums

MajorityQuorums == Majority(Acceptors)

\* Flexible Paxos over 4 acceptors: a big phase-1 quorum (3) buys a small
\* phase-2 quorum (2); 3 + 2 > 4, so every phase-1 quorum meets every phase-2 one.
FlexPhase1 == FlexiblePhase1(Acceptors, 3)
FlexPhase2 == FlexiblePhase2(Acceptors, 2)

\* Deliberately broken: any single acceptor is a quorum for both phases, so
\* two proposers can each get a value chosen by a different acceptor.
AnyOne == Threshold(Acceptors, 1)
=============================================================================
