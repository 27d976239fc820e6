// An expected failure as it is printed: one line for stderr, and with --json an
// object for stdout. Values in it are escaped and cut here, once.
import { DataError, InputError, type ErrorCode, type Worded } from '../errors/errors.js';
import { isListParam, isMessageId } from '../i18n/en-errors.js';
import { messageText, withProblem, wordedText } from '../i18n/error-words.js';
import { COMMAND_LINE, type OptionWords } from '../i18n/option-words.js';
import { cut, ECHO_LIMIT, safe, safeJson, VALUE_LIMIT } from './safe.js';

const QUOTED_LONG = new RegExp(`"([^"]{${ECHO_LIMIT + 1},})"`, 'gu');

export interface PrintableError {
  code: ErrorCode;
  message: string;
  exitCode: number;
  params?: Readonly<Record<string, string | undefined>> | undefined;
  /** The catalogue wording of the message, or of its detail or reason (see errors.ts). */
  worded?: Worded | undefined;
}

/**
 * The message with each value made safe: what the user typed cut short, lists from the rule data longer.
 * Settings are named in the words of the edge that prints it: the command line's options by default.
 */
export function errorText(error: PrintableError, lang: 'en' | 'zh' = 'en', words: OptionWords = COMMAND_LINE): string {
  // The words of a reader's error (the link or the date), in the reader's language.
  const worded = error.worded ? wordedText(error.worded, lang, safeParams(error.worded.params), words) : undefined;
  if (worded !== undefined && error.code === 'input-error') return worded;
  // Thrown without a catalogue entry (or with a code another version added): the message as it is, made safe.
  if (!error.params || !isMessageId(error.code)) return safe(error.message, VALUE_LIMIT);
  const params = safeParams(error.params);
  // The detail or reason it quotes, worded in the reader's language (already made safe).
  if (worded !== undefined) for (const key of ['detail', 'reason']) if (key in params) params[key] = worded;
  return messageText(error.code, params, lang, words);
}

/**
 * The message of an expected failure as the library throws it: the CLI's line without its prefix,
 * each value the caller passed made safe (a control character or a bidi override shown escaped).
 */
export function thrownText(error: InputError | DataError, lang: 'en' | 'zh' = 'en'): string {
  const params = withProblem({ code: error.code, message: error.message, params: error.params, problem: error.problem });
  return errorText({ code: error.code, message: error.message, exitCode: error.exitCode, params, worded: 'worded' in error ? error.worded : undefined }, lang);
}

/** The error as the library throws it: an expected failure with its message thrownText's, in the language; anything else as it is. */
export function withThrownText(error: unknown, lang: 'en' | 'zh' = 'en'): unknown {
  if (error instanceof InputError || error instanceof DataError) error.message = thrownText(error, lang);
  return error;
}

function safeParams(raw: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    // A message worded elsewhere (detail) quotes what the user typed: cut that, keep the rest of the sentence.
    const shown = key === 'detail' ? value.replace(QUOTED_LONG, (_, inner: string) => `"${cut(inner, ECHO_LIMIT)}"`) : value;
    params[key] = safe(shown, isListParam(key) ? VALUE_LIMIT : ECHO_LIMIT);
  }
  return params;
}

/** The line for stderr. */
export function errorLine(error: PrintableError, lang: 'en' | 'zh' = 'en'): string {
  return `linkcheck: ${errorText(error, lang)}\n`;
}

/** The object for stdout with --json: {"error":{"code","message","exitCode"}}. */
export function errorJson(error: PrintableError, lang: 'en' | 'zh' = 'en'): string {
  return safeJson({ error: { code: error.code, message: errorText(error, lang), exitCode: error.exitCode } });
}
