import { createRequire } from "node:module";
import type Parser from "tree-sitter";

/**
 * The one place that loads the native tree-sitter parser and the TLA+ grammar. Both are
 * CommonJS native addons, hence createRequire. The parser is created once per process and
 * reused: parse() does not keep state between calls when no old tree is passed.
 */

export type TsNode = Parser.SyntaxNode;
export type TsTree = Parser.Tree;

const require = createRequire(import.meta.url);
let parser: Parser | undefined;

function getParser(): Parser {
  if (parser === undefined) {
    const ParserCtor = require("tree-sitter") as typeof Parser;
    const language = require("@tlaplus/tree-sitter-tlaplus") as Parameters<Parser["setLanguage"]>[0];
    const p = new ParserCtor();
    p.setLanguage(language);
    parser = p;
  }
  return parser;
}

export function parseTree(text: string): TsTree {
  // The default buffer is small; a generous one avoids a native "Invalid argument" on big files.
  return getParser().parse(text, null, { bufferSize: Math.max(32 * 1024, text.length * 2 + 16) });
}
