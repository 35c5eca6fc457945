import type { Value } from "./value.ts";
import { unreachable } from "./value.ts";
import { normalizeSet } from "./enumerate.ts";
import { isEvalError } from "./errors.ts";

/**
 * A value as TLC's PrintT prints it (and as TLC prints states): the value is normalised first,
 * so sets print in canonical order and printing may fail as TLC's does (`{1, "a"}`,
 * `SUBSET Nat`, `{x \in Nat : x < 3}`).
 *
 * - `{1, 2}`, `{}`; intervals `1..5` (empty ones `{}`); `Nat`, `Int`, `STRING`, `Seq(S)`;
 *   other symbolic sets are enumerated (`SUBSET {1, 2}` prints `{{}, {1}, {2}, {1, 2}}`);
 * - `<<1, 2>>`, `<<>>`; `[a |-> 1, b |-> 2]`; other functions `(1 :> "a" @@ 2 :> "b")`;
 * - strings quoted with `\"`, `\\`, `\t`, `\n`, `\f`, `\r` escaped; model values bare.
 */
export function printValue(v: Value): string {
  const out: string[] = [];
  write(v, out, "print");
  return out.join("");
}

/**
 * The text TLC's ToString gives: as printValue, but never failing. A set that cannot be
 * normalised prints in construction order, a symbolic set that cannot be enumerated prints
 * symbolically (`SUBSET Nat`, `{x \in Nat : ...}`).
 */
export function toStringText(v: Value): string {
  const out: string[] = [];
  write(v, out, "tostring");
  return out.join("");
}

/**
 * A value in an error message: never fails and never enumerates a symbolic set (so a message
 * about `SUBSET (1..40)` does not try to print 2^40 sets); otherwise as printValue.
 */
export function showValue(v: Value): string {
  const out: string[] = [];
  write(v, out, "message");
  return out.join("");
}

/** print: PrintT, may fail; tostring: ToString, never fails; message: never enumerates. */
type Mode = "print" | "tostring" | "message";

function write(v: Value, out: string[], mode: Mode): void {
  const strict = mode === "print";
  switch (v.kind) {
    case "bool":
      out.push(v.value ? "TRUE" : "FALSE");
      return;
    case "int":
      out.push(String(v.value));
      return;
    case "string":
      out.push(quoteString(v.value));
      return;
    case "model":
      out.push(v.name);
      return;
    case "set":
      if (v.mixed && !strict) return writeElems(v.elems, out, mode);
      return writeElems(normalizeSet(v).elems, out, mode);
    case "interval":
      out.push(v.hi < v.lo ? "{}" : `${v.lo}..${v.hi}`);
      return;
    case "nat":
      out.push("Nat");
      return;
    case "int-set":
      out.push("Int");
      return;
    case "string-set":
      out.push("STRING");
      return;
    case "seq-set":
      out.push("Seq(");
      write(v.base, out, mode);
      out.push(")");
      return;
    case "tuple":
      out.push("<<");
      for (let i = 0; i < v.elems.length; i++) {
        if (i > 0) out.push(", ");
        write(v.elems[i]!, out, mode);
      }
      out.push(">>");
      return;
    case "record":
      if (v.fields.every(isName)) {
        out.push("[");
        for (let i = 0; i < v.fields.length; i++) {
          if (i > 0) out.push(", ");
          out.push(v.fields[i]!, " |-> ");
          write(v.values[i]!, out, mode);
        }
        out.push("]");
        return;
      }
      // TLC prints a string-domain function as a record only when every key is an identifier.
      out.push("(");
      for (let i = 0; i < v.fields.length; i++) {
        if (i > 0) out.push(" @@ ");
        out.push(quoteString(v.fields[i]!), " :> ");
        write(v.values[i]!, out, mode);
      }
      out.push(")");
      return;
    case "fcn":
      out.push("(");
      for (let i = 0; i < v.domain.length; i++) {
        if (i > 0) out.push(" @@ ");
        write(v.domain[i]!, out, mode);
        out.push(" :> ");
        write(v.values[i]!, out, mode);
      }
      out.push(")");
      return;
    case "operator":
      out.push(v.name);
      return;
    case "subset":
    case "union-all":
    case "fcn-set":
    case "record-set":
    case "product":
    case "cup":
    case "cap":
    case "diff":
    case "filter":
    case "map":
      if (mode === "print") return writeElems(normalizeSet(v).elems, out, mode);
      if (mode === "message") {
        out.push(symbolic(v));
        return;
      }
      try {
        return writeElems(normalizeSet(v).elems, out, mode);
      } catch (e) {
        if (!isEvalError(e)) throw e;
        out.push(symbolic(v));
        return;
      }
    default:
      return unreachable(v);
  }
}

function writeElems(elems: readonly Value[], out: string[], mode: Mode): void {
  out.push("{");
  for (let i = 0; i < elems.length; i++) {
    if (i > 0) out.push(", ");
    write(elems[i]!, out, mode);
  }
  out.push("}");
}

/** How a symbolic set that cannot be enumerated is shown in a message. */
function symbolic(v: Value): string {
  switch (v.kind) {
    case "subset":
      return `SUBSET ${showValue(v.base)}`;
    case "union-all":
      return `UNION ${showValue(v.base)}`;
    case "fcn-set":
      return `[${showValue(v.domain)} -> ${showValue(v.range)}]`;
    case "record-set":
      return `[${v.fields.map((f, i) => `${f} : ${showValue(v.sets[i]!)}`).join(", ")}]`;
    case "product":
      return v.sets.map(showValue).join(" \\X ");
    case "cup":
      return `${showValue(v.left)} \\cup ${showValue(v.right)}`;
    case "cap":
      return `${showValue(v.left)} \\cap ${showValue(v.right)}`;
    case "diff":
      return `${showValue(v.left)} \\ ${showValue(v.right)}`;
    case "filter":
      return `{x \\in ${showValue(v.base)} : ...}`;
    case "map":
      return `{... : x \\in ${showValue(v.base)}}`;
    default:
      return showValue(v);
  }
}

/** A TLA+ string literal, escaped as TLC's StringValue.PrintVersion escapes it. */
export function quoteString(s: string): string {
  let body = "";
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | null = null;
    if (c === 0x22) esc = '\\"';
    else if (c === 0x5c) esc = "\\\\";
    else if (c === 0x09) esc = "\\t";
    else if (c === 0x0a) esc = "\\n";
    else if (c === 0x0c) esc = "\\f";
    else if (c === 0x0d) esc = "\\r";
    if (esc !== null) {
      body += s.slice(start, i) + esc;
      start = i + 1;
    }
  }
  return `"${body}${s.slice(start)}"`;
}

/**
 * TLC's FcnRcdValue.isName: letters, digits and `_`, at least one letter, and not a
 * fairness-looking `WF_`/`SF_` prefix.
 */
export function isName(name: string): boolean {
  let hasLetter = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x5f) continue;
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    const digit = c >= 0x30 && c <= 0x39;
    if (letter) hasLetter = true;
    else if (!digit) {
      if (c < 0x80) return false;
      return isNameSlow(name);
    }
  }
  return hasLetter && (name.length < 4 || (!name.startsWith("WF_") && !name.startsWith("SF_")));
}

function isNameSlow(name: string): boolean {
  let hasLetter = false;
  for (const ch of name) {
    if (ch === "_") continue;
    if (!/^[\p{L}\p{Nd}]$/u.test(ch)) return false;
    if (/^\p{L}$/u.test(ch)) hasLetter = true;
  }
  return hasLetter && (name.length < 4 || (!name.startsWith("WF_") && !name.startsWith("SF_")));
}
