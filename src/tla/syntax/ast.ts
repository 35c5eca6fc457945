import type { SourceLocation } from "../../diagnostics/location.ts";
import type { BuiltinOp } from "./builtin-ops.ts";

/**
 * The typed AST of a TLA+ module: plain immutable interfaces tagged by `kind`, produced by
 * parse.ts from the tree-sitter tree and never by hand elsewhere. Every node has `loc`
 * (1-based line/column; `endLine`/`endColumn` inclusive, so TLC's "line 3, col 5 to line 3,
 * col 9" can be printed from it).
 *
 * Normalisations the parser guarantees, so the evaluator's compile step stays simple:
 * - Built-in operator symbols have one canonical name each (builtin-ops.ts): `\leq`, `=<`
 *   and `<=` are all `<=`; infix operator DEFINITIONS (`a ++ b == ...`) use the same names.
 * - `/\` and `\/`, infix or bulleted, are n-ary `and`/`or` nodes; chains of the same operator
 *   are flattened (`a /\ b /\ c` has three conjuncts); a bulleted list keeps each item's
 *   location. Parenthesised sub-expressions are not flattened into their parent.
 * - `A \X B \X C` is one `op` node `\X` with three arguments (a set of triples), while
 *   `(A \X B) \X C` keeps its nesting (pairs whose first element is a pair), as in TLA+.
 * - Parentheses leave no node.
 * - Prime, UNCHANGED, ENABLED, [], <>, DOMAIN, SUBSET, UNION are `op` nodes with their
 *   canonical names (`'`, `UNCHANGED`, ...), `~>` too. `[A]_v`, `<<A>>_v`, WF/SF have nodes.
 * - BOOLEAN, STRING, Nat, Int, Real are `name` nodes (resolved by the evaluator with the
 *   standard modules), never keywords.
 * - Number literals in any base (`\b101`, `\o17`, `\hA`) are decoded to `bigint`.
 */

export type { SourceLocation };

interface Node {
  readonly loc: SourceLocation;
}

/** A name as written at a binding site (bound variable, parameter, field, module name). */
export interface Ident extends Node {
  readonly name: string;
}

// ---------------------------------------------------------------------------------------------
// Modules and units
// ---------------------------------------------------------------------------------------------

export interface Module extends Node {
  readonly kind: "module";
  readonly name: string;
  readonly nameLoc: SourceLocation;
  readonly extends: readonly Ident[];
  readonly units: readonly Unit[];
}

export type Unit =
  | ConstantDecl
  | VariableDecl
  | OperatorDef
  | FunctionDef
  | RecursiveDecl
  | AssumeUnit
  | InstanceUnit
  | TheoremUnit
  | SubmoduleUnit;

/** One declared constant; `CONSTANTS a, F(_, _)` gives two units. `arity` > 0 for an operator constant. */
export interface ConstantDecl extends Node {
  readonly kind: "constant";
  readonly name: string;
  readonly arity: number;
}

/** One declared state variable; `VARIABLES x, y` gives two units. */
export interface VariableDecl extends Node {
  readonly kind: "variable";
  readonly name: string;
}

/** A formal parameter of an operator: `x` (arity 0) or an operator parameter `F(_, _)` (arity 2). */
export interface Param extends Node {
  readonly name: string;
  readonly arity: number;
}

/**
 * `Op(p1, ..., pn) == body`, also prefix/infix/postfix definitions (`a ++ b == ...` is named
 * `++` with params a, b). `recursive` is true when a RECURSIVE declaration for this name
 * precedes it in the same scope (module or LET).
 */
export interface OperatorDef extends Node {
  readonly kind: "operator";
  readonly name: string;
  readonly nameLoc: SourceLocation;
  readonly params: readonly Param[];
  readonly body: Expr;
  readonly local: boolean;
  readonly recursive: boolean;
}

/** `f[x \in S, y \in T] == body`; may refer to f itself (recursive function). */
export interface FunctionDef extends Node {
  readonly kind: "function";
  readonly name: string;
  readonly nameLoc: SourceLocation;
  readonly bounds: readonly QuantBound[];
  readonly body: Expr;
  readonly local: boolean;
}

/** `RECURSIVE F(_), G`: forward declarations; the matching definitions are marked recursive. */
export interface RecursiveDecl extends Node {
  readonly kind: "recursive";
  readonly decls: readonly Param[];
}

/** `ASSUME e` or `ASSUME Name == e` (also ASSUMPTION/AXIOM). */
export interface AssumeUnit extends Node {
  readonly kind: "assume";
  readonly name: string | null;
  readonly body: Expr;
}

/** `a <- e` in an INSTANCE ... WITH; `name` may be a canonical operator symbol (`+ <- Plus`). */
export interface Substitution extends Node {
  readonly name: string;
  readonly nameLoc: SourceLocation;
  readonly value: Expr;
}

