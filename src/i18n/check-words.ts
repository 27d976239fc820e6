// The words of a check's answer: the messages of en-check.ts and zh-check.ts only, so that a
// plain check's bundle holds them and not the whole catalogues (help, rules, views).
import { enCheck } from './en-check.js';
import type { Lang } from './lang.js';
import { makeWords, type Words } from './words.js';
import { zhCheck } from './zh-check.js';

export type CheckMessageId = keyof typeof enCheck;
export type CheckWords = Words<CheckMessageId>;

export const CHECK_ENGLISH: CheckWords = /* @__PURE__ */ makeWords<CheckMessageId>('en', enCheck);

/** The same messages in Chinese (zh-check.ts has the same keys), for a check with --lang zh or a Chinese locale. */
export const CHECK_CHINESE: CheckWords = /* @__PURE__ */ makeWords<CheckMessageId>('zh', zhCheck);

export function checkWordsFor(lang: Lang): CheckWords {
  return lang === 'zh' ? CHECK_CHINESE : CHECK_ENGLISH;
}
