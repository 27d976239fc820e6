// Expected failures, as data: each carries its exit code, a stable code naming
// its message (ids.ts) and the values the message is made from. The words are
// chosen at the edge, in the reader's language (src/i18n/error-words.ts): the CLI
// prints them, the library gives its errors their English message. Anything
// else that is thrown is a bug and keeps its stack.
import type { DetailId, DetailParams, MessageId, MessageParams } from './ids.js';
import type { Problem } from './problems.js';

export const EXIT = {
  allowed: 0,
  denied: 1,
  usage: 2,
  undecided: 3,
  /** A bug, or an installation without its build. */
  internal: 70,
  /** Standard output could not be written (a full disk), other than a closed pipe. */
  ioError: 74,
} as const;

export type ErrorCode = MessageId;

export interface ErrorDetails {
  /** Which message this is; 'input-error' when the thrower gave none. */
  code?: ErrorCode;
  /** The values the message was made from, unescaped; the CLI escapes them when it prints. */
  params?: Readonly<Record<string, string | undefined>>;
  /** How the message (or its detail or reason) is worded in the catalogue, so it can be printed in another language. */
  worded?: Worded | undefined;
  /** The rule-file problem the message quotes (its `problem` parameter), so that it can be worded in another language. */
  problem?: Problem | undefined;
  /** 74 for output that could not be written; 2 otherwise. */
  exitCode?: typeof EXIT.usage | typeof EXIT.ioError;
}

/** A message id and its values: the wording of an error that is reported under a more general code. */
export interface Worded {
  id: DetailId;
  params: Readonly<Record<string, string | undefined>>;
}

/** The mark of an input error, the same in every bundle (Symbol.for). */
const INPUT_ERROR = Symbol.for('linkcheck.input-error');

/**
 * A bad argument, option or value from the user. `message`: the words, when the
 * thrower is an edge that words them itself; for an error from the catalogue, its
 * code, until the edge words it (errorMessage in src/i18n/error-words.ts).
 */
export class InputError extends Error {
  /**
   * Any copy of this class's instances: each bundle loaded apart (scripts/build.mjs; the link
   * reader, the workbook reader) holds a copy of this module, and what it throws is an input error too.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [INPUT_ERROR]?: unknown })[INPUT_ERROR] === true;
  }

  readonly [INPUT_ERROR] = true;
  readonly exitCode: typeof EXIT.usage | typeof EXIT.ioError;
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, string | undefined>> | undefined;
  readonly worded: Worded | undefined;
  readonly problem: Problem | undefined;
  constructor(message: string, details: ErrorDetails = {}) {
    super(message);
    this.exitCode = details.exitCode ?? EXIT.usage;
    this.code = details.code ?? 'input-error';
    this.params = details.params;
    this.worded = details.worded;
    this.problem = details.problem;
  }
}

/**
 * An input error from the message catalogue: `inputError('unknown-source', { input, valid })`.
 * `worded`: the wording of the error its detail or reason quotes, for another language.
 */
export function inputError<K extends MessageId>(code: K, params: MessageParams<K>, worded?: Worded, problem?: Problem): InputError {
  return new InputError(code, { code, params: params as Record<string, string | undefined>, worded, problem });
}

/**
 * A reader's refusal as another error quotes it (bad-environment, bad-config): a worded one by
 * its wording (an empty `reason`, worded at the edge), a catalogue's by its id (`inner`) and values.
 */
export function quotedError(error: InputError): { params: Record<string, string | undefined>; worded: Worded | undefined } {
  return { params: error.worded !== undefined ? { reason: '' } : { ...error.params, inner: error.code }, worded: error.worded };
}

/**
 * An error worded in the catalogue but reported under the generic code input-error,
 * as the link and date readers throw: the caller knows which argument was read and
 * gives it its code (bad-source, bad-date; see src/cli/coded.ts).
 */
export function wordedError<K extends DetailId>(id: K, params: DetailParams<K>, code?: 'bad-header'): InputError {
  const worded = { id, params: params as Record<string, string | undefined> };
  // With a code, as coded.ts gives one: the message is the detail, worded at the edge.
  return new InputError(id, code === undefined ? { worded } : { code, params: { detail: id }, worded });
}

/**
 * Rule data that cannot be used; lists every problem found. Its message quotes the first
 * (`problem`), worded at the edge. A file that cannot be read at all (missing, a folder, a pipe)
 * is `unreadable-rules`, as "rules lint" reports it, and is quoted before any other problem;
 * otherwise the data is `invalid-rule-data`.
 */
export class DataError extends Error {
  readonly exitCode = EXIT.usage;
  readonly code: Extract<ErrorCode, 'invalid-rule-data' | 'unreadable-rules'>;
  readonly params: Readonly<Record<string, string>>;
  readonly problems: Problem[];
  /** The problem the message quotes: the first. */
  get problem(): Problem | undefined {
    return this.problems[0];
  }
  constructor(problems: Problem[]) {
    const unreadable = problems.filter((problem) => problem.code === 'unreadable');
    const code = unreadable.length > 0 ? 'unreadable-rules' : 'invalid-rule-data';
    super(code);
    this.code = code;
    this.problems = unreadable.length > 0 ? [...unreadable, ...problems.filter((problem) => problem.code !== 'unreadable')] : problems;
    // unreadable-rules counts the other paths that cannot be read, as "rules lint" does; invalid-rule-data every other problem.
    this.params = { more: String(Math.max(0, (unreadable.length > 0 ? unreadable.length : problems.length) - 1)) };
  }
}
