// linkcheck classify: one line per input for people, a JSON array for scripts.
import { Chalk } from 'chalk';
import { shownInput } from '../link/classify.js';
import type { Classification } from '../link/types.js';
import type { AnswerFormat } from './index.js';
import { classificationView, explain } from './link.js';
import type { TextOptions } from './text.js';
import { displayWidth, padEndToWidth } from './width.js';

/** Inputs longer than this are shortened on their line; --json keeps them whole. */
const INPUT_WIDTH = 60;

export function renderClassificationsText(results: readonly Classification[], options: TextOptions): string {
  const paint = new Chalk({ level: options.colourLevel });
  const inputs = results.map((result) => shownInput(result.input, INPUT_WIDTH));
  const sources = results.map((result) => result.source?.id ?? 'unrecognised');
  const inputWidth = Math.max(...inputs.map(displayWidth));
  const sourceWidth = Math.max(...sources.map(displayWidth));
  const lines = results.map((result, index) => {
    const source = padEndToWidth(sources[index]!, sourceWidth);
    const painted = result.source ? paint.bold.green(source) : paint.bold.magenta(source);
    return `${padEndToWidth(inputs[index]!, inputWidth)}  ${painted}  ${paint.dim(`(${explain(result)})`)}`;
  });
  return `${lines.join('\n')}\n`;
}

export function renderClassificationsJson(results: readonly Classification[]): string {
  return `${JSON.stringify(results.map(classificationView), null, 2)}\n`;
}

export const classificationRenderers: Record<AnswerFormat, (results: readonly Classification[], options: TextOptions) => string> = {
  text: renderClassificationsText,
  json: (results) => renderClassificationsJson(results),
};
