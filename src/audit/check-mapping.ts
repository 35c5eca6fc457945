import { Node } from "ts-morph";
import type { MappingError } from "./finding.ts";
import type { Implementation } from "./impl/load-implementation.ts";
import type { ProtocolMapping } from "./mapping.ts";
import type { SpecInterface } from "./spec-interface.ts";
import { closestName } from "./closest-name.ts";
import { codeLocation, functionName } from "./impl/code-location.ts";
import { isFunctionNode } from "./impl/resolve-expression.ts";

/**
 * A mapping that names what does not exist would make the audit check nothing and pass, so
 * every name in it is checked: spec variables and actions against the spec, state types and
 * their fields against the implementation.
 */
export function checkMapping(mapping: ProtocolMapping, spec: SpecInterface, impl: Implementation): MappingError[] {
  const out: MappingError[] = [];
  const variables = spec.variables.map((v) => v.name);
  const actions = spec.actions.map((a) => a.name);
  const where = `mapping "${mapping.name}"`;
  const hint = (name: string, known: readonly string[]) => {
    const c = closestName(name, known);
    return c ? ` (did you mean ${c}?)` : "";
  };
  const mappedVariables = [
    ...mapping.state.flatMap((s) => Object.entries(s.fields).map(([field, v]) => ({ what: `${s.type}.${field}`, v }))),
    ...(mapping.step.messages ? [{ what: `step.${mapping.step.messages.property}`, v: mapping.step.messages.variable }] : []),
  ];
  for (const { what, v } of mappedVariables) {
    if (!variables.includes(v)) {
      out.push({ code: "mapping-error", message: `${where} maps ${what} to ${v}, which is not a variable of module ${spec.module}${hint(v, variables)}`, location: null });
    }
  }
  for (const env of mapping.environment) {
    if (!actions.includes(env.action)) {
      out.push({ code: "mapping-error", message: `${where} lists ${env.action} as environment-only, but ${spec.module}'s ${mapping.next ?? "Next"} has no such action${hint(env.action, actions)}`, location: null });
    }
  }
  for (const s of mapping.state) {
    const decl = findTypeDeclaration(impl, s.type);
    if (decl === undefined) {
      out.push({ code: "mapping-error", message: `${where} maps state type ${s.type}, which ${mapping.implementation} does not declare`, location: null });
      continue;
    }
    const type = decl.getType();
    for (const field of Object.keys(s.fields)) {
      if (type.getProperty(field) === undefined) {
        const known = type.getProperties().map((p) => p.getName());
        out.push({ code: "mapping-error", message: `${where} maps ${s.type}.${field}, but ${s.type} has no field ${field}${hint(field, known)}`, location: codeLocation(decl, impl.root) });
      }
    }
  }
  const functionNames = new Set(impl.files.flatMap((f) => f.getDescendants().filter(isFunctionNode).map(functionName)));
  for (const s of mapping.silent ?? []) {
    if (!functionNames.has(s.function)) {
      out.push({ code: "mapping-error", message: `${where} declares ${s.function} silent, but ${mapping.implementation} has no function of that name`, location: null });
    }
  }
  return out;
}

function findTypeDeclaration(impl: Implementation, name: string): Node | undefined {
  for (const f of impl.files) {
    const d = f.getInterface(name) ?? f.getTypeAlias(name) ?? f.getClass(name);
    if (d) return d;
  }
  return undefined;
}
