// A long batch's progress on stderr, only on a terminal: rows so far and, for a file,
// the bytes read of its size, a percentage and the time left at the pace so far.
// Nothing at all when stderr is not a terminal, nor for a run that ends within a second.
import type { Words } from '../i18n/words.js';

export interface ProgressOptions {
  write: (text: string) => void;
  /** Whether stderr is a terminal. */
  terminal: boolean;
  words: Words;
  /** The plan's size in bytes, when it is a file read as a stream. */
  total?: number | undefined;
  /** Bytes read so far. */
  read?: () => number;
  /** Milliseconds; Date.now unless a test gives its own. */
  clock?: () => number;
}

/** Shown only once a run has taken this long, and redrawn at most this often. */
const START_AFTER = 1000;
const REDRAW_EVERY = 250;

export function progressReporter(options: ProgressOptions) {
  const clock = options.clock ?? Date.now;
  const start = clock();
  let shown = false;
  let last = 0;
  return {
    /** After each row: cheap unless a redraw is due (the clock is read every 4096 rows). */
    tick: (rows: number) => {
      if (!options.terminal || (rows & 4095) !== 0) return;
      const now = clock();
      if (now - start < START_AFTER || now - last < REDRAW_EVERY) return;
      last = now;
      shown = true;
      options.write(`\r\u001b[K${progressText(rows, options.read?.(), options.total, now - start, options.words)}`);
    },
    clear: () => {
      if (shown) options.write('\r\u001b[K');
      shown = false;
    },
  };
}

/** "linkcheck: 12,288 rows… 3.1 MB of 8.0 MB (39%), 12 s left"; without a size, the rows alone. */
export function progressText(rows: number, read: number | undefined, total: number | undefined, elapsed: number, words: Words): string {
  const { say } = words;
  const count = `linkcheck: ${say('batch.progress', { rows: rows.toLocaleString('en') })}`;
  if (read === undefined || total === undefined || total <= 0) return count;
  const done = Math.min(read, total);
  const percent = Math.floor((done / total) * 100);
  const left = done === 0 ? undefined : Math.ceil(((elapsed / done) * (total - done)) / 1000);
  return `${count} ${say('batch.progressOf', { done: size(done), total: size(total), percent, left: left === undefined ? '?' : duration(left, words) })}`;
}

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

function duration(seconds: number, words: Words): string {
  return seconds < 90 ? words.say('batch.seconds', { count: seconds }) : words.say('batch.minutes', { count: Math.ceil(seconds / 60) });
}
