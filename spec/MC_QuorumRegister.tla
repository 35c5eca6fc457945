-------------------------- MODULE MC_QuorumRegister --------------------------
(***************************************************************************)
(* Quorum systems for the models of QuorumRegister.tla.  A model's .cfg    *)
(* replaces ReadQuorums and WriteQuorums with two of these                 *)
(* (ReadQuorums <- MajorityQuorums).                                       *)
(***************************************************************************)
EXTENDS QuorumRegister, Quorums

MajorityQuorums == Majority(Replicas)

\* Dynamo-style R = 1, W = 2 over 3 replicas: R + W <= N, deliberately unsafe.
ReadOne == Threshold(Replicas, 1)
WriteTwo == Threshold(Replicas, 2)
=============================================================================
