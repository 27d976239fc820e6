// The one road out: every value that reaches stdout, stderr or a report file passes
// here, so a name, a file name, a plan cell, an argument or a quote cannot drive the
// terminal or a CI log (#7, #14). One function per output format, each built on
// `safe`: text, JSON, XML (JUnit, SVG), GitHub workflow commands, Markdown and HTML.
import { cut, ECHO_LIMIT, VALUE_LIMIT } from '../errors/echo.js';
import { escapeCharacter } from '../model/escape.js';
import { once } from '../model/once.js';
import { setOwn } from '../model/own.js';

export { cut, ECHO_LIMIT, escapeCharacter, VALUE_LIMIT };

/**
 * Characters that are not shown as themselves: C0 and C1 controls and DEL (ESC
 * starts terminal sequences), format characters (bidirectional overrides and
 * isolates, zero-width characters, tag characters), line and paragraph
 * separators, lone surrogates, the invisible Hangul fillers, and the noncharacters
 * (U+FFFE, U+FFFF, U+FDD0–U+FDEF, …), which no text shows and of which U+FFFE and
 * U+FFFF are no XML 1.0 characters: raw in a JUnit file, they make it no XML.
 */
// Built when first used (model/once.ts): only a value with a character outside COMMON needs them.
// The controls (\p{Cc}) apart from the others, for JSON's own class below.
const UNSAFE_BUT_CONTROLS = String.raw`\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Noncharacter_Code_Point}\u115F\u1160\u3164\uFFA0`;
const UNSAFE = once(() => new RegExp(`[\\p{Cc}${UNSAFE_BUT_CONTROLS}]`, 'u'));
/**
 * Characters outside blocks that hold none of the unsafe ones: printable ASCII and Latin,
 * general punctuation without its format characters, arrows, box drawing to dingbats, CJK
 * punctuation and ideographs, full-width forms. Text made only of these (nearly every value)
 * is safe without building the Unicode property class above (test/render/safe.test.ts).
 */
export const COMMON = /[^\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u27bf\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]/;

/** Whether the text holds a character that is not shown as itself. */
export function hasUnsafe(text: string): boolean {
  return COMMON.test(text) && UNSAFE().test(text);
}

/**
 * A CI runner reads a line as a workflow command when it starts, after white space, with
 * "::" (GitHub Actions' "::error::…") or when it holds "##[" anywhere (the older form,
 * "##[error]…"); see actions/runner src/Runner.Common/ActionCommand.cs. Data never
 * holds a line break once safe, so it can start a command only by starting a line with
 * ":" or by holding "##[": that colon and that bracket are written escaped.
 */
const COMMAND_START_ALL = /^(\s*):|##\[/gu;

/**
 * Whether the text holds "##[", or starts with ":" after white space (trimStart's white space is
 * the pattern's \s): COMMAND_START_ALL would find something. Searches, not a pattern V8 compiles
 * at a start's first value, and again at its second (about 0.03 ms, #18).
 */
export function startsCommand(text: string): boolean {
  return text.includes('##[') || text.trimStart().startsWith(':');
}

function breakCommands(text: string, escape: (character: string) => string): string {
  return text.replace(COMMAND_START_ALL, (found, space: string | undefined) => (space === undefined ? `##${escape('[')}` : `${space}${escape(':')}`));
}

const hexEscape = (character: string) => `\\x${character.charCodeAt(0).toString(16)}`;

/**
 * The value as it may be printed: unsafe characters escaped, cut to `limit` characters
 * with "…", and no workflow command it could start in a CI log.
 */
export function safe(value: string, limit = VALUE_LIMIT): string {
  const shown = escapeAndCut(value, limit);
  return startsCommand(shown) ? breakCommands(shown, hexEscape) : shown;
}

