// The short answer on the whole built-in record: at every start and end of every rule, for
// every source and group on every surface, at most five lines (one more per member of a
// group), the strongest piece of evidence first, the rest counted; --explain shows it all.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/check.js';
import { byStrength } from '../../src/engine/evidence-strength.js';
import { formatCivil } from '../../src/time/moment.js';
import { CHECK_ENGLISH } from '../../src/i18n/check-words.js';
import { wordsFor } from '../../src/i18n/index.js';
import { renderText } from '../../src/render/text.js';
import { join } from 'node:path';
import { check } from '../../src/engine/check.js';
import { loadCatalog } from '../../src/load/load-catalog.js';
import { queryTime } from '../../src/time/query-time.js';
import { ask, builtinCatalog, ROOT } from '../helpers/catalog.js';

const catalog = await builtinCatalog();

/** Every day on which a rule starts or ends, and the day before. */
function days(): string[] {
  const found = new Set<string>();
  for (const rule of catalog.rules) {
    for (const instant of [rule.start, rule.certainFrom, rule.phaseInUntil, rule.end]) {
      if (instant === undefined || instant === Infinity) continue;
      const day = formatCivil(instant, rule.timeZone).slice(0, 10);
      found.add(day);
      found.add(formatCivil(instant - 86_400_000, rule.timeZone).slice(0, 10));
    }
  }
  return [...found].sort();
}

const answers: [string, Answer][] = [];
for (const platform of catalog.platforms.values()) {
  for (const surface of platform.surfaces) {
    for (const source of [...catalog.sources.keys(), ...catalog.groups.keys()]) {
      for (const day of days()) answers.push([`${platform.id} ${source} ${surface.id} ${day}`, await ask(platform.id, source, surface.id, day)]);
    }
  }
}

describe('the short answer', () => {
  it('asks enough to mean something', () => {
    expect(answers.length).toBeGreaterThan(1000);
    expect(answers.filter(([, answer]) => answer.evidence.length > 1).length).toBeGreaterThan(100);
  });

  it.each([
    ['English', CHECK_ENGLISH],
    ['Chinese', wordsFor('zh')],
  ])('is at most five lines, one more per member of a group (%s)', (_name, words) => {
    for (const [query, answer] of answers) {
      const lines = renderText(answer, { colourLevel: 0, words }).trimEnd().split('\n');
      expect(lines.length, query).toBeLessThanOrEqual(5 + (answer.group?.members.length ?? 0));
    }
  }, 60_000);

  it('shows the strongest piece of evidence, counts the rest, and --explain shows every one in the same order', () => {
    for (const [query, answer] of answers) {
      const short = renderText(answer, { colourLevel: 0 });
      const full = renderText(answer, { colourLevel: 0, explain: true });
      const [strongest, ...rest] = byStrength(answer.evidence);
      expect(answer.evidence, query).toEqual(byStrength(answer.evidence));
      if (strongest) expect(short.split('\n').find((line) => line.startsWith('  evidence ')), query).toBe(`  evidence     “${strongest.quote}”`);
      expect(short.includes(`+ ${rest.length} more; --explain to see all`), query).toBe(rest.length > 0);
      const quotes = full.split('\n').map((line) => line.trim().replace(/^evidence\s+/, '')).filter((line) => line.startsWith('“'));
      expect(quotes.slice(0, answer.evidence.length), query).toEqual(answer.evidence.map((piece) => `“${piece.quote}”`));
    }
  }, 60_000);

  it('says why in one line: the deciding rule\'s summary when it is in force', () => {
    for (const [query, answer] of answers) {
      if (answer.reason !== 'in-force' || !answer.rule) continue;
      const why = renderText(answer, { colourLevel: 0 }).split('\n').find((line) => line.startsWith('  why '));
      expect(why, query).toContain(typeof answer.rule.rule.summary === 'string' ? answer.rule.rule.summary : answer.rule.rule.summary.en);
    }
  });
});

describe('the short answer of a day whose answer changes during it', () => {
  // test/fixtures/views/midday.json: Taobao open on testshop from 2022-01-01 ("Taobao links open."), cut on its live cart from 2022-03-01 12:00.
  const midday = loadCatalog({ root: ROOT, rules: [join(ROOT, 'test', 'fixtures', 'views', 'midday.json')] });
  const answer = async () => check(await midday, { platform: 'testshop', surface: 'live-cart', source: 'taobao', ...queryTime('2022-03-01', 'Asia/Shanghai', Date.UTC(2026, 0, 1)) });

  it('says the change after the rule\'s summary as one sentence, the summary\'s full stop left out', async () => {
    // The line after the verdict's.
    const why = (text: string) => text.split('\n')[1];
    expect(why(renderText(await answer(), { colourLevel: 0 }))).toBe('  why          Taobao links open; the answer changes during this day at 12:00; give a time to ask about a moment');
    expect(why(renderText(await answer(), { colourLevel: 0, words: wordsFor('zh') }))).toBe('  原因         Taobao links open；当天内结论在 12:00 变化；请给出时间以查询某一时刻');
  });

  it('leaves out a Chinese summary\'s full stop too, and keeps an ellipsis', async () => {
    const said = async (summary: string, lang: 'en' | 'zh') => {
      const asked = await answer();
      const rule = { ...asked.rule!, rule: { ...asked.rule!.rule, summary: { en: summary, zh: summary } } };
      return renderText({ ...asked, rule }, { colourLevel: 0, words: wordsFor(lang) }).split('\n')[1];
    };
    expect(await said('淘宝链接开放。', 'zh')).toBe('  原因         淘宝链接开放；当天内结论在 12:00 变化；请给出时间以查询某一时刻');
    expect(await said('淘宝链接开放．', 'zh')).toBe('  原因         淘宝链接开放；当天内结论在 12:00 变化；请给出时间以查询某一时刻');
    expect(await said('Taobao links open...', 'en')).toBe('  why          Taobao links open...; the answer changes during this day at 12:00; give a time to ask about a moment');
  });

  it('keeps the summary whole under --explain, and the change on a line of its own', async () => {
    const text = renderText(await answer(), { colourLevel: 0, explain: true });
    expect(text).toContain('Taobao links open.');
    expect(text).toContain('the answer changes during this day at 12:00; give a time to ask about a moment');
  });
});
