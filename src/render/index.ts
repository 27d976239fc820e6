// One renderer per output format.
import type { Answer } from '../engine/check.js';
import { renderJson } from './json.js';
import { renderText, type TextOptions } from './text.js';

export type AnswerFormat = 'text' | 'json';

export const answerRenderers: Record<AnswerFormat, (answer: Answer, options: TextOptions) => string> = {
  text: renderText,
  json: (answer) => renderJson(answer),
};
