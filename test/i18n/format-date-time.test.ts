// A civil time as a reader writes it, held to the split-and-join it replaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, type Lang } from '../../src/i18n/lang.js';

const bySplit = (lang: Lang, civil: string): string => {
  const [day = '', time] = civil.split(' ');
  return time === undefined ? formatDate(lang, day) : `${formatDate(lang, day)} ${time}`;
};

describe('formatDateTime', () => {
  it.each([
    ['en', '2022-03-01 00:00', '2022-03-01 00:00'],
    ['zh', '2022-03-01 00:00', '2022年3月1日 00:00'],
    ['zh', '2022-03-01', '2022年3月1日'],
    ['en', '2022-03-01 00:00 extra', '2022-03-01 00:00'],
    ['zh', 'soon 10:30 x', 'soon 10:30'],
  ] as const)('%s %j', (lang, civil, written) => {
    expect(formatDateTime(lang, civil)).toBe(written);
  });

  it('writes any text as splitting it at its spaces did', () => {
    const piece = fc.constantFrom('2022-03-01', '2022-6-1', ' ', '10:30', '00:00', 'x', '年');
    fc.assert(
      fc.property(fc.constantFrom<Lang>('en', 'zh'), fc.array(piece, { maxLength: 6 }), (lang, pieces) => {
        const civil = pieces.join('');
        expect(formatDateTime(lang, civil)).toBe(bySplit(lang, civil));
      }),
      { numRuns: 3000 },
    );
  });
});
