/**
 * TLC's output as a list of messages. In `-tool` mode TLC frames every message as
 * `@!@!@STARTMSG code:severity @!@!@ ... @!@!@ENDMSG code @!@!@`; text outside any frame (SANY's
 * own chatter, Print output) becomes a message with code 0. The plain console output is turned
 * into the same shape by ./plain-messages.ts, so one interpreter (./interpret.ts) reads both.
 */
export interface TlcMessage {
  /** TLC's message code (tlc2.output.EC); 0 for unframed text. */
  readonly code: number;
  /** 0 info, 1 error, 2 warning, 3 (unused), 4 state print. */
  readonly severity: number;
  /** The message text with nested messages inlined, as the plain console prints it; no trailing newline. */
  readonly text: string;
  /** Messages nested inside this one (TLC nests a config error inside a general error). */
  readonly nested: readonly TlcMessage[];
}

export const UNFRAMED = 0;

const marker = /@!@!@(STARTMSG (\d+):(\d+)|ENDMSG (\d+)) @!@!@\r?\n?/g;

interface Open {
  code: number;
  severity: number;
  text: string;
  nested: TlcMessage[];
}

/** Splits a `-tool` mode stream into messages; tolerates a truncated stream (a killed TLC). */
export function splitToolStream(output: string): TlcMessage[] {
  const top: TlcMessage[] = [];
  const stack: Open[] = [];
  let unframed = "";
  let at = 0;

  const flushUnframed = (): void => {
    const text = trimNewlines(unframed);
    if (text.trim() !== "") top.push({ code: UNFRAMED, severity: 0, text, nested: [] });
    unframed = "";
  };
  const addText = (text: string): void => {
    const open = stack[stack.length - 1];
    if (open) open.text += text;
    else unframed += text;
  };
  const close = (open: Open): void => {
    const msg: TlcMessage = { code: open.code, severity: open.severity, text: trimNewlines(open.text), nested: open.nested };
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.nested.push(msg);
      parent.text += msg.text + "\n";
    } else {
      top.push(msg);
    }
  };

  for (const m of output.matchAll(marker)) {
    addText(output.slice(at, m.index));
    at = m.index + m[0].length;
    if (m[2] !== undefined) {
      if (stack.length === 0) flushUnframed();
      stack.push({ code: Number(m[2]), severity: Number(m[3]), text: "", nested: [] });
    } else {
      const open = stack.pop();
      // An ENDMSG without its STARTMSG: ignore it rather than lose the rest of the stream.
      if (open) close(open);
    }
  }
  addText(output.slice(at));
  while (stack.length > 0) close(stack.pop()!);
  flushUnframed();
  return top;
}

export function trimNewlines(text: string): string {
  return text.replace(/^(\r?\n)+/, "").replace(/(\r?\n)+$/, "");
}

export function messageLines(msg: TlcMessage): string[] {
  return msg.text === "" ? [] : msg.text.split(/\r?\n/);
}
