-------------------------- MODULE MC_QuorumWeighted --------------------------
(***************************************************************************)
(* Weighted majority for QuorumIntersection.tla: five nodes weighing       *)
(* 2, 2, 1, 1, 1 (say two big machines and three small ones).  The total   *)
(* is 7, so a quorum weighs 4 or more: {n1, n2} is a quorum, and so is     *)
(* {n2, n3, n4}, but {n3, n4, n5} is not.                                  *)
(*                                                                         *)
(* The nodes are declared here, as constants that the .cfg sets to model   *)
(* values (n1 = n1), so that their weights can be written down.            *)
(***************************************************************************)
EXTENDS QuorumIntersection, Quorums, TLC

CONSTANTS n1, n2, n3, n4, n5

Weights == (n1 :> 2 @@ n2 :> 2 @@ n3 :> 1 @@ n4 :> 1 @@ n5 :> 1)

ASSUME WeightsCoverNodes == DOMAIN Weights = Nodes

WeightedQuorums == WeightedMajority(Nodes, Weights)
=============================================================================
