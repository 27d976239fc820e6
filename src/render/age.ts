// An age in the reader's words ("4 years", "4 年"), by date-fns and its locales. The plain
// check loads this module only when it has a stale warning to word (scripts/build.mjs).
import { formatDuration } from 'date-fns';
import { zhCN } from 'date-fns/locale/zh-CN';
import { ageOf } from '../time/staleness.js';
import type { Lang } from '../i18n/lang.js';

/** How far the queried day lies past the newest evidence, in its largest whole unit. */
export function describeAge(newestEvidence: string, queriedDay: string, lang: Lang): string {
  const { count, unit } = ageOf(newestEvidence, queriedDay);
  return formatDuration({ [`${unit}s`]: count }, { zero: true, ...(lang === 'zh' ? { locale: zhCN } : {}) });
}
