// A long batch's progress: on a terminal, rows, bytes of the file's size, a
// percentage and the time left; nothing when stderr is not a terminal.
import { describe, expect, it } from 'vitest';
import { progressReporter, progressText } from '../../src/cli/progress.js';
import { wordsFor } from '../../src/i18n/index.js';

const ENGLISH = wordsFor('en');

describe('the progress line', () => {
  it.each([
    [8192, 3 * 1024 * 1024, 8 * 1024 * 1024, 3000, 'linkcheck: 8,192 rows… 3.0 MB of 8.0 MB (37%), 5 s left'],
    [4096, 512 * 1024, 100 * 1024 * 1024, 2000, 'linkcheck: 4,096 rows… 512.0 KB of 100.0 MB (0%), 7 min left'],
    [4096, undefined, undefined, 2000, 'linkcheck: 4,096 rows…'],
  ])('%i rows, %s of %s bytes after %i ms', (rows, read, total, elapsed, text) => {
    expect(progressText(rows, read, total, elapsed, ENGLISH)).toBe(text);
  });

  it('in Chinese', () => {
    expect(progressText(8192, 1024 * 1024, 2 * 1024 * 1024, 1000, wordsFor('zh'))).toBe('linkcheck: 已处理 8,192 行… 1.0 MB / 2.0 MB（50%），还需 1 秒');
  });

  it('on a terminal: after a second, at most every 250 ms, then cleared', () => {
    let now = 0;
    let written = '';
    let read = 0;
    const progress = progressReporter({ write: (text) => (written += text), terminal: true, words: ENGLISH, total: 4000, read: () => read, clock: () => now });
    read = 1000;
    now = 500;
    progress.tick(4096);
    expect(written).toBe('');
    now = 2000;
    progress.tick(4097);
    expect(written).toBe('');
    progress.tick(8192);
    expect(written).toBe('\r\u001b[Klinkcheck: 8,192 rows… 1.0 KB of 3.9 KB (25%), 6 s left');
    now = 2100;
    progress.tick(12288);
    expect(written).toBe('\r\u001b[Klinkcheck: 8,192 rows… 1.0 KB of 3.9 KB (25%), 6 s left');
    progress.clear();
    expect(written.endsWith('\r\u001b[K')).toBe(true);
  });

  it('nothing when stderr is not a terminal', () => {
    let written = '';
    let now = 0;
    const progress = progressReporter({ write: (text) => (written += text), terminal: false, words: ENGLISH, total: 10, read: () => 5, clock: () => (now += 5000) });
    for (let rows = 1; rows <= 20_000; rows++) progress.tick(rows);
    progress.clear();
    expect(written).toBe('');
  });
});
