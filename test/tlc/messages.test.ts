import { describe, expect, it } from "vitest";
import { splitToolStream } from "../../src/tlc/messages.ts";
import { splitPlainOutput } from "../../src/tlc/plain-messages.ts";
import { normalizeValueText } from "../../src/tlc/value-text.ts";
import { parseToolOutput } from "../../src/tlc/parse-tool-output.ts";

const frame = (code: number, severity: number, body: string) => `@!@!@STARTMSG ${code}:${severity} @!@!@\n${body}\n@!@!@ENDMSG ${code} @!@!@\n`;

describe("splitToolStream", () => {
  it("keeps unframed text, and inlines a nested message where it appeared", () => {
    const out = `Parsing file M.tla\n${frame(1000, 1, "The exception was a X\n: @!@!@STARTMSG 5006:0 @!@!@\ninner line\n@!@!@ENDMSG 5006 @!@!@")}`;
    const msgs = splitToolStream(out);
    expect(msgs.map((m) => m.code)).toEqual([0, 1000]);
    expect(msgs[0]!.text).toBe("Parsing file M.tla");
    expect(msgs[1]!.text).toBe("The exception was a X\n: inner line");
    expect(msgs[1]!.nested.map((m) => m.code)).toEqual([5006]);
  });
  it("closes the messages of a stream cut off mid-message", () => {
    const msgs = splitToolStream("@!@!@STARTMSG 2185:0 @!@!@\nStarting...");
    expect(msgs).toEqual([{ code: 2185, severity: 0, text: "Starting...", nested: [] }]);
  });
});

describe("splitPlainOutput", () => {
  it("gives console lines the codes tool mode uses, without the Error: and State prefixes", () => {
    const msgs = splitPlainOutput("Error: Invariant Inv is violated.\nError: The behavior up to this point is:\nState 1: <Initial predicate>\nx = 1\n\n");
    expect(msgs.map((m) => [m.code, m.text])).toEqual([
      [2110, "Invariant Inv is violated."],
      [2121, "The behavior up to this point is:"],
      [2217, "1: <Initial predicate>\nx = 1"],
    ]);
  });
});

describe("state values", () => {
  it("joins a value TLC broke over several lines into its one-line form", () => {
    expect(normalizeValueText('{ [a |-> 1, b |-> "x  y"],\n  [a |-> 2, b |-> "z"] }')).toBe('{[a |-> 1, b |-> "x  y"], [a |-> 2, b |-> "z"]}');
    expect(normalizeValueText("<< 1,\n   2 >>")).toBe("<<1, 2>>");
  });
  it("reads a multi-line value inside a trace", () => {
    const out = [
      frame(2110, 1, "Invariant Inv is violated."),
      frame(2121, 1, "The behavior up to this point is:"),
      frame(2217, 4, "1: <Initial predicate>\n/\\ msgs = { [a |-> 1],\n  [a |-> 2] }\n/\\ n = 0\n"),
      frame(2199, 0, "1 states generated, 1 distinct states found, 0 states left on queue."),
    ].join("");
    const r = parseToolOutput(out);
    expect(r.check.trace[0]!.state).toEqual({ msgs: "{[a |-> 1], [a |-> 2]}", n: "0" });
    expect(r.exitCode).toBe(12);
  });
  it("reports a lasso's return and an output with no verdict", () => {
    const lasso = [
      frame(2116, 1, "Temporal property Live was violated."),
      frame(2264, 1, "The following behavior constitutes a counter-example:"),
      frame(2217, 4, "1: <Initial predicate>\nx = 0\n"),
      frame(2217, 4, "2: <A line 3, col 1 to line 3, col 9 of module M>\nx = 1\n"),
      frame(2122, 4, "Back to state 1: <B line 4, col 1 to line 4, col 9 of module M>\n"),
    ].join("");
    const r = parseToolOutput(lasso);
    expect(r.check.result).toBe("property");
    expect(r.backToState).toBe(1);
    expect(r.check.trace.length).toBe(2);
    expect(r.exitCode).toBe(13);
    const cut = parseToolOutput(frame(2185, 0, "Starting..."));
    expect(cut.check.result).toBe("error");
    expect(cut.exitCode).toBe(255);
  });
});
