import { fail } from "../../diagnostics/problem.ts";
import type { NumberLit, StringLit } from "./ast.ts";
import { type ConvertContext, childOfType, locOf, malformed, unsupported } from "./convert-context.ts";
import type { TsNode } from "./tree-sitter.ts";

/** Number literals: `17`, `\b101` / `\B101`, `\o17` / `\O17`, `\hA` / `\HA`. */
const radixPrefix: Readonly<Record<string, string>> = {
  binary_number: "0b",
  octal_number: "0o",
  hex_number: "0x",
};

export function convertNumber(ctx: ConvertContext, node: TsNode): NumberLit {
  const loc = locOf(ctx, node);
  if (node.type === "nat_number") return { kind: "number", value: BigInt(node.text), loc };
  if (node.type === "real_number") return unsupported(ctx, node, `The real number ${node.text}`);
  const prefix = radixPrefix[node.type];
  const digits = childOfType(node, "value");
  if (prefix === undefined || digits === undefined) return malformed(ctx, node, "no digits");
  return { kind: "number", value: BigInt(prefix + digits.text), loc };
}

/** TLA+ string escapes (as SANY accepts them); a .cfg uses the same. */
export const stringEscapes: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  n: "\n",
  t: "\t",
  r: "\r",
  f: "\f",
};

export function convertString(ctx: ConvertContext, node: TsNode): StringLit {
  const loc = locOf(ctx, node);
  const raw = node.text.slice(1, -1);
  let value = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch !== "\\") {
      value += ch;
      continue;
    }
    const next = raw[i + 1] ?? "";
    const decoded = stringEscapes[next];
    if (decoded === undefined) fail("spec-parse", `Unknown escape sequence \\${next} in string`, loc);
    value += decoded;
    i++;
  }
  return { kind: "string", value, loc };
}