function escapeAndCut(value: string, limit: number): string {
  // Most values: nothing to escape and short enough, found by one regular-expression scan
  // instead of a test per character (a check's evidence quotes run to kilobytes).
  if (value.length <= limit && !hasUnsafe(value)) return value;
  const pieces: string[] = [];
  let length = 0;
  const unsafe = UNSAFE();
  for (const character of value) {
    const shown = unsafe.test(character) ? escapeCharacter(character) : character;
    pieces.push(shown);
    length += shown === character ? 1 : shown.length;
    // Far enough past the limit to know it is cut; stop reading a huge value.
    if (length > limit + 8) break;
  }
  if (length <= limit) return pieces.join('');
  let out = '';
  let kept = 0;
  for (const piece of pieces) {
    // An escape counts each of its characters; a character shown as itself counts one.
    const width = piece.startsWith('\\') ? piece.length : 1;
    if (kept + width > limit - 1) break;
    out += piece;
    kept += width;
  }
  return `${out}…`;
}

/**
 * A copy of plain data with every string made safe: for the text renderers,
 * which then print what they are given. Maps, sets, arrays and plain objects are
 * copied; anything else is kept as it is.
 */
export function safeData<T>(value: T, limit = VALUE_LIMIT): T {
  // Most data holds nothing to change: then it is returned as it is, and nothing is copied.
  if (alreadySafe(value, limit)) return value;
  const seen = new Map<object, unknown>();
  const copy = (item: unknown): unknown => {
    if (typeof item === 'string') return safe(item, limit);
    if (typeof item !== 'object' || item === null) return item;
    const done = seen.get(item);
    if (done !== undefined) return done;
    if (Array.isArray(item)) {
      const out: unknown[] = [];
      seen.set(item, out);
      for (const entry of item) out.push(copy(entry));
      return out;
    }
    if (item instanceof Map) {
      const out = new Map();
      seen.set(item, out);
      for (const [key, entry] of item) out.set(copy(key), copy(entry));
      return out;
    }
    if (item instanceof Set) {
      const out = new Set();
      seen.set(item, out);
      for (const entry of item) out.add(copy(entry));
      return out;
    }
    const prototype = Object.getPrototypeOf(item);
    if (prototype !== Object.prototype && prototype !== null) return item;
    const out: Record<string, unknown> = {};
    seen.set(item, out);
    // An own __proto__ (as JSON.parse makes one) stays a key of the copy.
    for (const [key, entry] of Object.entries(item)) setOwn(out, key, copy(entry));
    return out;
  };
  return copy(value) as T;
}

/** Whether every string safeData would reach is already safe and short enough. */
function alreadySafe(value: unknown, limit: number): boolean {
  const seen = new Set<object>();
  const check = (item: unknown): boolean => {
    if (typeof item === 'string') return item.length <= limit && !hasUnsafe(item) && !startsCommand(item);
    if (typeof item !== 'object' || item === null || seen.has(item)) return true;
    seen.add(item);
    // An array by index: a listing checks thousands of them as it starts, where for…of made an object a step (#18).
    if (Array.isArray(item)) {
      for (let index = 0; index < item.length; index++) if (!check(item[index])) return false;
      return true;
    }
    if (item instanceof Set) {
      for (const entry of item) if (!check(entry)) return false;
      return true;
    }
    if (item instanceof Map) {
      for (const [key, entry] of item) if (!check(key) || !check(entry)) return false;
      return true;
    }
    const prototype = Object.getPrototypeOf(item);
    if (prototype !== Object.prototype && prototype !== null) return true;
    for (const key in item) if (!check((item as Record<string, unknown>)[key])) return false;
    return true;
  };
  return check(value);
}

/**
 * JSON for stdout: strings longer than the limit cut with "…", and every unsafe
 * character written as a \u escape, so the output holds no raw control or
 * format character while each value still parses to exactly what it was.
 */
export function safeJson(value: unknown, limit = VALUE_LIMIT): string {
  const text = JSON.stringify(value, (_key, entry: unknown) => (typeof entry === 'string' ? cut(entry, limit) : entry), 2);
  return `${escapeJson(text)}\n`;
}

/**
 * JSON on one line, for --ndjson and the parts of a streamed report: escaped as
 * safeJson does, strings kept whole (a plan's row is reported as it was read).
 */
export function safeJsonLine(value: unknown): string {
  return escapeJson(JSON.stringify(value) ?? 'null');
}

