// A problem's English message and hint, as --json and the library give them.
import type { Problem } from '../../src/errors/problems.js';
import { wordProblem, type ProblemWords } from '../../src/i18n/en-problems.js';

export function problemWords(problem: Problem | undefined): ProblemWords | undefined {
  return problem && wordProblem(problem.wording, problem.params);
}
