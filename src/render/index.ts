// One renderer per output format.
import type { Answer } from '../engine/check.js';
import type { LinkInput } from '../link/types.js';
import { renderJson } from './json.js';
import { renderText, type TextOptions } from './text.js';

export type AnswerFormat = 'text' | 'json';

/** Each takes the answer and, when the source argument was a link or share text, what it was recognised as. */
export const answerRenderers: Record<AnswerFormat, (answer: Answer, options: TextOptions, link: LinkInput | null) => string> = {
  text: renderText,
  json: (answer, _options, link) => renderJson(answer, link),
};
