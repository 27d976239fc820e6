// An expected failure as it is printed: one line for stderr, and with --json an
// object for stdout. Values in it are escaped and cut here, once.
import type { ErrorCode } from '../engine/errors.js';
import { formatMessage, LIST_PARAMS, MESSAGES, type MessageId } from '../engine/messages.js';
import { formatMessageZh } from '../engine/messages-zh.js';
import { cut, ECHO_LIMIT, safe, safeJson, VALUE_LIMIT } from './safe.js';

const QUOTED_LONG = new RegExp(`"([^"]{${ECHO_LIMIT + 1},})"`, 'gu');

export interface PrintableError {
  code: ErrorCode;
  message: string;
  exitCode: number;
  params?: Readonly<Record<string, string | undefined>> | undefined;
}

/** The message with each value made safe: what the user typed cut short, lists from the rule data longer. */
export function errorText(error: PrintableError, lang: 'en' | 'zh' = 'en'): string {
  // Thrown without a catalogue entry (or with a code another version added): the message as it is, made safe.
  if (!error.params || !Object.hasOwn(MESSAGES, error.code)) return safe(error.message, VALUE_LIMIT);
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(error.params)) {
    if (value === undefined) continue;
    // A message worded elsewhere (detail) quotes what the user typed: cut that, keep the rest of the sentence.
    const shown = key === 'detail' ? value.replace(QUOTED_LONG, (_, inner: string) => `"${cut(inner, ECHO_LIMIT)}"`) : value;
    params[key] = safe(shown, LIST_PARAMS.has(key) ? VALUE_LIMIT : ECHO_LIMIT);
  }
  if (lang === 'zh') return formatMessageZh(error.code as MessageId, params as never);
  return formatMessage(error.code as MessageId, params as never);
}

/** The line for stderr. */
export function errorLine(error: PrintableError, lang: 'en' | 'zh' = 'en'): string {
  return `linkcheck: ${errorText(error, lang)}\n`;
}

/** The object for stdout with --json: {"error":{"code","message","exitCode"}}. */
export function errorJson(error: PrintableError, lang: 'en' | 'zh' = 'en'): string {
  return safeJson({ error: { code: error.code, message: errorText(error, lang), exitCode: error.exitCode } });
}
