// An age in the reader's words ("4 years", "4 年"): the count and its unit from the check's
// catalogue, the words date-fns's formatDuration gives for a single unit (a test compares them),
// without loading date-fns for one stale warning (#18).
import { checkWordsFor } from '../i18n/check-words.js';
import type { Lang } from '../i18n/lang.js';
import { ageOf } from '../time/staleness.js';

const UNIT_WORDS = {
  year: ['age.year', 'age.years'],
  month: ['age.month', 'age.months'],
  day: ['age.day', 'age.days'],
} as const;

/** How far the queried day lies past the newest evidence, in its largest whole unit. */
export function describeAge(newestEvidence: string, queriedDay: string, lang: Lang): string {
  const { count, unit } = ageOf(newestEvidence, queriedDay);
  const [one, other] = UNIT_WORDS[unit];
  return checkWordsFor(lang).say(count === 1 ? one : other, { count });
}
