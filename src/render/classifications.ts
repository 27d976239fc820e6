// linkcheck classify: one line per input for people, a JSON array for scripts.
import { Chalk } from 'chalk';
import { ENGLISH } from '../i18n/words.js';
import type { Classification } from '../link/types.js';
import type { AnswerFormat } from './index.js';
import { classificationView, explain, standsFor } from './link.js';
import { cut, safeData, safeJson } from './safe.js';
import type { TextOptions } from './text.js';
import { displayWidth, padEndToWidth } from './width.js';

/** Inputs longer than this are shortened on their line; --json keeps them up to the value limit. */
const INPUT_WIDTH = 60;

export function renderClassificationsText(rawResults: readonly Classification[], options: TextOptions): string {
  const paint = new Chalk({ level: options.colourLevel });
  // A share text on one line: its line breaks and runs of spaces become one space, then it is made safe.
  const results = safeData(rawResults.map((result) => ({ ...result, input: result.input.trim().replace(/\s+/gu, ' ') })));
  const inputs = results.map((result) => cut(result.input, INPUT_WIDTH));
  const words = options.words ?? ENGLISH;
  const sources = results.map((result) => standsFor(result) ?? words.say('classify.unrecognised'));
  const inputWidth = Math.max(...inputs.map(displayWidth));
  const sourceWidth = Math.max(...sources.map(displayWidth));
  const lines = results.map((result, index) => {
    const source = padEndToWidth(sources[index]!, sourceWidth);
    const painted = standsFor(result) !== null ? paint.bold.green(source) : paint.bold.magenta(source);
    return `${padEndToWidth(inputs[index]!, inputWidth)}  ${painted}  ${paint.dim(`(${explain(result, words)})`)}`;
  });
  return `${lines.join('\n')}\n`;
}

export function renderClassificationsJson(results: readonly Classification[]): string {
  return safeJson(results.map(classificationView));
}

export const classificationRenderers: Record<AnswerFormat, (results: readonly Classification[], options: TextOptions) => string> = {
  text: renderClassificationsText,
  json: (results) => renderClassificationsJson(results),
};
