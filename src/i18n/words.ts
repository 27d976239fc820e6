// The words of one language, handed to a renderer: it asks for a message by id
// and never picks the language itself. English is always at hand; another
// language's catalogue is loaded only when asked for (see load-words.ts), so that
// an English check does not load it.
import { EN_PARTS, type MessageId } from './en.js';
import { formatDate, formatDateTime, type Lang } from './lang.js';

export type Catalogue = Readonly<Record<MessageId, string>>;

/** Id: the messages a renderer may ask for (a check's renderers need only those of en-check.ts). */
export interface Words<Id extends string = MessageId> {
  readonly lang: Lang;
  /** The message with each {name} replaced by params[name]; an unknown name is left as written. */
  say(id: Id, params?: Readonly<Record<string, string | number>>): string;
  /** YYYY-MM-DD as the reader writes a day. */
  date(day: string): string;
  /** "YYYY-MM-DD HH:mm" with the date as the reader writes it. */
  dateTime(civil: string): string;
}

export function makeWords<Id extends string = MessageId>(lang: Lang, catalogue: Readonly<Record<Id, string>>): Words<Id> {
  return wordsOf(lang, (id) => catalogue[id]);
}

function wordsOf<Id extends string>(lang: Lang, message: (id: Id) => string): Words<Id> {
  return {
    lang,
    say: (id, params = {}) => fill(message(id), params),
    date: (day) => formatDate(lang, day),
    dateTime: (civil) => formatDateTime(lang, civil),
  };
}

/**
 * The template with each {name} (a run of ASCII letters, digits and _) replaced by params[name];
 * an unknown name is left as written. The same as replacing /\{(\w+)\}/g with a function, which
 * made a match array, its strings and a call for each (about 70 KB of a rule listing's young
 * generation, #18): here only the pieces of the answer are made.
 */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  let open = template.indexOf('{');
  if (open < 0) return template;
  let out = '';
  let from = 0;
  while (open >= 0) {
    let end = open + 1;
    while (end < template.length && isWordUnit(template.charCodeAt(end))) end++;
    if (end > open + 1 && template.charCodeAt(end) === 0x7d) {
      const name = template.slice(open + 1, end);
      if (name in params) {
        out += template.slice(from, open) + String(params[name]);
        from = end + 1;
      }
      open = template.indexOf('{', end + 1);
    } else {
      // No name, or one not closed: the next { may begin one (as in {{name}}).
      open = template.indexOf('{', open + 1);
    }
  }
  return from === 0 ? template : out + template.slice(from);
}

/** \w: an ASCII letter, digit or _. */
const isWordUnit = (unit: number): boolean => (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x5f;

/** English: each message found in the part of en.ts that holds it, so that the parts are not first merged into one catalogue (#18). */
export const ENGLISH: Words = /* @__PURE__ */ wordsOf('en', englishMessage);

/** The English message as written, found in the part of en.ts that holds it, the later part first, as en merges them. */
export function englishMessage(id: MessageId): string {
  // Indexed: every message a command says comes through here, mostly before it is optimised, where for…of made an object a step (#18).
  for (let index = 0; index < EN_PARTS.length; index++) if (Object.hasOwn(EN_PARTS[index]!, id)) return EN_PARTS[index]![id]!;
  return undefined as unknown as string;
}
