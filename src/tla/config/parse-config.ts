import type { SourceLocation } from "../../diagnostics/location.ts";
import { type Problem, ProblemError, fail } from "../../diagnostics/problem.ts";
import { type ConfigToken, tokenizeConfig } from "./config-tokens.ts";
import type { ConfigName, ConfigValue, ConstantBinding, ModelConfig } from "./model-config.ts";

/**
 * The TLC .cfg reader. Sections start with a keyword and may repeat; names and values keep
 * their locations. Errors are `config-parse` problems (exit 151) with line and column, except a
 * tuple value, which TLC rejects with "It was expecting = or <-" and exit 255: mirrored here as
 * an `unsupported` problem with TLC's wording.
 */
export type ParseConfigResult = { readonly config: ModelConfig } | { readonly problems: readonly Problem[] };

export function parseConfig(text: string, file: string): ParseConfigResult {
  try {
    return { config: new ConfigParser(tokenizeConfig(text, file), file).parse() };
  } catch (e) {
    if (e instanceof ProblemError) return { problems: [e.problem] };
    throw e;
  }
}

type ListSection = "invariants" | "properties" | "constraints" | "actionConstraints" | "postconditions";
type SingleSection = "init" | "next" | "specification" | "symmetry" | "view" | "alias";

/** Each keyword and what it fills; singular and plural spellings are the same section. */
const keywords: Readonly<Record<string, { readonly list: ListSection } | { readonly single: SingleSection } | "constants" | "checkDeadlock">> = {
  CONSTANT: "constants",
  CONSTANTS: "constants",
  INIT: { single: "init" },
  NEXT: { single: "next" },
  SPECIFICATION: { single: "specification" },
  SYMMETRY: { single: "symmetry" },
  VIEW: { single: "view" },
  ALIAS: { single: "alias" },
  INVARIANT: { list: "invariants" },
  INVARIANTS: { list: "invariants" },
  PROPERTY: { list: "properties" },
  PROPERTIES: { list: "properties" },
  CONSTRAINT: { list: "constraints" },
  CONSTRAINTS: { list: "constraints" },
  ACTION_CONSTRAINT: { list: "actionConstraints" },
  ACTION_CONSTRAINTS: { list: "actionConstraints" },
  POSTCONDITION: { list: "postconditions" },
  CHECK_DEADLOCK: "checkDeadlock",
};

const keywordList = Object.keys(keywords).join(", ");

class ConfigParser {
  private pos = 0;
  private readonly constants: ConstantBinding[] = [];
  private readonly single: Partial<Record<SingleSection, ConfigName>> = {};
  private readonly lists: Record<ListSection, ConfigName[]> = {
    invariants: [],
    properties: [],
    constraints: [],
    actionConstraints: [],
    postconditions: [],
  };
  private checkDeadlock: ModelConfig["checkDeadlock"] = null;
  private readonly modelValues = new Map<string, ConfigName>();

  constructor(
    private readonly tokens: readonly ConfigToken[],
    private readonly file: string,
  ) {}

  parse(): ModelConfig {
    while (this.pos < this.tokens.length) {
      const t = this.next();
      const section = t.kind === "ident" ? keywords[t.text] : undefined;
      if (section === undefined) fail("config-parse", `Expected a keyword (${keywordList}), found "${t.text}"`, t.loc);
      if (section === "constants") this.parseConstants();
      else if (section === "checkDeadlock") this.parseCheckDeadlock(t);
      else if ("list" in section) this.parseNames(t, this.lists[section.list]);
      else this.parseSingle(t, section.single);
    }
    return {
      file: this.file,
      constants: this.constants,
      init: this.single.init ?? null,
      next: this.single.next ?? null,
      specification: this.single.specification ?? null,
      symmetry: this.single.symmetry ?? null,
      view: this.single.view ?? null,
      alias: this.single.alias ?? null,
      ...this.lists,
      checkDeadlock: this.checkDeadlock,
      modelValues: [...this.modelValues.values()],
    };
  }

  private peek(): ConfigToken | undefined {
    return this.tokens[this.pos];
  }

  private next(): ConfigToken {
    const t = this.tokens[this.pos];
    if (t === undefined) return fail("config-parse", "Unexpected end of the configuration file", this.endLoc());
    this.pos++;
    return t;
  }

  private endLoc(): SourceLocation {
    const last = this.tokens[this.tokens.length - 1];
    return last === undefined ? { file: this.file, line: 1, column: 1 } : { ...last.loc, column: (last.loc.endColumn ?? last.loc.column) + 1 };
  }

  /** An identifier that is not a keyword (the start of the next section ends a list). */
  private atName(): boolean {
    const t = this.peek();
    return t !== undefined && t.kind === "ident" && keywords[t.text] === undefined;
  }

