---------------------------- MODULE MC_PaxosGrid ----------------------------
(***************************************************************************)
(* Paxos with grid quorums: four acceptors in a 2 x 2 grid.                *)
(*                                                                         *)
(*              column 1   column 2                                        *)
(*     row 1       a1         a2                                           *)
(*     row 2       a3         a4                                           *)
(*                                                                         *)
(* Phase 1 needs a whole column, phase 2 a whole row; every column         *)
(* crosses every row.  The acceptors are declared here, as constants the   *)
(* .cfg sets to model values (a1 = a1), so that the grid can be written.   *)
(***************************************************************************)
EXTENDS Paxos, Quorums, TLC

CONSTANTS a1, a2, a3, a4

Row == (a1 :> 1 @@ a2 :> 1 @@ a3 :> 2 @@ a4 :> 2)
Column == (a1 :> 1 @@ a2 :> 2 @@ a3 :> 1 @@ a4 :> 2)

ASSUME GridCoversAcceptors == DOMAIN Row = Acceptors /\ DOMAIN Column = Acceptors

ColumnQuorums == GridColumns(Acceptors, Column)
RowQuorums == GridRows(Acceptors, Row)
=============================================================================
