/**
 * Every operator symbol the TLA+ grammar knows, each with ONE canonical name. All spellings of
 * an operator (`\leq`, `=<`, `<=`, `≤`) parse to the same canonical name, so the evaluator and
 * the model checker switch on one string per operator and a user definition of an infix operator
 * (`a ++ b == ...`) is named the way its uses are.
 *
 * `node` is the tree-sitter-tlaplus node type of the symbol; `spellings` documents the accepted
 * source forms (ASCII first). The canonical name is the ASCII form TLC prints, except unary
 * minus, which is `-.` as in TLA+'s own notation for defining it (`-. a == ...`).
 *
 * Not every symbol here has a meaning in the engine: most of the user-definable ones
 * (`\oplus`, `++`, `\prec`, ...) only mean something if a module defines them. Which ones the
 * standard modules define is the evaluator's business.
 *
 * In expressions, `/\` and `\/` never appear as `op` nodes: they become n-ary `and`/`or` nodes
 * (see ast.ts). `\X` chains become one n-ary `op` node.
 */

export type Fixity = "prefix" | "infix" | "postfix";

export const builtinOps = [
  // prefix
  { name: "~", node: "lnot", fixity: "prefix", spellings: ["~", "\\lnot", "\\neg", "¬"] },
  { name: "-.", node: "negative", fixity: "prefix", spellings: ["-", "-."] },
  { name: "UNION", node: "union", fixity: "prefix", spellings: ["UNION"] },
  { name: "SUBSET", node: "powerset", fixity: "prefix", spellings: ["SUBSET"] },
  { name: "DOMAIN", node: "domain", fixity: "prefix", spellings: ["DOMAIN"] },
  { name: "ENABLED", node: "enabled", fixity: "prefix", spellings: ["ENABLED"] },
  { name: "UNCHANGED", node: "unchanged", fixity: "prefix", spellings: ["UNCHANGED"] },
  { name: "[]", node: "always", fixity: "prefix", spellings: ["[]", "□"] },
  { name: "<>", node: "eventually", fixity: "prefix", spellings: ["<>", "⋄", "◇"] },
  // postfix
  { name: "'", node: "prime", fixity: "postfix", spellings: ["'"] },
  { name: "^+", node: "sup_plus", fixity: "postfix", spellings: ["^+", "⁺"] },
  { name: "^*", node: "asterisk", fixity: "postfix", spellings: ["^*"] },
  { name: "^#", node: "sup_hash", fixity: "postfix", spellings: ["^#"] },
  // infix: logic
  { name: "=>", node: "implies", fixity: "infix", spellings: ["=>", "⟹", "⇒"] },
  { name: "<=>", node: "iff", fixity: "infix", spellings: ["<=>", "⟺", "⇔"] },
  { name: "\\equiv", node: "equiv", fixity: "infix", spellings: ["\\equiv", "≡"] },
  { name: "/\\", node: "land", fixity: "infix", spellings: ["/\\", "\\land", "∧"] },
  { name: "\\/", node: "lor", fixity: "infix", spellings: ["\\/", "\\lor", "∨"] },
  // infix: temporal
  { name: "~>", node: "leads_to", fixity: "infix", spellings: ["~>", "⇝", "↝"] },
  { name: "-+->", node: "plus_arrow", fixity: "infix", spellings: ["-+->", "⇸", "⥅"] },
  // infix: equality, sets
  { name: "=", node: "eq", fixity: "infix", spellings: ["="] },
  { name: "/=", node: "neq", fixity: "infix", spellings: ["/=", "#", "≠"] },
  { name: "\\in", node: "in", fixity: "infix", spellings: ["\\in", "∈"] },
  { name: "\\notin", node: "notin", fixity: "infix", spellings: ["\\notin", "∉"] },
  { name: "\\subseteq", node: "subseteq", fixity: "infix", spellings: ["\\subseteq", "⊆"] },
  { name: "\\subset", node: "subset", fixity: "infix", spellings: ["\\subset", "⊂"] },
  { name: "\\supseteq", node: "supseteq", fixity: "infix", spellings: ["\\supseteq", "⊇"] },
  { name: "\\supset", node: "supset", fixity: "infix", spellings: ["\\supset", "⊃"] },
  { name: "\\cup", node: "cup", fixity: "infix", spellings: ["\\cup", "\\union", "∪"] },
  { name: "\\cap", node: "cap", fixity: "infix", spellings: ["\\cap", "\\intersect", "∩"] },
  { name: "\\", node: "setminus", fixity: "infix", spellings: ["\\"] },
  { name: "\\X", node: "times", fixity: "infix", spellings: ["\\X", "\\times", "×"] },
  // infix: arithmetic (Naturals, Integers)
  { name: "<", node: "lt", fixity: "infix", spellings: ["<"] },
  { name: ">", node: "gt", fixity: "infix", spellings: [">"] },
  { name: "<=", node: "leq", fixity: "infix", spellings: ["<=", "=<", "\\leq", "≤"] },
  { name: ">=", node: "geq", fixity: "infix", spellings: [">=", "\\geq", "≥"] },
  { name: "+", node: "plus", fixity: "infix", spellings: ["+"] },
  { name: "-", node: "minus", fixity: "infix", spellings: ["-"] },
  { name: "*", node: "mul", fixity: "infix", spellings: ["*"] },
  { name: "/", node: "slash", fixity: "infix", spellings: ["/"] },
  { name: "\\div", node: "div", fixity: "infix", spellings: ["\\div", "÷"] },
  { name: "%", node: "mod", fixity: "infix", spellings: ["%"] },
  { name: "^", node: "pow", fixity: "infix", spellings: ["^"] },
  { name: "..", node: "dots_2", fixity: "infix", spellings: ["..", "‥"] },
  // infix: Sequences, TLC
  { name: "\\o", node: "circ", fixity: "infix", spellings: ["\\o", "\\circ", "∘"] },
  { name: ":>", node: "map_to", fixity: "infix", spellings: [":>"] },
  { name: "@@", node: "compose", fixity: "infix", spellings: ["@@"] },
  // infix: user-definable, no standard meaning
  { name: "<:", node: "map_from", fixity: "infix", spellings: ["<:"] },
  { name: ":=", node: "assign", fixity: "infix", spellings: [":=", "≔"] },
  { name: "::=", node: "bnf_rule", fixity: "infix", spellings: ["::=", "⩴"] },
  { name: "\\approx", node: "approx", fixity: "infix", spellings: ["\\approx", "≈"] },
  { name: "|-", node: "rs_ttile", fixity: "infix", spellings: ["|-", "⊢"] },
  { name: "|=", node: "rd_ttile", fixity: "infix", spellings: ["|=", "⊨"] },
  { name: "-|", node: "ls_ttile", fixity: "infix", spellings: ["-|", "⊣"] },
  { name: "=|", node: "ld_ttile", fixity: "infix", spellings: ["=|", "⫤"] },
  { name: "\\asymp", node: "asymp", fixity: "infix", spellings: ["\\asymp", "≍"] },
  { name: "\\cong", node: "cong", fixity: "infix", spellings: ["\\cong", "≅"] },
  { name: "\\doteq", node: "doteq", fixity: "infix", spellings: ["\\doteq", "≐"] },
  { name: "\\gg", node: "gg", fixity: "infix", spellings: ["\\gg", "≫"] },
  { name: "\\ll", node: "ll", fixity: "infix", spellings: ["\\ll", "≪"] },
  { name: "\\prec", node: "prec", fixity: "infix", spellings: ["\\prec", "≺"] },
  { name: "\\succ", node: "succ", fixity: "infix", spellings: ["\\succ", "≻"] },
  { name: "\\preceq", node: "preceq", fixity: "infix", spellings: ["\\preceq", "⪯"] },
  { name: "\\succeq", node: "succeq", fixity: "infix", spellings: ["\\succeq", "⪰"] },
  { name: "\\propto", node: "propto", fixity: "infix", spellings: ["\\propto", "∝"] },
  { name: "\\sim", node: "sim", fixity: "infix", spellings: ["\\sim", "∼"] },
  { name: "\\simeq", node: "simeq", fixity: "infix", spellings: ["\\simeq", "≃"] },
  { name: "\\sqsubset", node: "sqsubset", fixity: "infix", spellings: ["\\sqsubset", "⊏"] },
  { name: "\\sqsupset", node: "sqsupset", fixity: "infix", spellings: ["\\sqsupset", "⊐"] },
  { name: "\\sqsubseteq", node: "sqsubseteq", fixity: "infix", spellings: ["\\sqsubseteq", "⊑"] },
  { name: "\\sqsupseteq", node: "sqsupseteq", fixity: "infix", spellings: ["\\sqsupseteq", "⊒"] },
  { name: "\\sqcap", node: "sqcap", fixity: "infix", spellings: ["\\sqcap", "⊓"] },
  { name: "\\sqcup", node: "sqcup", fixity: "infix", spellings: ["\\sqcup", "⊔"] },
  { name: "...", node: "dots_3", fixity: "infix", spellings: ["...", "…"] },
  { name: "++", node: "plusplus", fixity: "infix", spellings: ["++"] },
  { name: "--", node: "minusminus", fixity: "infix", spellings: ["--"] },
  { name: "**", node: "mulmul", fixity: "infix", spellings: ["**"] },
  { name: "//", node: "slashslash", fixity: "infix", spellings: ["//"] },
  { name: "%%", node: "modmod", fixity: "infix", spellings: ["%%"] },
  { name: "^^", node: "powpow", fixity: "infix", spellings: ["^^"] },
  { name: "|", node: "vert", fixity: "infix", spellings: ["|"] },
  { name: "||", node: "vertvert", fixity: "infix", spellings: ["||", "‖"] },
  { name: "&", node: "amp", fixity: "infix", spellings: ["&"] },
  { name: "&&", node: "ampamp", fixity: "infix", spellings: ["&&"] },
  { name: "$", node: "dol", fixity: "infix", spellings: ["$"] },
  { name: "$$", node: "doldol", fixity: "infix", spellings: ["$$"] },
  { name: "??", node: "qq", fixity: "infix", spellings: ["??", "⁇"] },
  { name: "##", node: "hashhash", fixity: "infix", spellings: ["##"] },
  { name: "!!", node: "excl", fixity: "infix", spellings: ["!!", "‼"] },
  { name: "\\oplus", node: "oplus", fixity: "infix", spellings: ["\\oplus", "(+)", "⊕"] },
  { name: "\\ominus", node: "ominus", fixity: "infix", spellings: ["\\ominus", "(-)", "⊖"] },
  { name: "\\odot", node: "odot", fixity: "infix", spellings: ["\\odot", "(.)", "⊙"] },
  { name: "\\oslash", node: "oslash", fixity: "infix", spellings: ["\\oslash", "(/)", "⊘"] },
  { name: "\\otimes", node: "otimes", fixity: "infix", spellings: ["\\otimes", "(\\X)", "⊗"] },
  { name: "\\bigcirc", node: "bigcirc", fixity: "infix", spellings: ["\\bigcirc", "◯"] },
  { name: "\\bullet", node: "bullet", fixity: "infix", spellings: ["\\bullet", "●"] },
  { name: "\\star", node: "star", fixity: "infix", spellings: ["\\star", "⋆"] },
  { name: "\\uplus", node: "uplus", fixity: "infix", spellings: ["\\uplus", "⊎"] },
  { name: "\\wr", node: "wr", fixity: "infix", spellings: ["\\wr", "≀"] },
  { name: "\\cdot", node: "cdot", fixity: "infix", spellings: ["\\cdot", "⋅"] },
] as const;

