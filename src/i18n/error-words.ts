// An expected failure in words: the message of an InputError or a DataError,
// made from its code and values (src/errors/errors.ts) in a language. The CLI
// prints it (src/render/error.ts makes the values safe first); the library gives
// its errors this English message (src/index.ts).
import type { DataError, InputError, Worded } from '../errors/errors.js';
import type { Problem } from '../errors/problems.js';
import { formatDetail, formatMessage, isDetailId, isMessageId, type MessageId } from './en-errors.js';
import { formatProblem } from './en-problems.js';
import type { Lang } from './lang.js';
import { COMMAND_LINE, type OptionWords } from './option-words.js';
import { formatDetailZh, formatMessageZh } from './zh-errors.js';

/** What an error is made of, as the renderers take it. */
export interface ErrorData {
  code: string;
  /** Its words when the thrower worded it (an edge), else its code. */
  message: string;
  params?: Readonly<Record<string, string | undefined>> | undefined;
  worded?: Worded | undefined;
  problem?: Problem | undefined;
}

/** The detail or reason a message quotes, in a language; undefined when the id is not in this catalogue. */
export function wordedText(worded: Worded, lang: Lang, params: Readonly<Record<string, string | undefined>> = worded.params, words: OptionWords = COMMAND_LINE): string | undefined {
  if (!isDetailId(worded.id)) return undefined;
  return lang === 'zh' ? formatDetailZh(worded.id, params as never, words) : formatDetail(worded.id, params as never, words);
}

/** The message for a code and its values, in a language, naming settings in the words of the edge that prints it. */
export function messageText(code: MessageId, params: Readonly<Record<string, string | undefined>>, lang: Lang, words: OptionWords = COMMAND_LINE): string {
  return lang === 'zh' ? formatMessageZh(code, params as never, words) : formatMessage(code, params as never, words);
}

/** The values of an error with the rule-file problem it quotes put in, in English (the CLI puts it in the reader's words). */
export function withProblem(error: ErrorData): Readonly<Record<string, string | undefined>> | undefined {
  if (!error.problem && error.code !== 'invalid-rule-data' && error.code !== 'unreadable-rules') return error.params;
  return { ...error.params, problem: error.problem ? formatProblem(error.problem) : 'no problems listed' };
}

/** The message of an error, in English as the library has always given it, or in another language; settings named as the command line names them unless told otherwise. */
export function errorMessage(error: InputError | DataError, lang: Lang = 'en', words: OptionWords = COMMAND_LINE): string {
  const data: ErrorData = { code: error.code, message: error.message, params: error.params, problem: error.problem, ...('worded' in error ? { worded: error.worded } : {}) };
  const worded = data.worded ? wordedText(data.worded, lang, data.worded.params, words) : undefined;
  if (worded !== undefined && data.code === 'input-error') return worded;
  const params = withProblem(data);
  if (!params || !isMessageId(data.code)) return data.message;
  const filled: Record<string, string | undefined> = { ...params };
  if (worded !== undefined) for (const key of ['detail', 'reason']) if (key in filled) filled[key] = worded;
  return messageText(data.code, filled, lang, words);
}
