------------------------ MODULE MC_QuorumIntersection ------------------------
(***************************************************************************)
(* Quorum families for the models of QuorumIntersection.tla whose nodes    *)
(* need no layout: majorities, k-of-n thresholds, flexible Paxos pairs.    *)
(* A model picks two of them in its .cfg, e.g.                             *)
(*     Q1 <- ReadOne                                                       *)
(*     Q2 <- WriteTwo                                                      *)
(* (a constant replaced by an operator of this module, as TLC allows).     *)
(***************************************************************************)
EXTENDS QuorumIntersection, Quorums

MajorityQuorums == Majority(Nodes)

\* Dynamo-style read and write quorums of R or W replicas.
ReadOne == Threshold(Nodes, 1)
ReadTwo == Threshold(Nodes, 2)
WriteTwo == Threshold(Nodes, 2)
WriteFour == Threshold(Nodes, 4)

\* Flexible Paxos over 4 nodes: q1 + q2 > 4 is safe, q1 + q2 = 4 is not.
FlexPhase1Three == FlexiblePhase1(Nodes, 3)
FlexPhase1Two == FlexiblePhase1(Nodes, 2)
FlexPhase2Two == FlexiblePhase2(Nodes, 2)
=============================================================================
