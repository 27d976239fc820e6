// --as-known-on of the views and of a batch: a day written YYYY-MM-DD.
import { inputError, wordedError } from '../errors/errors.js';
import { parseMoment } from '../time/moment.js';
import { shownInput } from '../link/classify.js';

export function knownOnDay(text: string): string {
  const parsed = parseMoment(text);
  if (parsed.ok && parsed.moment.precision === 'day') return text;
  const input = shownInput(text);
  const reason = wordedError('not-an-iso-day', { input });
  throw inputError('bad-known-on-date', { input, reason: reason.message }, reason.worded);
}