/**
 * `INSTANCE M WITH a <- e` (name null: M's definitions are imported unqualified),
 * `I == INSTANCE M WITH ...` (used as `I!Op`) and `I(x) == INSTANCE M ...` (used as `I(e)!Op`).
 * Parameters of M not substituted are implicitly substituted by the same name in scope.
 */
export interface InstanceUnit extends Node {
  readonly kind: "instance";
  readonly name: string | null;
  readonly nameLoc: SourceLocation | null;
  readonly params: readonly Param[];
  readonly module: Ident;
  readonly substitutions: readonly Substitution[];
  readonly local: boolean;
}

/** THEOREM/LEMMA/PROPOSITION/COROLLARY with any proof, USE/HIDE: parsed and ignored. */
export interface TheoremUnit extends Node {
  readonly kind: "theorem";
  readonly name: string | null;
}

/** A module defined inside another module's text. */
export interface SubmoduleUnit extends Node {
  readonly kind: "submodule";
  readonly module: Module;
}

/** Definitions allowed in a LET. */
export type LetDef = OperatorDef | FunctionDef | RecursiveDecl;

// ---------------------------------------------------------------------------------------------
// Binders
// ---------------------------------------------------------------------------------------------

/**
 * The left side of `\in` in a bound: `x, y \in S` (`names`: each name ranges over S
 * independently) or `<<x, y>> \in S` (`tuple`: one element of S, destructured).
 */
export type BoundPattern =
  | { readonly kind: "names"; readonly names: readonly Ident[] }
  | { readonly kind: "tuple"; readonly names: readonly Ident[] };

/** One `pattern \in set` of a quantifier, CHOOSE, set former or function constructor. */
export interface QuantBound extends Node {
  readonly pattern: BoundPattern;
  readonly set: Expr;
}

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

export type Expr =
  | NameExpr
  | ApplyExpr
  | OpExpr
  | AndExpr
  | OrExpr
  | NumberLit
  | StringLit
  | BoolLit
  | SetEnum
  | SetFilter
  | SetMap
  | Quant
  | QuantUnbounded
  | Choose
  | FcnConstructor
  | FcnApp
  | FcnSet
  | RecordLit
  | RecordSet
  | FieldAccess
  | Except
  | ExceptAt
  | TupleLit
  | IfThenElse
  | Case
  | Let
  | Lambda
  | StepOrStutter
  | StepNoStutter
  | Fairness
  | Label;

export type ExprKind = Expr["kind"];

/**
 * One `I!` or `I(args)!` step of an instance path. `I!J!Op(a)` has path [I, J].
 */
export interface PathStep extends Node {
  readonly name: string;
  readonly args: readonly Expr[];
}

/**
 * A reference to a name without arguments: bound variable, constant, state variable,
 * zero-ary operator, operator passed as argument, or instance-qualified `I!x`. `name` may be
 * a canonical operator symbol when an operator is passed as an argument (`Fold(+, ...)`).
 */
export interface NameExpr extends Node {
  readonly kind: "name";
  readonly name: string;
  readonly path: readonly PathStep[];
}

/** `Op(a, b)` or `I!Op(a, b)`: application of a user-defined or standard-module operator by name. */
export interface ApplyExpr extends Node {
  readonly kind: "apply";
  readonly name: string;
  readonly path: readonly PathStep[];
  readonly args: readonly Expr[];
}

/**
 * A built-in operator symbol applied to its operands (prefix and postfix: 1 argument; infix: 2,
 * except `\X` which is n-ary). `opLoc` is the operator symbol's own location.
 */
export interface OpExpr extends Node {
  readonly kind: "op";
  readonly op: BuiltinOp;
  readonly opLoc: SourceLocation;
  readonly args: readonly Expr[];
}

/** n-ary conjunction; `bulleted` for a `/\` list (each conjunct keeps its own location). */
export interface AndExpr extends Node {
  readonly kind: "and";
  readonly conjuncts: readonly Expr[];
  readonly bulleted: boolean;
}

/** n-ary disjunction; `bulleted` for a `\/` list. */
export interface OrExpr extends Node {
  readonly kind: "or";
  readonly disjuncts: readonly Expr[];
  readonly bulleted: boolean;
}

export interface NumberLit extends Node {
  readonly kind: "number";
  readonly value: bigint;
}

/** `value` has escapes (`\"`, `\\`, `\n`, `\t`, ...) decoded. */
export interface StringLit extends Node {
  readonly kind: "string";
  readonly value: string;
}

export interface BoolLit extends Node {
  readonly kind: "bool";
  readonly value: boolean;
}

/** `{a, b, c}`, `{}` */
export interface SetEnum extends Node {
  readonly kind: "setEnum";
  readonly elems: readonly Expr[];
}

/** `{x \in S : P}`, `{<<x, y>> \in S : P}`; the bound's pattern has exactly one binder. */
export interface SetFilter extends Node {
  readonly kind: "setFilter";
  readonly bound: QuantBound;
  readonly pred: Expr;
}

/** `{e : x \in S, y \in T}` */
export interface SetMap extends Node {
  readonly kind: "setMap";
  readonly body: Expr;
  readonly bounds: readonly QuantBound[];
}

