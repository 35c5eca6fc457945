/**
 * Process exit codes. They follow TLC's (tlc2.output.EC.ExitStatus) so that scripts written
 * for TLC keep working. TLC exits 13 for a violated PROPERTY (action or temporal), 12 for a
 * violated invariant; the conformance corpus (DigitTally_bad) confirms 13.
 */
export const ExitCode = {
  ok: 0,
  assumption: 10,
  deadlock: 11,
  safety: 12,
  property: 13,
  evaluation: 75,
  specParse: 150,
  configParse: 151,
  other: 255,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
