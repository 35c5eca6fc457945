---------------------------- MODULE MC_QuorumGrid ----------------------------
(***************************************************************************)
(* Grid quorums for QuorumIntersection.tla: six nodes in two rows of       *)
(* three.                                                                  *)
(*                                                                         *)
(*              column 1   column 2   column 3                             *)
(*     row 1       n1         n2         n3                                *)
(*     row 2       n4         n5         n6                                *)
(*                                                                         *)
(* The nodes are declared here, as constants that the .cfg sets to model   *)
(* values (n1 = n1), so that their positions can be written down.          *)
(***************************************************************************)
EXTENDS QuorumIntersection, Quorums, TLC

CONSTANTS n1, n2, n3, n4, n5, n6

Row == (n1 :> 1 @@ n2 :> 1 @@ n3 :> 1 @@ n4 :> 2 @@ n5 :> 2 @@ n6 :> 2)
Column == (n1 :> 1 @@ n2 :> 2 @@ n3 :> 3 @@ n4 :> 1 @@ n5 :> 2 @@ n6 :> 3)

ASSUME GridCoversNodes == DOMAIN Row = Nodes /\ DOMAIN Column = Nodes

RowQuorums == GridRows(Nodes, Row)
ColumnQuorums == GridColumns(Nodes, Column)
=============================================================================
