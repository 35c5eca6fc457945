/**
 * Modules that come with TLC rather than from the spec's folder. Their operators are provided
 * in TypeScript by the evaluator, so the loader only records that a spec uses them. Which of
 * them the evaluator implements, and how completely, is its business: an unimplemented operator
 * is reported there, at its use.
 *
 * Deliberately, a file of the same name in the spec's folder does not override them: the
 * evaluator's built-in operators are used whatever a stray copy of Naturals.tla says.
 */
export const standardModuleNames = [
  // Shipped with TLC (tla2sany/StandardModules).
  "Naturals",
  "Integers",
  "Reals",
  "Sequences",
  "FiniteSets",
  "Bags",
  "TLC",
  "TLCExt",
  "RealTime",
  "Randomization",
  "Json",
  "IOUtils",
  // The TLA+ proof system's library: theorems only, nothing to evaluate.
  "TLAPS",
  "NaturalsInduction",
  "SequenceTheorems",
  "FiniteSetTheorems",
  "WellFoundedInduction",
] as const;

export type StandardModuleName = (typeof standardModuleNames)[number];

const names: ReadonlySet<string> = new Set(standardModuleNames);

export function isStandardModule(name: string): name is StandardModuleName {
  return names.has(name);
}
