// Every error message id has both languages: no English fallback.
import { describe, expect, it } from 'vitest';
import { DETAILS, MESSAGES } from '../../src/i18n/en-errors.js';
import { COMMAND_LINE, type OptionWords } from '../../src/i18n/option-words.js';
import { DETAILS_ZH, MESSAGES_ZH } from '../../src/i18n/zh-errors.js';

describe('the Chinese error messages', () => {
  it('have exactly the ids of the English ones', () => {
    expect(Object.keys(MESSAGES_ZH).sort()).toEqual(Object.keys(MESSAGES).sort());
  });

  it.each(Object.keys(MESSAGES_ZH))('%s is worded in Chinese, not English', (id) => {
    const params = { input: 'x', valid: 'a, b', platform: 'p', choices: 'c', id: 'r', source: 's', surface: 'f', expected: '3', got: '4', what: 'w', limit: '9', reason: 'r', option: '-o', command: 'c', name: 'n', first: '1', second: '2', detail: '细节', problem: '问题', more: '2', subject: 's', newest: 'n', text: 't', part: 'p', columns: 'c', file: 'f', sheet: 's', xls: 'true', encoding: 'utf-8', offset: '3' };
    const text = (MESSAGES_ZH as unknown as Record<string, (p: typeof params, w: OptionWords) => string>)[id]!(params, COMMAND_LINE);
    const english = (MESSAGES as unknown as Record<string, (p: typeof params, w: OptionWords) => string>)[id]!(params, COMMAND_LINE);
    expect(text).toMatch(/[\u4e00-\u9fff]/u);
    if (!['bad-source', 'bad-date', 'bad-header', 'input-error', 'unreadable-rules'].includes(id)) expect(text).not.toBe(english);
  });

  it('word every detail of the link and date readers, with exactly the English ids', () => {
    expect(Object.keys(DETAILS_ZH).sort()).toEqual(Object.keys(DETAILS).sort());
  });

  it.each(Object.keys(DETAILS_ZH))('detail %s is worded in Chinese, not English', (id) => {
    const params = { input: 'x', ids: 'a, b', scheme: 'javascript', years: '1900–2199', zone: 'Asia/Shanghai' };
    const text = (DETAILS_ZH as unknown as Record<string, (p: typeof params, w: OptionWords) => string>)[id]!(params, COMMAND_LINE);
    const english = (DETAILS as unknown as Record<string, (p: typeof params, w: OptionWords) => string>)[id]!(params, COMMAND_LINE);
    expect(text).toMatch(/[\u4e00-\u9fff]/u);
    expect(text).not.toBe(english);
  });
});
