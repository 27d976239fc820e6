// Phrases both English catalogues use (en-errors.ts, en-details.ts).
import { ownEntry } from '../model/own.js';

export const didYouMean = (suggestion: string | undefined): string => (suggestion ? ` did you mean ${suggestion}?` : '');
/** Why a report file cannot be written, by the system's code; a code not listed is shown as it is. */
const WRITE_REASONS: Readonly<Record<string, string>> = {
  empty: 'an empty path names no file',
  plan: 'it is the plan: writing the report would empty it; name another file',
  stdout: 'standard output carries the report; give this one a file',
  report: 'the other report is written there; give each report its own file',
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of its path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large for the file system',
  EIO: 'an input/output error',
};
export const writeReason = (reason: string) => ownEntry(WRITE_REASONS, reason) ?? reason;
