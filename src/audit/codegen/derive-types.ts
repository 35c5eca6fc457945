import { formatLocation } from "../../diagnostics/location.ts";
import type { ConstantDecl, Expr, OperatorDef } from "../../tla/syntax/ast.ts";
import type { SpecInterface } from "../spec-interface.ts";
import { lookupOperator, unitsOfKind, type SpecModules } from "../spec/spec-modules.ts";
import { integer, unionOf, unknownShape, type NamedShape, type TypeShape } from "./type-shape.ts";

/** What codegen writes for one spec: named element types, the variables, each action's parameters. */
export interface SpecTypes {
  readonly module: string;
  readonly file: string;
  readonly typeInvariant: string | null;
  readonly named: readonly NamedShape[];
  readonly variables: readonly { readonly name: string; readonly shape: TypeShape }[];
  readonly actions: readonly { readonly name: string; readonly params: readonly { readonly name: string; readonly shape: TypeShape }[] }[];
}

/** Operator names taken as the type invariant, first found wins. */
export const typeInvariantNames = ["TypeOK", "TypeOk", "TypeInvariant", "TypeInv"] as const;

/** Names the generated module declares itself; a spec's named types avoid them. */
const reservedNames = new Set(["Variables", "VariableName", "ActionName", "ActionParams", "Action", "z"]);

/**
 * Types from the spec text alone: variables from the `x \in S` / `x \subseteq S` conjuncts of
 * the type invariant; constants' element types from ASSUME conjuncts (`Ballots \subseteq Nat`
 * makes a ballot an integer; a constant set the ASSUMEs say nothing about holds model values);
 * action parameters from the sets Next's `\E` binds them to. What cannot be derived is
 * `unknown`, with the reason, never a guess.
 */
export function deriveSpecTypes(spec: SpecModules, iface: SpecInterface): SpecTypes {
  const d = new Deriver(spec);
  const typeOk = typeInvariantNames.map((n) => lookupOperator(spec, n)).find((x) => x !== undefined) ?? null;
  const variableSets = typeOk ? d.variableConjuncts(typeOk.body) : new Map<string, TypeShape>();
  const variables = iface.variables.map((v) => ({
    name: v.name,
    shape: variableSets.get(v.name) ?? unknownShape(typeOk ? `${typeOk.name} has no conjunct "${v.name} \\in S" or "${v.name} \\subseteq S"` : `the spec defines no ${typeInvariantNames.join("/")}`),
  }));
  const actions = iface.actions.map((a) => ({
    name: a.name,
    params: a.params.map((p, i) => {
      const dom = a.domains[i];
      return { name: p, shape: dom ? d.elementType(dom) : unknownShape(`Next does not bind ${p} with "\\E ${p} \\in S"`) };
    }),
  }));
  return { module: iface.module, file: iface.file, typeInvariant: typeOk?.name ?? null, named: d.namedShapes(), variables, actions };
}