export type BuiltinOpInfo = (typeof builtinOps)[number];
/** The canonical name of a built-in operator symbol. */
export type BuiltinOp = BuiltinOpInfo["name"];
export type PrefixOp = Extract<BuiltinOpInfo, { fixity: "prefix" }>["name"];
export type InfixOp = Extract<BuiltinOpInfo, { fixity: "infix" }>["name"];
export type PostfixOp = Extract<BuiltinOpInfo, { fixity: "postfix" }>["name"];

const byNode: ReadonlyMap<string, BuiltinOpInfo> = new Map(builtinOps.map((o) => [o.node, o]));
const byName: ReadonlyMap<string, BuiltinOpInfo> = new Map(builtinOps.map((o) => [o.name, o]));

/** The operator for a tree-sitter symbol node type (`leq` -> `<=`), or undefined. */
export function opForNodeType(nodeType: string): BuiltinOpInfo | undefined {
  // negative_dot is aliased to `negative` by the grammar, but be safe if an older grammar leaks it.
  return byNode.get(nodeType === "negative_dot" ? "negative" : nodeType);
}

export function isBuiltinOp(name: string): name is BuiltinOp {
  return byName.has(name);
}

export function builtinOpInfo(name: BuiltinOp): BuiltinOpInfo {
  const info = byName.get(name);
  if (!info) throw new Error(`unknown builtin operator ${name}`);
  return info;
}