/** `\A x \in S, <<a, b>> \in T : P` and `\E ...` */
export interface Quant extends Node {
  readonly kind: "quant";
  readonly quantifier: "\\A" | "\\E";
  readonly bounds: readonly QuantBound[];
  readonly body: Expr;
}

/** `\A x, y : P` and `\E x : P` without a set (the evaluator rejects most of these). */
export interface QuantUnbounded extends Node {
  readonly kind: "quantUnbounded";
  readonly quantifier: "\\A" | "\\E";
  readonly names: readonly Ident[];
  readonly body: Expr;
}

/** `CHOOSE x \in S : P`, `CHOOSE <<x, y>> \in S : P`, `CHOOSE x : P` (set null). */
export interface Choose extends Node {
  readonly kind: "choose";
  readonly pattern: BoundPattern;
  readonly set: Expr | null;
  readonly body: Expr;
}

/** `[x \in S, y \in T |-> e]` */
export interface FcnConstructor extends Node {
  readonly kind: "fcnConstructor";
  readonly bounds: readonly QuantBound[];
  readonly body: Expr;
}

/** `f[a]`, `f[a, b]` (the latter applies f to the tuple `<<a, b>>`). */
export interface FcnApp extends Node {
  readonly kind: "fcnApp";
  readonly fn: Expr;
  readonly args: readonly Expr[];
}

/** `[S -> T]` */
export interface FcnSet extends Node {
  readonly kind: "fcnSet";
  readonly domain: Expr;
  readonly range: Expr;
}

export interface RecordField extends Node {
  readonly name: string;
  readonly value: Expr;
}

/** `[a |-> 1, b |-> 2]` */
export interface RecordLit extends Node {
  readonly kind: "record";
  readonly fields: readonly RecordField[];
}

/** `[a : S, b : T]`; each field's `value` is its set. */
export interface RecordSet extends Node {
  readonly kind: "recordSet";
  readonly fields: readonly RecordField[];
}

/** `r.a` */
export interface FieldAccess extends Node {
  readonly kind: "field";
  readonly record: Expr;
  readonly field: Ident;
}

/** One step of an EXCEPT path: `[a, b]` (args; several mean a tuple) or `.f`. */
export type ExceptPathStep =
  | { readonly kind: "index"; readonly args: readonly Expr[]; readonly loc: SourceLocation }
  | { readonly kind: "field"; readonly name: string; readonly loc: SourceLocation };

/** `![1].a[2] = e`: `path` is non-empty. */
export interface ExceptUpdate extends Node {
  readonly path: readonly ExceptPathStep[];
  readonly value: Expr;
}

/** `[f EXCEPT ![a] = e1, !.b = e2]` */
export interface Except extends Node {
  readonly kind: "except";
  readonly fn: Expr;
  readonly updates: readonly ExceptUpdate[];
}

/** `@` inside an EXCEPT update's value: the old value at that path. */
export interface ExceptAt extends Node {
  readonly kind: "at";
}

/** `<<a, b>>`, `<<>>` */
export interface TupleLit extends Node {
  readonly kind: "tuple";
  readonly elems: readonly Expr[];
}

export interface IfThenElse extends Node {
  readonly kind: "if";
  readonly cond: Expr;
  readonly then: Expr;
  readonly else: Expr;
}

export interface CaseArm extends Node {
  readonly guard: Expr;
  readonly body: Expr;
}

/** `CASE p1 -> e1 [] p2 -> e2 [] OTHER -> e` (`other` null when absent). */
export interface Case extends Node {
  readonly kind: "case";
  readonly arms: readonly CaseArm[];
  readonly other: Expr | null;
}

/** `LET defs IN body`; defs in source order, recursive ones marked as at module level. */
export interface Let extends Node {
  readonly kind: "let";
  readonly defs: readonly LetDef[];
  readonly body: Expr;
}

/** `LAMBDA x, y : e` (only as an operator argument). */
export interface Lambda extends Node {
  readonly kind: "lambda";
  readonly params: readonly Ident[];
  readonly body: Expr;
}

/** `[A]_v`: A \/ UNCHANGED v */
export interface StepOrStutter extends Node {
  readonly kind: "stepOrStutter";
  readonly action: Expr;
  readonly sub: Expr;
}

/** `<<A>>_v`: A /\ v' /= v */
export interface StepNoStutter extends Node {
  readonly kind: "stepNoStutter";
  readonly action: Expr;
  readonly sub: Expr;
}

/** `WF_v(A)`, `SF_v(A)` */
export interface Fairness extends Node {
  readonly kind: "fairness";
  readonly strength: "WF" | "SF";
  readonly sub: Expr;
  readonly action: Expr;
}

/** `lbl:: e` or `lbl(x):: e`; means `e`. */
export interface Label extends Node {
  readonly kind: "label";
  readonly name: string;
  readonly params: readonly Ident[];
  readonly body: Expr;
}
