// The English words of an expected failure thrown by the core, which throws data
// (a code and values); the library and the CLI word it with errorMessage.
import { DataError, InputError } from '../../src/errors/errors.js';
import { errorMessage } from '../../src/i18n/error-words.js';

export function thrownWords(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError || error instanceof DataError) return errorMessage(error);
    throw error;
  }
  throw new Error('nothing was thrown');
}
