// The check's exit code: a contract with scripts and CI (docs/errors.md, "Exit codes"), decided at the edge.
import type { Answer } from '../engine/check.js';
import { EXIT } from '../errors/errors.js';

export function exitCodeFor(answer: Pick<Answer, 'verdict'>): number {
  switch (answer.verdict) {
    case 'allowed':
      return EXIT.allowed;
    case 'denied':
      return EXIT.denied;
    case 'rolling-out':
    case 'unknown':
      return EXIT.undecided;
  }
}
