// The English wording of the problems met while reading a rule file, before it is
// parsed: part of the problem catalogue (problem-messages.ts), kept apart so that
// the reader, which every check loads, does not carry the rest of it.
import type { Problem, ProblemCode } from '../errors/problems.js';

export interface ProblemWords {
  message: string;
  hint?: string;
}

const givePath = 'give the path of a rule file or a folder of *.json files';

export const READ_PROBLEM_MESSAGES = {
  'unreadable.missing': () => ({ message: 'cannot read: no such file or folder', hint: givePath }),
  'unreadable.permission': () => ({ message: 'cannot read: permission denied', hint: givePath }),
  'unreadable.is-folder': () => ({ message: 'cannot read: is a folder', hint: givePath }),
  'unreadable.other': (p: { reason: string }) => ({ message: `cannot read: ${p.reason}`, hint: givePath }),
  'unreadable.empty-folder': () => ({ message: 'the folder holds no .json rule files', hint: 'name a rule file or a folder of *.json files' }),
  'unreadable.not-regular': () => ({ message: 'cannot read: not a regular file (a pipe, socket or device)', hint: 'give the path of a regular rule file' }),
  'unreadable.too-large': (p: { limit: string }) => ({ message: `cannot read: larger than the ${p.limit} MiB limit for a rule file`, hint: 'split the rules over several files' }),
  'unreadable.changed': () => ({ message: 'cannot read: the file changed while it was read', hint: 'read it again once it is written' }),
  'unreadable.seed': () => ({ message: 'a seed document in the index cannot be read', hint: 'restore the file, or remove it from seeds/index.json' }),
  'invalid-utf8': (p: { offset: string }) => ({ message: `not valid UTF-8 at byte offset ${p.offset}`, hint: 'save the file as UTF-8' }),
} satisfies Record<string, (params: never) => ProblemWords>;

export type ReadProblemWording = keyof typeof READ_PROBLEM_MESSAGES;
type Params = Readonly<Record<string, string>>;

/**
 * A problem worded by a catalogue: its code is the wording id up to the first dot
 * (unreadable.missing is an unreadable problem), its message and hint are English.
 */
export function wordedProblem<W extends string>(
  catalogue: Readonly<Record<W, (params: never) => ProblemWords>>,
  wording: W,
  params: Params,
  file: string,
  path: string,
  at?: { line: number; column: number },
): Problem {
  const words = (catalogue[wording] as (params: Params) => ProblemWords)(params);

  return {
    code: wording.split('.')[0] as ProblemCode,
    file,
    path,
    message: words.message,
    ...(words.hint !== undefined ? { hint: words.hint } : {}),
    ...(at ?? {}),
    wording: wording as Problem['wording'],
    params,
  };
}

/** The parameters a wording takes ({} for none). */
export type WordingParams<F> = F extends (params: infer P) => ProblemWords ? P : Record<string, never>;

/** A problem of reading, in English. */
export function readProblem<K extends ReadProblemWording>(wording: K, params: WordingParams<(typeof READ_PROBLEM_MESSAGES)[K]>, file: string, at?: { line: number; column: number }): Problem {
  return wordedProblem(READ_PROBLEM_MESSAGES, wording, params as Params, file, '', at);
}
