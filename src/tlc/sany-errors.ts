import type { SourceLocation } from "../diagnostics/location.ts";
import { type Problem, problem } from "../diagnostics/problem.ts";
import { findIdentifier } from "./source-lookup.ts";
import { moduleRangeIn } from "./tlc-location.ts";

/**
 * SANY (TLC's parser) prints its errors as free text before TLC's one-line "Parsing or semantic
 * analysis failed." This reads that text into a Problem with the file, line and column SANY gave.
 */
export function sanyProblem(
  lines: readonly string[],
  fileForModule: (module: string) => string,
  readFile: (name: string) => string | undefined,
): Problem {
  const parseAt = lines.findIndex((l) => l.startsWith("***Parse Error***"));
  if (parseAt >= 0) return parseErrorProblem(lines, parseAt);
  const semantic = semanticBlock(lines);
  if (semantic) {
    const { module, messages } = semantic;
    const first = messages[0] ?? "SANY rejected the specification";
    const ranged = moduleRangeIn(messages.join("\n"), fileForModule);
    const missing = /^Cannot find source file for module (\S+) imported in module (\S+)\./.exec(first);
    const location =
      ranged ??
      (missing ? locate(readFile, fileForModule(missing[2]!), missing[1]!) : null) ??
      (module ? { file: fileForModule(module), line: 1, column: 1 } : undefined);
    const details = messages.filter((m) => m !== first && !/^line \d+, col \d+ to line/.test(m));
    return problem("spec-semantic", first, location ?? undefined, details.length > 0 ? details : undefined);
  }
  const text = lines.filter((l) => !/^(Parsing file|Semantic processing of module|Linting of module)/.test(l) && l.trim() !== "");
  return problem("spec-parse", "SANY rejected the specification", undefined, text);
}

function parseErrorProblem(lines: readonly string[], at: number): Problem {
  let file = "";
  for (let i = at; i >= 0; i--) {
    const m = /^Parsing file (\S+)/.exec(lines[i]!);
    if (m) {
      file = m[1]!;
      break;
    }
  }
  const body = lines.slice(at + 1).filter((l) => l.trim() !== "");
  const encountered = body.find((l) => l.startsWith("Encountered")) ?? body[0] ?? "parse error";
  const expecting = body.find((l) => l.startsWith("Was expecting"));
  const m = /at line (\d+), column (\d+)/.exec(encountered);
  const location: SourceLocation | undefined = m && file ? { file, line: Number(m[1]), column: Number(m[2]) } : undefined;
  const message = `parse error: ${encountered.trim()}`;
  return problem("spec-parse", message, location, expecting ? [expecting.trim()] : undefined);
}

/** The first `In module M` block after SANY's `*** Errors: N` line. */
function semanticBlock(lines: readonly string[]): { module: string | null; messages: string[] } | null {
  const start = lines.findIndex((l) => /^\*\*\* Errors: \d+/.test(l));
  if (start < 0) return null;
  let module: string | null = null;
  const messages: string[] = [];
  let i = start + 1;
  for (; i < lines.length && messages.length === 0; i++) {
    const line = lines[i]!.trim();
    const inModule = /^In module (\S+)/.exec(line);
    if (inModule) module = inModule[1]!;
    else if (line !== "") messages.push(line);
  }
  for (; i < lines.length && lines[i]!.trim() !== "" && !/^In module /.test(lines[i]!); i++) messages.push(lines[i]!.trim());
  return { module, messages };
}

function locate(readFile: (name: string) => string | undefined, file: string, word: string): SourceLocation | null {
  const text = readFile(file.split(/[\\/]/).pop()!);
  return text === undefined ? null : findIdentifier(text, word, file);
}
