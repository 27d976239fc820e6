// Expected failures. Each prints as one line and carries its exit code; anything
// else that is thrown is a bug and keeps its stack.
import { formatProblem, type Problem } from './problems.js';

export const EXIT = {
  allowed: 0,
  denied: 1,
  usage: 2,
  undecided: 3,
} as const;

/** A bad argument, option or value from the user. */
export class InputError extends Error {
  readonly exitCode = EXIT.usage;
}

/** Rule data that cannot be used; lists every problem found. */
export class DataError extends Error {
  readonly exitCode = EXIT.usage;
  constructor(readonly problems: Problem[]) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}; run "linkcheck rules lint" to see them all)` : '';
    super(`invalid rule data: ${first ? formatProblem(first) : 'no problems listed'}${more}`);
  }
}
