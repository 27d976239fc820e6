// Errors are printed in the reader's language; the JSON error's code stays.
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/exec.js';

describe('errors in Chinese', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'linkcheck: 未知来源 "nosuch"；'],
    [{ LC_ALL: 'zh_TW' }, 'linkcheck: 未知来源 "nosuch"；'],
    [{ LANG: 'en_US.UTF-8' }, 'linkcheck: unknown source "nosuch";'],
    [{}, 'linkcheck: unknown source "nosuch";'],
  ])('with %j', async (env, start) => {
    const result = await cli(['nosuch', 'live-cart', '2022-06-01'], env);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(start)).toBe(true);
  });

  it('keeps the JSON error code and follows the language in its message', async () => {
    const result = await cli(['nosuch', 'live-cart', '2022-06-01', '--json'], { LANG: 'zh_CN.UTF-8' });
    expect(result.code).toBe(2);
    const error = (JSON.parse(result.stdout) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('unknown-source');
    expect(error.message.startsWith('未知来源')).toBe(true);
  });
});
