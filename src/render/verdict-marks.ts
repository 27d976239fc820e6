// How a verdict looks in a grid, a run or a bar: one symbol, one bar fill and one
// colour per verdict, with plain-ASCII stand-ins for terminals without the glyphs.
import { Chalk } from 'chalk';
import { VERDICTS, type Verdict } from '../engine/check.js';
import { format, t, type Lang } from '../i18n/index.js';

export { VERDICTS };

export type Glyphs = 'unicode' | 'ascii';

const SYMBOLS: Record<Glyphs, Record<Verdict, string>> = {
  unicode: { allowed: '✔', denied: '✘', 'rolling-out': '◐', unknown: '?' },
  ascii: { allowed: 'Y', denied: 'N', 'rolling-out': '~', unknown: '?' },
};

const FILLS: Record<Glyphs, Record<Verdict, string>> = {
  unicode: { allowed: '█', denied: '░', 'rolling-out': '▒', unknown: '·' },
  ascii: { allowed: '#', denied: '-', 'rolling-out': '~', unknown: '.' },
};

/** Colours for the SVG chart, chosen to stay apart for the common colour-vision deficiencies. */
export const VERDICT_HEX: Record<Verdict, string> = {
  allowed: '#1b9e77',
  denied: '#d95f02',
  'rolling-out': '#e6ab02',
  unknown: '#bdbdbd',
};

/** Symbols and fills are one terminal column wide each. */
export function symbolOf(verdict: Verdict, glyphs: Glyphs): string {
  return SYMBOLS[glyphs][verdict];
}

export function fillOf(verdict: Verdict, glyphs: Glyphs): string {
  return FILLS[glyphs][verdict];
}

/** The styles the views paint with: chalk's at the level decided for the output (src/cli/colour.ts). */
export interface Paint {
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  magenta(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const same = (text: string) => text;
const NO_PAINT: Paint = { green: same, red: same, yellow: same, magenta: same, bold: same, dim: same };

/** For no colour, the text as it is, as chalk gives it at level 0, without loading chalk or going through it for each mark (#18). */
export function painter(level: 0 | 1 | 2 | 3): Paint {
  return level === 0 ? NO_PAINT : new Chalk({ level });
}

export function paintVerdict(paint: Paint, verdict: Verdict, text: string): string {
  switch (verdict) {
    case 'allowed':
      return paint.green(text);
    case 'denied':
      return paint.red(text);
    case 'rolling-out':
      return paint.yellow(text);
    case 'unknown':
      return paint.magenta(text);
  }
}

export function verdictWord(lang: Lang, verdict: Verdict): string {
  return t(lang, `verdict.${verdict}`);
}

/** "rule kuaishou-2022-03-taobao-cut", or "no rule on record". */
export function ruleLabel(lang: Lang, rule: string | null | undefined): string {
  return rule ? format(lang, 'diff.rule', { rule }) : t(lang, 'common.noRule');
}

/** "✔ allowed  ✘ denied  ◐ rolling-out  ? unknown", each mark painted. */
export function legend(lang: Lang, paint: Paint, mark: (verdict: Verdict) => string): string {
  return VERDICTS.map((verdict) => `${paintVerdict(paint, verdict, mark(verdict))} ${verdictWord(lang, verdict)}`).join('  ');
}
