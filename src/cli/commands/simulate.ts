import type { Command } from "commander";
import { writeFileSync } from "node:fs";
import { ExitCode } from "../../diagnostics/exit-codes.ts";
import { fail, ProblemError } from "../../diagnostics/problem.ts";
import { defaultNodeNames } from "../../protocol/quorum/quorum-system.ts";
import { isFault, type Fault } from "../../sim/actions.ts";
import { formatItf, traceToItf } from "../../trace/itf.ts";
import { simulateTrace, type CommonOptions, type SimulateOptions, type SimulationStats } from "../../trace/simulate.ts";
import { formatTrace } from "../../trace/writer.ts";
import { writeError, writeJson, writeLine } from "../output.ts";
import { addQuorumFlags, nodeList, quorumFromFlags, wholeNumber, type QuorumFlags } from "./quorum.ts";

export interface SimulateFlags extends QuorumFlags {
  seed: string;
  steps: string;
  nodes: string;
  faults?: string;
  out: string;
  json?: boolean;
  mutant: string[];
  fullStateEvery: string;
  allowUnsafeQuorums?: boolean;
  proposers?: string;
  learners?: string;
  ballots?: string;
  values: string;
  clients?: string;
  maxOps?: string;
  writeBack: boolean;
}

const paxosOnly = ["proposers", "learners", "ballots"] as const;
const registerOnly = ["clients", "maxOps"] as const;
const flagName: Record<string, string> = { proposers: "--proposers", learners: "--learners", ballots: "--ballots", clients: "--clients", maxOps: "--max-ops" };

function parseFaults(text: string | undefined): Fault[] {
  if (text === undefined || text.trim() === "" || text === "none") return [];
  const faults = text.split(",").map((f) => f.trim());
  for (const f of faults) if (!isFault(f)) fail("usage", `unknown fault "${f}" in --faults: use drop, dup, crash, partition (comma-separated)`);
  return [...new Set(faults)] as Fault[];
}

/** The flags of `harness simulate` as pipeline options; a bad flag throws a usage ProblemError. */
export function simulateOptionsFromFlags(protocol: string, flags: SimulateFlags): SimulateOptions {
  if (protocol !== "paxos" && protocol !== "register") fail("usage", `unknown protocol "${protocol}": use paxos or register`);
  const wrong = protocol === "paxos" ? registerOnly : paxosOnly;
  for (const k of wrong) if (flags[k] !== undefined) fail("usage", `${flagName[k]} applies to ${protocol === "paxos" ? "register" : "paxos"}, not ${protocol}`);
  if (protocol === "paxos" && flags.writeBack === false) fail("usage", "--no-write-back applies to register, not paxos");
  const common: CommonOptions = {
    seed: wholeNumber("--seed", flags.seed),
    maxSteps: wholeNumber("--steps", flags.steps),
    faults: parseFaults(flags.faults),
    fullStateEvery: wholeNumber("--full-state-every", flags.fullStateEvery),
  };
  const values = defaultNodeNames("v", wholeNumber("--values", flags.values, 1));
  const mutants = flags.mutant;
  const unsafe = flags.allowUnsafeQuorums === true ? { allowUnsafeQuorums: true } : {};
  if (protocol === "paxos") {
    const acceptors = nodeList(flags.nodes, "a");
    const quorum = quorumFromFlags(flags, acceptors).spec;
    const ballots = wholeNumber("--ballots", flags.ballots ?? "4", 1);
    const config = {
      acceptors,
      proposers: defaultNodeNames("p", wholeNumber("--proposers", flags.proposers ?? "2", 1)),
      learners: defaultNodeNames("l", wholeNumber("--learners", flags.learners ?? "1", 1)),
      values,
      ballots: Array.from({ length: ballots }, (_, i) => i),
      quorum,
      mutants,
      ...unsafe,
    };
    return { protocol, config, common };
  }
  const replicas = nodeList(flags.nodes, "r");
  const quorum = quorumFromFlags(flags, replicas).spec;
  const config = {
    replicas,
    clients: wholeNumber("--clients", flags.clients ?? "2", 1),
    values,
    quorum,
    writeBack: flags.writeBack,
    maxOps: wholeNumber("--max-ops", flags.maxOps ?? "3"),
    mutants,
    ...unsafe,
  };
  return { protocol, config, common };
}

