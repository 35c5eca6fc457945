import { unreachable } from "../../tla/values/value.ts";
import { group, type Doc } from "./layout.ts";
import type { NamedShape, TypeShape } from "./type-shape.ts";

/** Named shapes by name, to see through references (is this key type a string?). */
export type ShapeLookup = ReadonlyMap<string, NamedShape>;

export function schemaName(typeName: string): string {
  return `${typeName}Schema`;
}

const noTrailing = { trailing: false } as const;

/** The TypeScript type for a shape; immutable, since protocol code is written over immutable data. */
export function printType(s: TypeShape, named: ShapeLookup): Doc {
  switch (s.kind) {
    case "integer":
      return "number";
    case "boolean":
      return "boolean";
    case "string":
    case "model":
      return "string";
    case "literal":
      return JSON.stringify(s.value);
    case "ref":
      return s.name;
    case "function":
      return isStringKey(s.domain, named)
        ? group("Readonly<Record<", [printType(s.domain, named), printType(s.range, named)], ">>", noTrailing)
        : group("ReadonlyArray<readonly [", [printType(s.domain, named), printType(s.range, named)], "]>", noTrailing);
    case "record":
      return group("{", s.fields.map((f) => prefixed(`readonly ${propertyName(f.name)}: `, printType(f.type, named))), "}", { flatSep: "; ", brokenSuffix: ";", pad: true });
    case "set":
    case "seq":
      return group("ReadonlyArray<", [printType(s.elem, named)], ">", noTrailing);
    case "tuple":
      return group("readonly [", s.elems.map((x) => printType(x, named)), "]");
    case "union":
      return group("", s.options.map((o) => (o.kind === "function" ? group("(", [printType(o, named)], ")") : printType(o, named))), "", { flatSep: " | ", brokenSuffix: "", brokenPrefix: "| " });
    case "unknown":
      return "unknown";
    default:
      return unreachable(s);
  }
}

/** The zod schema for a shape; references name the schema declared for that type. */
export function printSchema(s: TypeShape, named: ShapeLookup): Doc {
  switch (s.kind) {
    case "integer":
      return "z.number().int()";
    case "boolean":
      return "z.boolean()";
    case "string":
    case "model":
      return "z.string()";
    case "literal":
      return `z.literal(${JSON.stringify(s.value)})`;
    case "ref":
      return schemaName(s.name);
    case "function":
      return isStringKey(s.domain, named)
        ? group("z.record(", [printSchema(s.domain, named), printSchema(s.range, named)], ")")
        : group("z.array(", [group("z.tuple([", [printSchema(s.domain, named), printSchema(s.range, named)], "])")], ")");
    case "record":
      return objectSchema(s.fields.map((f) => ({ name: f.name, schema: printSchema(f.type, named) })));
    case "set":
    case "seq":
      return group("z.array(", [printSchema(s.elem, named)], ")");
    case "tuple":
      return group("z.tuple([", s.elems.map((x) => printSchema(x, named)), "])");
    case "union":
      return group("z.union([", s.options.map((o) => printSchema(o, named)), "])");
    case "unknown":
      return "z.unknown()";
    default:
      return unreachable(s);
  }
}

export function objectSchema(fields: readonly { readonly name: string; readonly schema: Doc }[]): Doc {
  return group("z.object({", fields.map((f) => prefixed(`${propertyName(f.name)}: `, f.schema)), "})", { pad: true });
}

/** A doc with text in front of it (a property name), kept on the doc's first line. */
function prefixed(prefix: string, d: Doc): Doc {
  return typeof d === "string" ? `${prefix}${d}` : { ...d, open: `${prefix}${d.open}` };
}

/** Unknown parts of a shape, each with why: generated code says them in a comment. */
export function unknownReasons(s: TypeShape, named: ShapeLookup): string[] {
  switch (s.kind) {
    case "unknown":
      return [s.reason];
    case "function":
      return [...unknownReasons(s.domain, named), ...unknownReasons(s.range, named)];
    case "record":
      return s.fields.flatMap((f) => unknownReasons(f.type, named));
    case "set":
    case "seq":
      return unknownReasons(s.elem, named);
    case "tuple":
      return s.elems.flatMap((x) => unknownReasons(x, named));
    case "union":
      return s.options.flatMap((x) => unknownReasons(x, named));
    default:
      return [];
  }
}

function isStringKey(s: TypeShape, named: ShapeLookup, depth = 0): boolean {
  switch (s.kind) {
    case "string":
    case "model":
      return true;
    case "literal":
      return typeof s.value === "string";
    case "ref": {
      const n = named.get(s.name);
      return n !== undefined && depth < 16 && isStringKey(n.shape, named, depth + 1);
    }
    case "union":
      return s.options.every((o) => isStringKey(o, named, depth + 1));
    default:
      return false;
  }
}

export function propertyName(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}
