/**
 * TLC prints a value longer than its line width over several lines, adding a space inside the
 * opening bracket (`{ [a |-> 1],\n  [a |-> 2] }`). The one-line form has neither those spaces nor
 * the breaks; normalising to it lets a value read from TLC's output be compared, as text, with
 * the native engine's printing of the same value. Text inside string literals is left alone.
 */
export function normalizeValueText(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
      continue;
    }
    if (/\s/.test(c)) {
      let j = i;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      const before = out;
      const after = text.slice(j);
      const afterOpener = /(\{|<<|\(|\[)$/.test(before) || before === "";
      const beforeCloser = /^(\}|>>|\)|\])/.test(after) || after === "";
      if (!afterOpener && !beforeCloser) out += " ";
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** Index just past the closing quote of the string literal starting at `start` (TLC escapes \" and \\). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === "\\") i += 2;
    else if (text[i] === '"') return i + 1;
    else i++;
  }
  return text.length;
}
