import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { Project, ts, type SourceFile } from "ts-morph";
import { problem, type Problem } from "../../diagnostics/problem.ts";

export interface Implementation {
  readonly project: Project;
  /** The implementation's own files (imports they pull in are in the project, not here). */
  readonly files: readonly SourceFile[];
  readonly root: string;
}

/**
 * Loads every .ts file under `folder` (relative to `root`) into a ts-morph project with the
 * compiler options the repository uses (`.ts` import extensions, strict), so the type checker
 * can answer "what type is this expression" across files. Tests are not part of an
 * implementation and are skipped.
 */
export function loadImplementation(
  root: string,
  folder: string,
  project: Project = createImplementationProject(),
): { implementation: Implementation } | { problems: Problem[] } {
  const dir = resolve(root, folder);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { problems: [problem("io", `implementation folder ${folder} does not exist under ${root}`)] };
  }
  const files = project
    .addSourceFilesAtPaths([`${dir}/**/*.ts`, `!${dir}/**/*.test.ts`, `!${dir}/**/*.d.ts`])
    .sort((a, b) => a.getFilePath().localeCompare(b.getFilePath()));
  if (files.length === 0) {
    return { problems: [problem("io", `implementation folder ${folder} holds no .ts files`)] };
  }
  return { implementation: { project, files, root } };
}

/**
 * One project can hold several implementations: building the type checker is the audit's main
 * cost, so a run that audits every protocol loads every folder first and checks once.
 */
export function createImplementationProject(): Project {
  return new Project({
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      allowImportingTsExtensions: true,
      noEmit: true,
      skipLibCheck: true,
      // Only what protocol code may use: no DOM, no @types/node (loading them costs seconds).
      lib: ["lib.es2023.d.ts"],
      types: [],
    },
    skipAddingFilesFromTsConfig: true,
  });
}
