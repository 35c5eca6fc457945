import type { SourceLocation } from "../../diagnostics/location.ts";
import { fail } from "../../diagnostics/problem.ts";
import type { TsNode } from "./tree-sitter.ts";

/**
 * What the tree-to-AST conversion needs besides the node: the file name for locations and the
 * line lengths of the text (tree-sitter ends some nodes, e.g. bulleted lists, at column 0 of the
 * following line; a location must end on the last character instead).
 */
export interface ConvertContext {
  readonly file: string;
  readonly lineLengths: readonly number[];
  /** Lines and columns subtracted from every location (an expression wrapped in a module). */
  readonly lineOffset: number;
  readonly columnOffset: number;
}

export function makeContext(file: string, text: string, lineOffset = 0, columnOffset = 0): ConvertContext {
  return { file, lineLengths: text.split("\n").map((l) => l.length), lineOffset, columnOffset };
}

/** 1-based location of a node; the end is inclusive, as TLC prints ranges. */
export function locOf(ctx: ConvertContext, node: TsNode): SourceLocation {
  return spanLoc(ctx, node, node);
}

/** The location from the start of `first` to the end of `last`. */
export function spanLoc(ctx: ConvertContext, first: TsNode, last: TsNode): SourceLocation {
  const start = first.startPosition;
  let endRow = last.endPosition.row;
  let endCol = last.endPosition.column;
  if (endCol === 0 && endRow > start.row) {
    endRow -= 1;
    endCol = ctx.lineLengths[endRow] ?? 0;
  }
  return {
    file: ctx.file,
    line: start.row + 1 - ctx.lineOffset,
    column: start.column + 1 - ctx.columnOffset,
    endLine: endRow + 1 - ctx.lineOffset,
    endColumn: Math.max(endCol - ctx.columnOffset, 1),
  };
}

const extras = new Set(["comment", "block_comment", "block_comment_text"]);

/** Named children without comments (tree-sitter puts comments anywhere). */
export function children(node: TsNode): TsNode[] {
  return node.namedChildren.filter((c) => !extras.has(c.type));
}

/** Named children in a field (fields also hold punctuation such as "," and "("). */
export function fieldChildren(node: TsNode, field: string): TsNode[] {
  return node.childrenForFieldName(field).filter((c) => c.isNamed && !extras.has(c.type));
}

export function field(ctx: ConvertContext, node: TsNode, name: string): TsNode {
  const c = node.childForFieldName(name);
  if (c === null) return malformed(ctx, node, `no ${name}`);
  return c;
}

export function childOfType(node: TsNode, type: string): TsNode | undefined {
  return node.namedChildren.find((c) => c.type === type);
}

/**
 * The tree lacks a part the grammar promises. Only reachable through error recovery that the
 * syntax-error pass did not flag; reported as a parse error rather than crashing.
 */
export function malformed(ctx: ConvertContext, node: TsNode, what: string): never {
  return fail("spec-parse", `Malformed ${describeNode(node.type)}: ${what}`, locOf(ctx, node));
}

/** Words SANY reserves; the grammar accepts some of them as names where they cannot be keywords. */
const reservedWords = new Set(
  ("ASSUME ASSUMPTION AXIOM BOOLEAN CASE CHOOSE CONSTANT CONSTANTS COROLLARY DOMAIN ELSE ENABLED EXCEPT EXTENDS FALSE IF IN " +
    "INSTANCE LAMBDA LEMMA LET LOCAL MODULE OTHER PROPOSITION RECURSIVE STRING SUBSET THEN THEOREM TRUE UNCHANGED UNION " +
    "VARIABLE VARIABLES WITH").split(" "),
);

/** The text of an identifier node, rejecting reserved words used as names. */
export function identifierText(ctx: ConvertContext, node: TsNode): string {
  if (reservedWords.has(node.text)) fail("spec-parse", `Syntax error: the reserved word ${node.text} cannot be used as a name`, locOf(ctx, node));
  return node.text;
}

export function unsupported(ctx: ConvertContext, node: TsNode, construct: string): never {
  return fail("unsupported", `${construct} is not supported`, locOf(ctx, node));
}

/** `bound_infix_op` -> "bound infix op", for messages. */
export function describeNode(type: string): string {
  return type.replace(/_/g, " ");
}
