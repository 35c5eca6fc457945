------------------------------- MODULE Quorums -------------------------------
(***************************************************************************)
(* Quorum systems as plain sets.                                           *)
(*                                                                         *)
(* A quorum system over a set of nodes N is a set of subsets of N: a       *)
(* protocol may act once every node of one of these subsets has answered.  *)
(* Each operator below builds the set of ALL quorums of one family, so a   *)
(* spec can say "some quorum Q answered" as "\E Q \in Quorums : ...".      *)
(* Supersets of a quorum are quorums too: hearing from more nodes than     *)
(* needed never hurts.                                                     *)
(*                                                                         *)
(* Reading TLA+ here: SUBSET N is the set of all subsets of N (2^|N| of    *)
(* them); {Q \in S : P(Q)} keeps the elements of S that satisfy P;         *)
(* Cardinality(Q) is |Q|; f[x] applies the function f to x.                *)
(*                                                                         *)
(* Safety of quorum protocols rests on one property: two quorums that must *)
(* "see" each other intersect.  The models of QuorumIntersection.tla check *)
(* it for each family below.                                               *)
(***************************************************************************)
EXTENDS Integers, FiniteSets

(***************************************************************************)
(* Majority: more than half of the nodes.  For n nodes a quorum has at     *)
(* least floor(n/2) + 1 of them, and any two majorities share a node.      *)
(***************************************************************************)
Majority(N) == {Q \in SUBSET N : 2 * Cardinality(Q) > Cardinality(N)}

(***************************************************************************)
(* k-of-n threshold: any k nodes (Dynamo-style R or W).  A read quorum of  *)
(* size R meets every write quorum of size W exactly when R + W > n.       *)
(***************************************************************************)
Threshold(N, k) == {Q \in SUBSET N : Cardinality(Q) >= k}

(***************************************************************************)
(* Weighted majority: each node n carries a weight w[n] (a natural); a     *)
(* quorum holds more than half of the total weight.  Weight(S, w) is the   *)
(* sum of the weights in S, computed by removing one element at a time     *)
(* (a RECURSIVE operator must be declared before it is defined).           *)
(***************************************************************************)
RECURSIVE Weight(_, _)
Weight(S, w) ==
    IF S = {} THEN 0
    ELSE LET n == CHOOSE x \in S : TRUE
         IN  w[n] + Weight(S \ {n}, w)

WeightedMajority(N, w) == {Q \in SUBSET N : 2 * Weight(Q, w) > Weight(N, w)}

(***************************************************************************)
(* Grid: the nodes are laid out in rows and columns; row[n] and col[n]     *)
(* give a node's position.  A row quorum contains a whole row, a column    *)
(* quorum a whole column.  Every row crosses every column, so rows against *)
(* columns intersect; two different rows do not.                           *)
(***************************************************************************)
Range(f) == {f[x] : x \in DOMAIN f}

Line(N, pos, i) == {n \in N : pos[n] = i}     \* the nodes of row (or column) i

GridRows(N, row) == {Q \in SUBSET N : \E i \in Range(row) : Line(N, row, i) \subseteq Q}

GridColumns(N, col) == {Q \in SUBSET N : \E j \in Range(col) : Line(N, col, j) \subseteq Q}

(***************************************************************************)
(* Flexible Paxos (Howard, Malkhi, Spiegelman 2016): phase 1 and phase 2   *)
(* may use different quorums as long as every phase-1 quorum meets every   *)
(* phase-2 quorum; with thresholds, q1 + q2 > n.  A small phase-2 quorum   *)
(* makes the common case (phase 2) cheap; leader changes pay with a big    *)
(* phase-1 quorum.                                                         *)
(***************************************************************************)
FlexiblePhase1(N, k) == Threshold(N, k)
FlexiblePhase2(N, k) == Threshold(N, k)

=============================================================================