/**
 * The unsafe characters but the line feed, which JSON.stringify writes only between values (in a
 * string it writes \n): JSON with indentation then needs no replacing, where the line feeds made
 * every such text be copied whole (#18). COMMON with the line feed; UNSAFE without it.
 */
const JSON_COMMON = new RegExp(`[^\\n${COMMON.source.slice('[^'.length)}`);
const JSON_UNSAFE = once(() => new RegExp(`[^\\P{Cc}\\n]|[${UNSAFE_BUT_CONTROLS}]`, 'u'));
const JSON_UNSAFE_ALL = once(() => new RegExp(JSON_UNSAFE().source, 'gu'));

function escapeJson(text: string): string {
  const escaped = JSON_COMMON.test(text) && JSON_UNSAFE().test(text) ? text.replace(JSON_UNSAFE_ALL(), jsonEscape) : text;
  // Inside a string "[" may be written \u005b; outside one, JSON text never holds "##[".
  return escaped.includes('##[') ? escaped.replaceAll('##[', '##\\u005b') : escaped;
}

function jsonEscape(character: string): string {
  // Outside strings, JSON.stringify writes only the line breaks of its indentation; inside, it escapes C0 itself.
  if (character === '\n') return character;
  // JSON has \uXXXX only: a character beyond the BMP is written as its two halves.
  let out = '';
  for (let index = 0; index < character.length; index++) out += `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`;
  return out;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text for an XML attribute or element (JUnit, SVG): made safe, then the five
 * special characters as entities. Safe text holds no character XML 1.0 cannot carry
 * (controls, lone surrogates, U+FFFE and U+FFFF), and "]]>" cannot end a section once ">" is an entity.
 */
export function safeXml(value: string, limit = VALUE_LIMIT): string {
  return safe(value, limit).replace(/[&<>"']/g, (character) => XML_ENTITIES[character]!);
}

/** HTML text or a quoted attribute value: the same as XML. */
export const safeHtml = safeXml;

/** The unsafe characters but line breaks and tabs, which a page shows as white space. */
const PAGE_UNSAFE_ALL = once(() => new RegExp(`[^\\P{Cc}\\n\\t]|[${UNSAFE_BUT_CONTROLS}]`, 'gu'));

/**
 * Text for the page's DOM (src/web/dom.ts), which parses no markup: every unsafe character written
 * as `safe` writes it (a bidirectional override in a link would turn the page's own sentence around
 * it), but line breaks and tabs. Nothing is cut, as the page shows a quote whole, and no workflow
 * command can start in a page.
 */
export function pageText(value: string): string {
  return hasUnsafe(value) ? value.replace(PAGE_UNSAFE_ALL(), escapeCharacter) : value;
}

/**
 * The message of a GitHub Actions workflow command ("::error …::message"): made safe
 * (no line break can end the command), then "%", CR and LF percent-encoded as the
 * Actions toolkit's escapeData does (packages/core/src/command.ts).
 */
export function safeCommandData(value: string, limit = VALUE_LIMIT): string {
  return percentEncode(safe(value, limit), /[%\r\n]/g);
}

/** A workflow command's property value (file=…, title=…): also ":" and "," encoded (toolkit's escapeProperty). */
export function safeCommandProperty(value: string, limit = VALUE_LIMIT): string {
  return percentEncode(safe(value, limit), /[%\r\n:,]/g);
}

function percentEncode(text: string, which: RegExp): string {
  return text.replace(which, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Markdown inline text (CommonMark, GitHub) inside a line that already started (a table
 * cell, a heading): made safe, then every ASCII punctuation character that can open
 * emphasis, a link or an image, code, HTML, an entity, math, a mention or a table cell is
 * backslash-escaped, so the value reads as the text it is. Characters that matter only at
 * the start of a line (`-`, `+`, `.`, `(`) are left alone: a value never starts one.
 */
export function safeMarkdown(value: string, limit = VALUE_LIMIT): string {
  return safe(value, limit).replace(/[\\`*_[\]<>#|~&$@!]/g, '\\$&');
}

/** One Markdown table cell: safe Markdown, which holds no line break and no unescaped "|". */
export const safeCell = safeMarkdown;
