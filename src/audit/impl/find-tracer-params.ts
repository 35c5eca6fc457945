import { Node, SyntaxKind, type SourceFile } from "ts-morph";
import { codeLocation, functionName } from "./code-location.ts";
import { paramNames, type Emission } from "./find-emissions.ts";
import { emptyEnv, isFunctionNode, ownerFunction } from "./resolve-expression.ts";

/**
 * The parameters a tracer function writes for each action: in `switch (e.action)`, the object
 * returned under `case "Phase1b":` (cases that fall through share it). Null when the file has no
 * function of that name, so a renamed tracer is a mapping error rather than a silent pass.
 */
export function findTracerParams(file: SourceFile, fnName: string, root: string): Emission[] | null {
  const fn = file.getDescendants().find((n) => isFunctionNode(n) && functionName(n) === fnName);
  if (fn === undefined) return null;
  const out: Emission[] = [];
  for (const sw of fn.getDescendantsOfKind(SyntaxKind.SwitchStatement)) {
    if (ownerFunction(sw) !== fn) continue;
    let labels: string[] = [];
    for (const clause of sw.getCaseBlock().getClauses()) {
      if (Node.isDefaultClause(clause)) {
        labels = [];
        continue;
      }
      const label = clause.getExpression();
      if (Node.isStringLiteral(label) || Node.isNoSubstitutionTemplateLiteral(label)) labels.push(label.getLiteralValue());
      if (clause.getStatements().length === 0) continue;
      for (const ret of clause.getDescendantsOfKind(SyntaxKind.ReturnStatement)) {
        const e = ret.getExpression();
        if (e === undefined || ownerFunction(ret) !== fn) continue;
        const params = paramNames(e, emptyEnv, root);
        for (const action of labels) {
          out.push({ role: "tracer", action, actionText: JSON.stringify(action), params, function: fnName, location: codeLocation(e, root) });
        }
      }
      labels = [];
    }
  }
  return out;
}
