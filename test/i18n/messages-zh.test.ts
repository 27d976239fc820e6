// Every error message id has both languages: no English fallback.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/engine/messages.js';
import { MESSAGES_ZH } from '../../src/engine/messages-zh.js';

describe('the Chinese error messages', () => {
  it('have exactly the ids of the English ones', () => {
    expect(Object.keys(MESSAGES_ZH).sort()).toEqual(Object.keys(MESSAGES).sort());
  });

  it.each(Object.keys(MESSAGES_ZH))('%s is worded in Chinese, not English', (id) => {
    const params = { input: 'x', valid: 'a, b', platform: 'p', choices: 'c', id: 'r', source: 's', surface: 'f', expected: '3', got: '4', what: 'w', limit: '9', reason: 'r', option: '-o', command: 'c', name: 'n', first: '1', second: '2', detail: '细节', problem: '问题', more: '2', subject: 's', newest: 'n', text: 't' };
    const text = (MESSAGES_ZH as unknown as Record<string, (p: typeof params) => string>)[id]!(params);
    const english = (MESSAGES as unknown as Record<string, (p: typeof params) => string>)[id]!(params);
    expect(text).toMatch(/[\u4e00-\u9fff]/u);
    if (!['bad-source', 'bad-date', 'input-error', 'unreadable-rules'].includes(id)) expect(text).not.toBe(english);
  });
});
