// The link and date readers word their own errors; the edge knows which argument
// they were reading, and gives the error that code (bad-source, bad-date).
import { InputError, type ErrorCode } from './errors.js';

export function coded<T>(code: ErrorCode, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputError && error.code === 'input-error') throw new InputError(error.message, { code, params: { detail: error.message }, worded: error.worded });
    throw error;
  }
}
