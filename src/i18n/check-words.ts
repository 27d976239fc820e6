// The words of a check's answer: the messages of en-check.ts only, so that a plain check's
// bundle holds them and not the whole English catalogue (help, rules, views).
import { enCheck } from './en-check.js';
import { makeWords, type Words } from './words.js';

export type CheckMessageId = keyof typeof enCheck;
export type CheckWords = Words<CheckMessageId>;

export const CHECK_ENGLISH: CheckWords = /* @__PURE__ */ makeWords<CheckMessageId>('en', enCheck);