  private name(after: string): ConfigName {
    const t = this.peek();
    if (t === undefined || !this.atName()) {
      return fail("config-parse", `Expected a name after ${after}${t === undefined ? "" : `, found "${t.text}"`}`, t?.loc ?? this.endLoc());
    }
    this.pos++;
    return { name: t.text, loc: t.loc };
  }

  private parseSingle(keyword: ConfigToken, section: SingleSection): void {
    const name = this.name(keyword.text);
    const previous = this.single[section];
    if (previous !== undefined) {
      fail("config-parse", `${keyword.text} is given twice (first on line ${previous.loc.line})`, keyword.loc);
    }
    this.single[section] = name;
  }

  private parseNames(keyword: ConfigToken, into: ConfigName[]): void {
    into.push(this.name(keyword.text));
    while (this.atName()) into.push(this.name(keyword.text));
  }

  private parseCheckDeadlock(keyword: ConfigToken): void {
    const t = this.next();
    if (t.kind !== "ident" || (t.text !== "TRUE" && t.text !== "FALSE")) {
      fail("config-parse", `CHECK_DEADLOCK must be followed by TRUE or FALSE, found "${t.text}"`, t.loc);
    }
    this.checkDeadlock = { value: t.text === "TRUE", loc: { ...keyword.loc, endLine: t.loc.endLine, endColumn: t.loc.endColumn } };
  }

  private parseConstants(): void {
    while (this.atName()) {
      const name = this.name("CONSTANT");
      const op = this.peek();
      if (op?.kind === "punct" && op.text === "=") {
        this.pos++;
        const value = this.value();
        this.constants.push({ kind: "value", name, value, loc: span(name.loc, value.loc) });
      } else if (op?.kind === "punct" && op.text === "<-") {
        this.pos++;
        let module: ConfigName | null = null;
        const bracket = this.peek();
        if (bracket?.kind === "punct" && bracket.text === "[") {
          this.pos++;
          module = this.name("<-[");
          this.expect("]");
        }
        const target = this.name("<-");
        this.constants.push({ kind: "substitution", name, op: target, module, loc: span(name.loc, target.loc) });
      } else {
        const where = op?.loc ?? this.endLoc();
        fail("config-parse", `TLC found an error in the configuration file at line ${where.line}`, where, [
          `It was expecting = or <- after the constant ${name.name}, but did not find it.`,
        ]);
      }
    }
  }

  private expect(punct: string): void {
    const t = this.next();
    if (t.kind !== "punct" || t.text !== punct) fail("config-parse", `Expected "${punct}", found "${t.text}"`, t.loc);
  }

  private value(): ConfigValue {
    const t = this.next();
    switch (t.kind) {
      case "number":
        return { kind: "int", value: BigInt(t.text), loc: t.loc };
      case "string":
        return { kind: "string", value: t.text, loc: t.loc };
      case "ident":
        if (t.text === "TRUE" || t.text === "FALSE") return { kind: "bool", value: t.text === "TRUE", loc: t.loc };
        if (keywords[t.text] !== undefined) return fail("config-parse", `Expected a value, found the keyword ${t.text}`, t.loc);
        if (!this.modelValues.has(t.text)) this.modelValues.set(t.text, { name: t.text, loc: t.loc });
        return { kind: "model", name: t.text, loc: t.loc };
      case "punct":
        if (t.text === "{") return this.setValue(t);
        if (t.text === "<<") {
          // TLC's own message for this (fixtures/tlc/errors/BadConfig), and its exit code 255.
          return fail("unsupported", `TLC found an error in the configuration file at line ${t.loc.line}`, t.loc, [
            "It was expecting = or <-, but did not find it.",
            "A .cfg cannot hold a tuple; define it in the spec and substitute it: `C <- Op`.",
          ]);
        }
        return fail("config-parse", `Expected a value (number, string, TRUE, FALSE, model value or set), found "${t.text}"`, t.loc);
      default:
        return unreachable(t);
    }
  }

  private setValue(open: ConfigToken): ConfigValue {
    const elems: ConfigValue[] = [];
    const first = this.peek();
    if (first?.kind === "punct" && first.text === "}") {
      this.pos++;
      return { kind: "set", elems, loc: span(open.loc, first.loc) };
    }
    for (;;) {
      elems.push(this.value());
      const t = this.next();
      if (t.kind === "punct" && t.text === "}") return { kind: "set", elems, loc: span(open.loc, t.loc) };
      if (t.kind !== "punct" || t.text !== ",") fail("config-parse", `Expected "," or "}" in a set, found "${t.text}"`, t.loc);
    }
  }
}

function span(from: SourceLocation, to: SourceLocation): SourceLocation {
  return { ...from, endLine: to.endLine ?? to.line, endColumn: to.endColumn ?? to.column };
}

function unreachable(x: never): never {
  throw new Error(`unreachable: ${JSON.stringify(x)}`);
}
