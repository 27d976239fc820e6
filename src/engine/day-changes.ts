// Where a day asked at its start gives way to another verdict before it ends: the instants its
// answer changes at (changesDuringDay), each asked again, kept where the verdict is another.
import type { Answer } from './check.js';

/** An instant inside a day at which the verdict becomes another, and the answer from then. */
export interface AnswerChange {
  at: number;
  answer: Answer;
}

/**
 * Each instant of `answer`'s day at which the verdict becomes another than the one before it, in
 * order, with the answer there (`answerAt`, the same query asked at that instant).
 */
export function* verdictChanges(answer: Answer, answerAt: (at: number) => Answer): Generator<AnswerChange> {
  let verdict = answer.verdict;
  for (const at of answer.changesDuringDay) {
    const later = answerAt(at);
    if (later.verdict === verdict) continue;
    yield { at, answer: later };
    verdict = later.verdict;
  }
}