function summaryLines(protocol: string, seed: number, out: string, stats: SimulationStats, chosen: readonly string[]): string[] {
  const list = (r: Readonly<Record<string, number | undefined>>) =>
    Object.entries(r)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ") || "none";
  const lines = [
    `simulated ${protocol} with seed ${seed}: ${stats.steps} steps (${stats.stopped === "quiescent" ? "ran to quiescence" : "step limit reached"}), ${stats.events} events -> ${out}`,
    `  steps:        ${list(stats.steps_by_kind)}`,
    `  spec actions: ${list(stats.actions)}`,
  ];
  if (protocol === "paxos") lines.push(`  chosen:       ${chosen.length ? chosen.join(", ") : "nothing yet"}`);
  return lines;
}

export function registerSimulate(program: Command): void {
  const cmd = program
    .command("simulate")
    .description("run the reference implementation on the seeded simulated network and write its trace (NDJSON, or ITF for .itf.json)")
    .argument("<protocol>", "paxos or register")
    .requiredOption("--seed <n>", "seed of the run: the same seed gives the same trace, byte for byte")
    .requiredOption("--out <file>", "where to write the trace (.ndjson, or .itf.json for ITF; - for stdout)")
    .option("--steps <n>", "at most this many scheduler steps", "200")
    .option("--nodes <n|list>", "acceptors (paxos) or replicas (register): a count or comma-separated names", "3")
    .option("--faults <list>", "faults to inject: drop,dup,crash,partition (delivery is always in any order)")
    .option("--mutant <name>", "switch on a seeded bug by name (repeatable)", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--values <n>", "how many values (v1, v2, ...)", "2")
    .option("--proposers <n>", "paxos: proposers p1..pN (default 2)")
    .option("--learners <n>", "paxos: learners l1..lN (default 1)")
    .option("--ballots <n>", "paxos: ballots 0..n-1 (default 4)")
    .option("--clients <n>", "register: clients c1..cN (default 2)")
    .option("--max-ops <n>", "register: operations per client (default 3)")
    .option("--no-write-back", "register: reads return without writing back (the spec's WriteBack = FALSE)")
    .option("--full-state-every <n>", "every n-th event carries the full state (0: none)", "0")
    .option("--allow-unsafe-quorums", "run even when the quorums do not intersect (to watch the spec catch it)")
    .option("--json", "print the run's summary as JSON");
  addQuorumFlags(cmd, "majority").action((protocol: string, flags: SimulateFlags) => {
    const options = simulateOptionsFromFlags(protocol, flags);
    const r = simulateTrace(options);
    if (!r.ok) throw new ProblemError(r.problem);
    const chosen = [...new Set(r.trace.events.filter((e) => e.action === "Learn").map((e) => (e.params.v as { name: string }).name))];
    const itf = flags.out.endsWith(".itf.json");
    let text: string;
    if (itf) {
      const x = traceToItf(r.trace, flags.out);
      if (!x.ok) throw new ProblemError(x.problem);
      text = formatItf(x.value);
    } else text = formatTrace(r.trace.header, r.trace.events);
    if (flags.out === "-") {
      if (flags.json === true) fail("usage", "--json prints the summary on stdout, so the trace needs a file: give --out <file>");
      process.stdout.write(text);
    } else {
      try {
        writeFileSync(flags.out, text);
      } catch (e) {
        fail("io", `cannot write ${flags.out}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    const seed = options.common.seed;
    if (flags.json === true) {
      writeJson({ protocol, seed, out: flags.out, format: itf ? "itf" : "ndjson", ...r.stats, ...(protocol === "paxos" ? { chosen } : {}) });
    } else {
      const lines = summaryLines(protocol, seed, flags.out === "-" ? "stdout" : flags.out, r.stats, chosen);
      if (flags.out === "-") writeError(lines.join("\n"));
      else writeLine(lines.join("\n"));
    }
    process.exitCode = ExitCode.ok;
  });
}