class Deriver {
  private readonly constants: Map<string, ConstantDecl>;
  /** `C \subseteq S` and `C \in SUBSET S` from ASSUMEs: C's elements are S's. */
  private readonly subsetOf = new Map<string, Expr>();
  /** `C \in S` from ASSUMEs: C is one element of S. */
  private readonly memberOf = new Map<string, Expr>();
  private readonly named = new Map<string, NamedShape>();
  /** TLA+ name (constant or definition) -> generated type name, once derived or being derived. */
  private readonly typeNames = new Map<string, string>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly spec: SpecModules) {
    this.constants = new Map(unitsOfKind(spec, "constant").map((c) => [c.name, c]));
    for (const a of unitsOfKind(spec, "assume")) {
      for (const c of conjuncts(a.body)) {
        if (c.kind !== "op" || c.args.length !== 2) continue;
        const [lhs, rhs] = c.args as [Expr, Expr];
        if (lhs.kind !== "name" || lhs.path.length > 0 || !this.constants.has(lhs.name)) continue;
        if (c.op === "\\subseteq") this.subsetOf.set(lhs.name, rhs);
        else if (c.op === "\\in" && rhs.kind === "op" && rhs.op === "SUBSET") this.subsetOf.set(lhs.name, rhs.args[0]!);
        else if (c.op === "\\in") this.memberOf.set(lhs.name, rhs);
      }
    }
  }

  namedShapes(): NamedShape[] {
    return [...this.named.values()];
  }

  variableConjuncts(body: Expr, depth = 0): Map<string, TypeShape> {
    const out = new Map<string, TypeShape>();
    for (const c of conjuncts(body)) {
      if ((c.kind === "name" || c.kind === "apply") && c.path.length === 0 && depth < 8) {
        const def = lookupOperator(this.spec, c.name);
        if (def && def.params.length === 0) for (const [k, v] of this.variableConjuncts(def.body, depth + 1)) if (!out.has(k)) out.set(k, v);
        continue;
      }
      if (c.kind !== "op" || c.args.length !== 2) continue;
      const [lhs, rhs] = c.args as [Expr, Expr];
      if (lhs.kind !== "name" || lhs.path.length > 0 || out.has(lhs.name)) continue;
      if (c.op === "\\in") out.set(lhs.name, this.elementType(rhs));
      else if (c.op === "\\subseteq") out.set(lhs.name, { kind: "set", elem: this.elementType(rhs) });
    }
    return out;
  }

  /** The type of the elements of a set expression. */
  elementType(e: Expr): TypeShape {
    switch (e.kind) {
      case "name":
        return e.path.length > 0 ? unknownShape(`instance reference ${e.name}`) : this.namedSetElement(e.name, e);
      case "apply":
        if (e.path.length === 0 && e.name === "Seq" && e.args.length === 1) return { kind: "seq", elem: this.elementType(e.args[0]!) };
        return unknownShape(`a set computed by ${e.name}(...) at ${formatLocation(e.loc)}`);
      case "setEnum":
        return e.elems.length === 0 ? unknownShape("the empty set has no elements to type") : unionOf(e.elems.map((x) => this.valueType(x)));
      case "setFilter":
        return this.elementType(e.bound.set);
      case "fcnSet":
        return { kind: "function", domain: this.elementType(e.domain), range: this.elementType(e.range) };
      case "recordSet":
        return { kind: "record", fields: e.fields.map((f) => ({ name: f.name, type: this.elementType(f.value) })) };
      case "op":
        return this.opElementType(e.op, e.args, e);
      default:
        return unknownShape(`cannot derive element types of a ${e.kind} expression at ${formatLocation(e.loc)}`);
    }
  }

  private opElementType(op: string, args: readonly Expr[], e: Expr): TypeShape {
    switch (op) {
      case "\\cup":
        return unionOf(args.map((a) => this.elementType(a)));
      case "\\cap":
      case "\\":
        return this.elementType(args[0]!);
      case "..":
        return integer;
      case "SUBSET":
        return { kind: "set", elem: this.elementType(args[0]!) };
      case "\\X":
        return { kind: "tuple", elems: args.map((a) => this.elementType(a)) };
      default:
        return unknownShape(`cannot derive element types of ${op} at ${formatLocation(e.loc)}`);
    }
  }

  private namedSetElement(name: string, at: Expr): TypeShape {
    switch (name) {
      case "Nat":
      case "Int":
        return integer;
      case "BOOLEAN":
        return { kind: "boolean" };
      case "STRING":
        return { kind: "string" };
    }
    const constant = this.constants.get(name);
    if (constant) {
      if (constant.arity > 0) return unknownShape(`operator constant ${name}`);
      return this.declare(name, `An element of the constant ${name}`, () => {
        const sub = this.subsetOf.get(name);
        if (sub) return this.elementType(sub);
        const member = this.memberOf.get(name);
        if (member) {
          const set = this.elementType(member);
          return set.kind === "set" ? set.elem : unknownShape(`${name} is an element of a set of non-sets`);
        }
        return { kind: "model" };
      }, constant.loc);
    }
    const def = lookupOperator(this.spec, name);
    if (def && def.params.length === 0) return this.declare(name, `An element of ${name}`, () => this.elementType(def.body), def.nameLoc);
    return unknownShape(`${name} at ${formatLocation(at.loc)} is not a constant or a defined set`);
  }

  /** The type of a value expression (an element written inside `{...}`). */
  valueType(e: Expr, depth = 0): TypeShape {
    switch (e.kind) {
      case "number":
        return { kind: "literal", value: Number(e.value) };
      case "string":
        return { kind: "literal", value: e.value };
      case "bool":
        return { kind: "literal", value: e.value };
      case "op":
        if (e.op === "-." && e.args[0]?.kind === "number") return { kind: "literal", value: -Number(e.args[0].value) };
        return unknownShape(`cannot derive the type of ${e.op} at ${formatLocation(e.loc)}`);
      case "record":
        return { kind: "record", fields: e.fields.map((f) => ({ name: f.name, type: this.valueType(f.value, depth + 1) })) };
      case "tuple":
        return { kind: "tuple", elems: e.elems.map((x) => this.valueType(x, depth + 1)) };
      case "name":
        return this.namedValue(e, depth);
      default:
        return unknownShape(`cannot derive the type of a ${e.kind} expression at ${formatLocation(e.loc)}`);
    }
  }

  private namedValue(e: Extract<Expr, { kind: "name" }>, depth: number): TypeShape {
    const constant = this.constants.get(e.name);
    if (constant) {
      const member = this.memberOf.get(e.name);
      if (member) return this.elementType(member);
      const sub = this.subsetOf.get(e.name);
      if (sub) return { kind: "set", elem: this.elementType(sub) };
      return this.declare(`value ${e.name}`, `The model value ${e.name}`, () => ({ kind: "model" }), constant.loc, e.name);
    }
    const def: OperatorDef | undefined = lookupOperator(this.spec, e.name);
    if (def && def.params.length === 0 && depth < 8) return this.valueType(def.body, depth + 1);
    return unknownShape(`cannot derive the type of ${e.name} at ${formatLocation(e.loc)}`);
  }

  /** Declares a named type once (its dependencies first), returning a reference to it. */
  private declare(source: string, doc: string, derive: () => TypeShape, loc: { file: string; line: number }, base = singular(source)): TypeShape {
    const existing = this.typeNames.get(source);
    if (existing !== undefined) {
      return this.inProgress.has(source) ? unknownShape(`${source} is defined in terms of itself`) : { kind: "ref", name: existing };
    }
    const name = this.freshName(base.charAt(0).toUpperCase() + base.slice(1));
    this.typeNames.set(source, name);
    this.inProgress.add(source);
    const shape = derive();
    this.inProgress.delete(source);
    this.named.set(name, { name, shape, doc: `${doc} (${loc.file}:${loc.line}).` });
    return { kind: "ref", name };
  }

  private freshName(base: string): string {
    const taken = (n: string) => reservedNames.has(n) || [...this.typeNames.values()].includes(n);
    if (!taken(base)) return base;
    for (let i = 2; ; i++) if (!taken(`${base}${i}`)) return `${base}${i}`;
  }
}

function conjuncts(e: Expr): Expr[] {
  if (e.kind === "and") return e.conjuncts.flatMap(conjuncts);
  if (e.kind === "label") return conjuncts(e.body);
  return [e];
}

/** `Acceptors` -> `Acceptor`, `Replies` -> `Reply`; a name that is not a plural gets `Element`. */
export function singular(name: string): string {
  const cap = name.charAt(0).toUpperCase() + name.slice(1);
  if (/ies$/.test(cap) && cap.length > 4) return `${cap.slice(0, -3)}y`;
  if (/[^s]s$/.test(cap)) return cap.slice(0, -1);
  return `${cap}Element`;
}
