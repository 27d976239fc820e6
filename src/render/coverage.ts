// What the record covers, for people (text), scripts (JSON) and the README (Markdown).
import { textIn } from '../model/text.js';
import { Chalk } from 'chalk';
import type { Words } from '../i18n/words.js';
import type { Coverage, PlatformCoverage } from '../views/coverage.js';
import { safeData, safeJson } from './safe.js';
import { displayWidth, padEndToWidth } from './width.js';

export interface CoverageTextOptions {
  colourLevel: 0 | 1 | 2 | 3;
  words: Words;
}

const LABELS = ['coverage.label.rules', 'coverage.label.evidence', 'coverage.label.surfaces', 'coverage.label.sources'] as const;

export function renderCoverageText(raw: Coverage, { colourLevel, words }: CoverageTextOptions): string {
  const coverage = safeData(raw);
  const { say } = words;
  const paint = new Chalk({ level: colourLevel });
  const width = Math.max(...LABELS.map((label) => displayWidth(say(label)))) + 2;
  const row = (label: (typeof LABELS)[number], text: string) => `  ${paint.dim(padEndToWidth(say(label), width))}${text}`;
  const comma = say('common.comma');
  const lines = [recordLine(coverage, words)];
  for (const platform of coverage.platforms) {
    lines.push('', `${paint.bold(platform.id)}  ${textIn(platform.name, words.lang)}`);
    lines.push(row('coverage.label.rules', String(platform.rules)));
    lines.push(row('coverage.label.evidence', evidenceText(platform, words)));
    lines.push(row('coverage.label.surfaces', platform.surfaces.join(comma)));
    const sources = [...platform.sources, ...(platform.unrecognisedLinks ? [say('coverage.unrecognised')] : [])];
    lines.push(row('coverage.label.sources', sources.length > 0 ? sources.join(comma) : say('coverage.none')));
  }
  return `${lines.join('\n')}\n`;
}

export function renderCoverageJson(coverage: Coverage): string {
  // JSON does not change with --lang: names in English.
  return safeJson({ ...coverage, platforms: coverage.platforms.map((platform) => ({ ...platform, name: textIn(platform.name, 'en') })) });
}

/**
 * The README's block: one table row per platform and the record's line, in English,
 * written by `npm run coverage:readme` between the coverage markers.
 */
export function renderCoverageMarkdown(coverage: Coverage, words: Words): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const rows = coverage.platforms.map((platform) =>
    `| \`${platform.id}\` | ${cell(platform.surfaces.join(', '))} | ${cell([...platform.sources, ...(platform.unrecognisedLinks ? [words.say('coverage.unrecognised')] : [])].join(', ') || '—')} | ${platform.firstEvidence ?? '—'} | ${platform.newestEvidence ?? '—'} | ${platform.rules} |`,
  );
  return [
    '| platform | surfaces | sources | first evidence | newest evidence | rules |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `${recordLine(coverage, words)}.`,
  ].join('\n');
}

function recordLine({ record }: Coverage, words: Words): string {
  if (record.newestEvidence === null || record.firstEvidence === null) return words.say('coverage.empty');
  return words.say('coverage.record', {
    rules: record.rules,
    first: words.date(record.firstEvidence),
    newest: words.date(record.newestEvidence),
    reviewed: record.reviewed ? words.say('coverage.reviewed', { date: words.date(record.reviewed) }) : '',
  });
}

function evidenceText(platform: PlatformCoverage, words: Words): string {
  if (platform.firstEvidence === null || platform.newestEvidence === null) return words.say('coverage.none');
  return words.say('coverage.evidence', { first: words.date(platform.firstEvidence), newest: words.date(platform.newestEvidence) });
}

export const COVERAGE_START = '<!-- coverage:start: written by npm run coverage:readme from the rules; do not edit -->';
export const COVERAGE_END = '<!-- coverage:end -->';

/** The README with its coverage block written anew from the coverage; the README as it was when it has no block. */
export function readmeWithCoverage(readme: string, coverage: Coverage, words: Words): string {
  const start = readme.indexOf(COVERAGE_START);
  const end = readme.indexOf(COVERAGE_END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start + COVERAGE_START.length)}\n${renderCoverageMarkdown(coverage, words)}\n${readme.slice(end)}`;
}
