// Every error message linkcheck words itself, in English, keyed by a stable id.
// The id is the error's `code` (also in --json errors and in docs/errors.md;
// the ids and their values are declared in src/errors/ids.ts); the wording lives
// here only, so another language is another table with the same keys (zh-errors.ts). The
// readers' details (DETAILS) are worded in en-details.ts and given on from here: the build loads
// this module apart, as the English catalogue (scripts/build.mjs).

import type { MessageId, MessageParams } from '../errors/ids.js';
import { didYouMean, writeReason } from './en-phrases.js';
import { innerMessage } from './inner-message.js';
import { COMMAND_LINE, helpOf, type OptionWords } from './option-words.js';
import { ownEntry } from '../model/own.js';

type Params = Readonly<Record<string, string | undefined>>;

/** "a", "b" or "c": the names quoted, as a choice. */
const eitherOf = (names: readonly string[]): string => {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
};
/** What argument-too-long found too long, as the reader gave it. */
const tooLong = (p: MessageParams<'argument-too-long'>): string => {
  switch (p.what) {
    case 'argument':
      return `argument ${p.position}`;
    case 'option':
      return `the value of ${p.name}`;
    case 'option-value':
      return `argument ${p.position} (the value of ${p.name})`;
    case 'variable':
      return `the environment variable ${p.name}`;
    case 'config':
      return `${p.file}: "${p.name}"`;
  }
};
/** Why a configuration file cannot be read (bad-config, ConfigProblem unreadable); a system's code not listed is shown as it is. */
const CONFIG_UNREADABLE: Readonly<Record<string, string>> = {
  'not-regular': 'not a regular file (a pipe, socket or device)',
  'not-utf8': 'not valid UTF-8 (save the file as UTF-8)',
  permission: 'permission denied',
  folder: 'it is a folder',
  changed: 'the file changed while it was read',
  dangling: 'no such file (a link to a file that is not there)',
  loop: 'its links lead round in a loop',
};
/** What each setting of a configuration file takes (bad-config, ConfigProblem bad-value). */
const CONFIG_VALUES: Readonly<Record<string, string>> = {
  $schema: 'takes a text, the address of the file\'s JSON Schema',
  platform: 'takes a platform\'s id or alias as a text, e.g. "douyin"',
  rules: 'takes a list of rule files or folders, each a text, e.g. ["rules/shop.json"]',
  failOn: 'takes outcomes as a text ("denied,stale") or a list (["denied", "stale"])',
  maxStaleness: 'takes a span of time as a text, e.g. "365d" or "2y"',
  lang: 'takes "en" or "zh"',
};
/** A refused value as bad-config shows it: itself, or its kind. */
const CONFIG_KINDS: Readonly<Record<string, string>> = { list: 'a list', object: 'an object', none: 'nothing' };
/** What is wrong with a configuration file as a whole (bad-config `problem`; ConfigProblem in src/errors/ids.ts). */
const configProblem = (p: Params): string => {
  switch (p.problem) {
    case 'not-json':
      return `not valid JSON: ${p.detail}`;
    case 'unreadable':
      return `cannot be read: ${p.cause === 'too-large' ? `larger than the ${p.mib} MiB limit` : (ownEntry(CONFIG_UNREADABLE, p.cause ?? '') ?? p.cause)}`;
    case 'too-deep':
      return `nested more than ${p.levels} levels deep`;
    case 'twice':
      return `"${p.at}" is written twice: which value is meant cannot be known; write it once`;
    case 'unknown-key':
      return `unknown key "${p.at}"; valid: ${p.valid}`;
    case 'not-object':
      return p.at ? `"${p.at}" must be an object of settings` : 'the file must be an object of settings';
    default:
      return `"${p.at}" ${ownEntry(CONFIG_VALUES, p.expected ?? '') ?? 'has a value of another kind'}, not ${p.value ?? ownEntry(CONFIG_KINDS, p.kind ?? '') ?? p.kind}`;
  }
};

/** What is wrong with a request body that is not JSON (bad-json): its bytes, its syntax at a byte, its end, or its depth. */
const jsonProblem = (p: { problem: string; byte?: string; value?: string; limit?: string }): string => {
  switch (p.problem) {
    case 'utf8':
      return `it is not valid UTF-8${p.byte === undefined ? '' : ` at byte ${p.byte} (${p.value})`}`;
    case 'nesting':
      return `it nests more than ${p.limit} objects and arrays`;
    case 'end':
      return `it ends at byte ${p.byte} before its JSON does`;
    default:
      return `it is not valid JSON${p.byte === undefined ? '' : ` at byte ${p.byte}`}`;
  }
};

export const MESSAGES: { readonly [K in MessageId]: (params: MessageParams<K>, words: OptionWords) => string } = {
  // Names: source, surface, platform, rule.
  'unknown-source': (p: { input: string; valid: string; suggestion?: string }, w) =>
    `unknown source "${p.input}";${didYouMean(p.suggestion)} valid: ${p.valid} (${w.listing} shows aliases)`,
  'unknown-surface': (p: { input: string; platform: string; valid: string; suggestion?: string }, w) =>
    `unknown surface "${p.input}" on ${p.platform};${didYouMean(p.suggestion)} valid: ${p.valid} (${w.listing} shows aliases)`,
  'unknown-platform': (p: { input: string; valid: string; suggestion?: string }, w) =>
    `unknown platform "${p.input}";${didYouMean(p.suggestion)} valid: ${p.valid} (${w.listing} shows aliases)`,
  'no-platforms': (p: { input: string }) => `unknown surface "${p.input}": no platforms are loaded`,
  'ambiguous-surface': (p: { input: string; platform: string; choices: string }) =>
    `"${p.input}" names more than one surface on ${p.platform}: ${p.choices}; say which`,
  'unknown-rule': (p: { id: string; close?: string }, w) =>
    `no rule with id "${p.id}";${didYouMean(p.close && eitherOf(p.close.split(' ')))} ${w.listing} lists them`,
  // Arguments in the wrong place.
  'platform-as-source': (p: { input: string }) =>
    `"${p.input}" is a platform, not a source; did you mean -p ${p.input}? (linkcheck -p ${p.input} <source> <surface> [date])`,
  'swapped-arguments': (p: { source: string; surface: string; date?: string }) =>
    `"${p.surface}" is a surface and "${p.source}" a source: the source comes first (linkcheck ${p.source} ${p.surface} ${p.date ?? '[date]'})`,
  'too-many-arguments': (p: { command?: string; expected: string; got: string; platform?: string }) =>
    p.command === undefined
      ? `too many arguments: expected at most ${p.expected} (source, surface, date), got ${p.got}${p.platform !== undefined ? `; "${p.platform}" is a platform: did you mean -p ${p.platform}?` : ' (quote a share text that has spaces)'}`
      : `too many arguments for "${p.command}": expected at most ${p.expected}, got ${p.got} (see "${helpOf(p.command)}")`,
  // Values.
  'argument-too-long': (p) => `${tooLong(p)} is longer than ${Number(p.bytes) / 1024} KiB (${p.bytes} bytes); give a shorter value`,
  'bad-known-on-date': (p: { input: string; reason: string }, w) => `${w.option('asKnownOn')} takes a calendar day: ${p.reason}`,
  'bad-environment': (p, w) => `${p.name} in the environment: ${innerMessage(MESSAGES, p, w)}; correct the variable or unset it`,
  'bad-config': (p, w) => `${p.file}: ${p.problem !== undefined ? configProblem(p) : `"${p.key}": ${innerMessage(MESSAGES, p, w)}`}; see "Configuration file" in the README (--no-config ignores the file)`,
  'no-rules': (_p: Record<string, never>) => '--no-builtin-rules leaves no rules: give rule files with --rules <path> or LINKCHECK_RULES',
  // Options and commands, as commander finds them.
  'unknown-option': (p: { option: string; suggestion?: string; command?: string }) =>
    `unknown option "${p.option}";${didYouMean(p.suggestion)} see "${helpOf(p.command)}"`,
  'unknown-command': (p: { command: string; suggestion?: string }) =>
    `unknown command "${p.command}";${didYouMean(p.suggestion)} see "linkcheck --help"`,
  'missing-command': (p: { command: string; valid: string }) =>
    `"linkcheck ${p.command}" needs a subcommand: ${p.valid} (see "linkcheck ${p.command} --help")`,
  'missing-argument': (p: { name: string; command?: string }) => `missing required argument <${p.name}> (see "${helpOf(p.command)}")`,
  'missing-option-value': (p: { option: string; command?: string }) => `option ${p.option} needs a value (see "${helpOf(p.command)}")`,
  'option-not-for-command': (p: { option: string; command: string }) =>
    `${p.option} does not apply to "linkcheck ${p.command}"; give it to a check or leave it out`,
  'conflicting-options': (p: { option: string; first: string; second: string }) =>
    `${p.option} was given twice with different values, "${p.first}" and "${p.second}"; give it once`,
  'usage': (p: { detail: string }) => `${p.detail} (see "linkcheck --help")`,
  // The source and the date, as the link and date readers word them.
  'bad-source': (p: { detail: string }) => p.detail,
  'bad-date': (p: { detail: string }) => p.detail,
  'bad-header': (p: { detail: string }) => p.detail,
  'input-error': (p: { detail: string }) => p.detail,
  'bad-lang': (p: { value: string }) => `unsupported --lang "${p.value}"; use en or zh`,
  'bad-choice': (p: { option: string; value: string; valid: string }) => `${p.option} takes one of ${p.valid}, not "${p.value}"`,
  'exclusive-options': (p: { first: string; second: string }) => `${p.first} and ${p.second} both print on stdout: choose one`,
  // The options of a batch, and its plan and reports.
  'bad-columns': (p: { part: string; columns: string }, w) =>
    `${w.option('columns')} takes column=header pairs separated by commas, such as source=商品链接,surface=投放位置,date=开播日期; "${p.part}" is not one (columns: ${p.columns})`,
  'bad-fail-on': (p: { value: string; valid: string }, w) => `${w.option('failOn')} takes outcomes separated by commas (${p.valid}), or "none" or "all"; not "${p.value}"`,
  'bad-encoding': (p: { value: string; valid: string }) => `unknown encoding "${p.value}"; valid: ${p.valid} (gbk and gb2312 are read as gb18030)`,
  'sheet-not-workbook': (p: { format: string }, w) =>
    `${w.option('sheet')} names a sheet of an .xlsx workbook, and this plan is read as ${p.format === 'jsonl' ? 'JSON Lines' : 'CSV'}: leave it out`,
  'encoding-of-workbook': (_p: Record<string, never>, w) =>
    `${w.option('encoding')} is for a CSV or JSON Lines plan; the text of an .xlsx workbook is always UTF-8: leave it out`,
  'unknown-plan-format': (p: { file: string; xls?: string }) =>
    `cannot tell the format of "${p.file}" from its name; name it .csv (or .tsv), .jsonl or .xlsx, or give --format csv|jsonl|xlsx${p.xls ? ' (save an .xls workbook as .xlsx first)' : ''}`,
  'unreadable-plan': (p: { file: string; reason: string }) =>
    `cannot read the plan "${p.file}": ${p.reason === 'empty' ? 'an empty path names no file' : p.reason === 'missing' ? 'not found' : p.reason === 'permission' ? 'permission denied' : p.reason === 'folder' ? 'a folder' : p.reason === 'special' ? 'not a regular file (a device, a pipe or a socket); give a file, or - to read standard input' : `unreadable (${p.reason})`}`,
  'empty-plan': (p: { file: string }) => `${p.file} is empty: a header row (source,surface,date) is needed, its rows below it`,
  'header-too-long': (p: { file: string; length: string; limit: string; atLeast?: string }) =>
    `the header row of ${p.file} is ${p.atLeast ? 'at least ' : ''}${p.length} bytes long (UTF-8); at most ${p.limit} (1 MiB) are read: is the file a plan, and its first line the header?`,
  'unknown-sheet': (p: { file: string; sheet: string; valid: string }) => `${p.file} has no sheet named "${p.sheet}"; its sheets: ${p.valid}`,
  'empty-sheet': (p: { file: string; sheet: string; first?: string; others?: string }, w) =>
    `sheet "${p.sheet}" of ${p.file}${p.first ? ', the first visible sheet,' : ''} is empty: a header row (source,surface,date) is needed${p.first ? `; ${w.given('sheet', '<name>')} reads another${p.others ? ` (its other sheets: ${p.others})` : ''}` : ''}`,
  'unreadable-workbook': (p: { file: string; reason: string }) => `${p.file} cannot be read as an .xlsx workbook: ${p.reason}`,
  'workbook-too-large': (p: { file: string; part: string; limit: string }) =>
    `${p.file} is too large to read: its part ${p.part} unpacks to more than ${p.limit}; save the plan as CSV, or split it`,
  'plan-not-decodable': (p: { file: string; encoding: string; offset: string; byte?: string; looksGb?: string; workbook?: string; utf16?: string; utf8?: string; xls?: string }, w) =>
    p.xls
      ? `${p.file} is an old Excel workbook (.xls), not text: open it in Excel or WPS and save it as .xlsx or as CSV`
      : p.workbook
      ? `${p.file} is a workbook (a ZIP archive, as .xlsx files are), not text: read it as one with ${w.workbook}`
      : p.utf16
      ? `${p.file} looks like ${p.utf16.toUpperCase()} without its byte order mark (a NUL beside every letter), not UTF-8: run again with ${w.given('encoding', p.utf16)}, or save the file as UTF-8`
      : p.utf8
      ? `${p.file} is not ${p.encoding.toUpperCase()}: its first bytes are UTF-8 (no NUL beside any separator or line break, as UTF-16 has): read it as UTF-8 with ${w.given('encoding', 'utf-8')}`
      : p.encoding !== 'utf-8'
      ? `${p.file} is not valid ${p.encoding.toUpperCase()} near byte ${p.offset}; give the encoding it was saved in with ${w.option('encoding')} (utf-8, gb18030, utf-16)`
      : `${p.file} is not valid UTF-8 ${p.byte ? `at byte ${p.offset} (0x${p.byte})` : `near byte ${p.offset}`}; ${p.looksGb ? 'it looks like GB18030/GBK, the encoding Excel and WPS often save Chinese text in' : 'it may be GB18030/GBK or another encoding'}: run again with ${w.given('encoding', 'gb18030')}, or save the file as UTF-8`,
  'plan-cut-short': (p: { file: string; encoding: string }) =>
    `${p.file} ends in the middle of a ${p.encoding.toUpperCase()} character: the file is cut short or in another encoding`,
  'unwritable-report': (p: { kind: string; file: string; reason: string }) => `cannot write the ${p.kind} report "${p.file}": ${writeReason(p.reason)}`,
  'report-write-error': (p: { file: string; reason: string }) => `cannot write to the report "${p.file}": ${writeReason(p.reason)}`,
  // Rule data.
  'invalid-rule-data': (p: { problem: string; more: string }) =>
    `invalid rule data: ${p.problem}${p.more === '0' ? '' : ` (and ${p.more} more problem${p.more === '1' ? '' : 's'}; run "linkcheck rules lint" to see them all)`}`,
  'unreadable-rules': (p: { problem: string; more: string }) =>
    `${p.problem}${p.more === '0' ? '' : ` (and ${p.more} more that cannot be read)`}`,
  // Warnings: the answer stands.
  'stale-record': (p: { subject: string; newest: string; age?: string; reviewed?: string }) =>
    `the newest evidence for ${p.subject} is from ${p.newest}${p.age ? `, ${p.age} before the queried day` : ''}; the answer may be out of date${p.reviewed ? ` (its rules last reviewed ${p.reviewed})` : ''}`,
  // Output and bugs.
  'write-error': (p: { reason: string }) => `cannot write to standard output: ${p.reason}`,
  'internal-error': (_p: Record<string, never>) => 'internal error, please report it:',
  // The HTTP service.
  'not-found': (p: { path: string; valid: string }) => `nothing at "${p.path}"; the paths are ${p.valid}`,
  'method-not-allowed': (p: { method: string; path: string; allowed: string }) => `${p.method} is not allowed on ${p.path}; use ${p.allowed}`,
  'unknown-parameter': (p: { parameter: string; valid: string; suggestion?: string }) =>
    p.valid === '' ? `unknown parameter "${p.parameter}"; this path takes no parameter` : `unknown parameter "${p.parameter}";${didYouMean(p.suggestion)} valid: ${p.valid}`,
  'missing-parameter': (p: { parameter: string; valid: string }) => `missing parameter "${p.parameter}"; the parameters are ${p.valid}`,
  'repeated-parameter': (p: { parameter: string }) => `parameter "${p.parameter}" is given more than once; give it once`,
  'bad-parameter-encoding': (p: { parameter: string; escapes: string }) =>
    `parameter "${p.parameter}" is not UTF-8: "${p.escapes}" spells no character; percent-encode the UTF-8 bytes of its value (encodeURIComponent does)`,
  'bad-json': (p: { problem: string; byte?: string; value?: string; limit?: string }) => `the request body is not JSON: ${jsonProblem(p)}`,
  'repeated-key': (p: { key: string }) => `the request body gives "${p.key}" more than once in one object: which value is meant cannot be known; give it once`,
  'too-many-queries': (p: { count: string; limit: string }) => `${p.count} queries in one request; at most ${p.limit} are answered at once (send the rest in another request, or a plan to /v1/batch)`,
  'body-too-large': (p: { limit: string }) => `the request body is larger than ${p.limit} bytes; send a smaller one (the limit is set when the service starts)`,
  'unsupported-media-type': (p: { type: string; valid: string }) => `Content-Type "${p.type}" is not accepted here; send ${p.valid}`,
  'unsupported-content-encoding': (p: { encoding: string; header: string }) =>
    `${p.header} "${p.encoding}" is not accepted: send the body uncompressed${p.header === 'Transfer-Encoding' ? ' (chunked is the one transfer coding taken)' : ''}`,
  'busy': (p: { limit: string }) => `busy: ${p.limit} requests are being answered; try again shortly`,
  'headers-too-large': (p: { limit: string }) => `the request's address and headers are larger than ${p.limit} bytes; send a long query as JSON in the body of POST /v1/check`,
  'request-timeout': (_p: Record<string, never>) => 'the request was not received in time; send it whole, without pauses',
  'bad-request': (p: { what?: string }) => `the request is not well-formed HTTP/1.1${p.what === undefined ? '' : `: ${MALFORMED_EN[p.what] ?? ''}`}`,
  'expectation-failed': (p: { expect: string }) => `Expect "${p.expect}" cannot be met; send the request without it, or with Expect: 100-continue`,
  'body-timeout': (p: { seconds: string }) => `nothing of the request body arrived for ${p.seconds} second${p.seconds === '1' ? '' : 's'}; send the body without pauses`,
  'body-deadline': (p: { seconds: string }) => `the request body did not arrive whole within ${p.seconds} second${p.seconds === '1' ? '' : 's'}; send it faster, or a smaller one (the limit is set when the service starts)`,
  'not-acceptable': (p: { accept: string; valid: string }) => `Accept "${p.accept}" takes none of the types this path answers with; accept ${p.valid}`,
  'http-version-not-supported': (p: { version: string }) => `HTTP version "${p.version}" is not supported; send HTTP/1.1 (or HTTP/1.0)`,
  'not-implemented': (p: { method: string; allowed: string }) => `method "${p.method}" is not one the service knows; use ${p.allowed}`,
  'repeated-header': (p: { header: string }) => `the request gives the ${p.header} header more than once; give it once`,
  'unencoded-target': (_p: Record<string, never>) => "the request's address holds bytes that are not ASCII; percent-encode them (encodeURIComponent does)",
  'fragment-in-target': (p: { rest: string }) => `the request's address holds a "#", which ends an address: "${p.rest}" after it would go unread; percent-encode a "#" in a value as %23 (encodeURIComponent does)`,
  'unreadable-site': (p: { file: string; reason: string }) => `cannot read the page's file "${p.file}": ${p.reason === 'permission' ? 'permission denied' : p.reason}; let the service's user read the folder, or build it again (npm run build:site)`,
  'site-not-built': (_p: Record<string, never>) => 'the page is not built: run "npm run build:site", which writes site/, then start the service again',
  'bad-option-number': (p: { option: string; value: string; min: string; max: string }) => `${p.option} takes a whole number from ${p.min} to ${p.max}, not "${p.value}"`,
  'bad-host': (p: { value: string }) => `--host takes the address to listen on (127.0.0.1, ::1, or 0.0.0.0 for every interface), not "${p.value}"`,
  'bad-origin': (p: { value: string }) => `--cors takes the origins of pages, such as https://tools.example.com, or * for every origin; "${p.value}" is not one`,
  'port-in-use': (p: { host: string; port: string }) => `cannot listen on ${p.host} port ${p.port}: the port is in use; choose another with --port`,
  'cannot-listen': (p: { host: string; port: string; reason: string }) => `cannot listen on ${p.host} port ${p.port}: ${p.reason}`,
};

export type { DetailId, DetailParams, MessageId, MessageParams } from '../errors/ids.js';
export { DETAILS, formatDetail, isDetailId } from './en-details.js';

/** The message for an id and its parameters, in English. */
export function formatMessage<K extends MessageId>(id: K, params: MessageParams<K>, words: OptionWords = COMMAND_LINE): string {
  return (MESSAGES[id] as (params: Params, words: OptionWords) => string)(params as Params, words);
}

/** Parameters that are lists from the rule data rather than something the user typed. */
export const LIST_PARAMS: ReadonlySet<string> = new Set(['valid', 'allowed', 'choices', 'problem', 'detail', 'hint', 'ids', 'missing', 'headers', 'columns', 'close']);

/** Whether a message id is in this catalogue (an error thrown by another version may carry one that is not). */
export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(MESSAGES, id);
}

/** Whether a parameter holds a list from the rule data (shown longer than what a user typed). */
export function isListParam(key: string): boolean {
  return LIST_PARAMS.has(key);
}

/** What a malformed request breaks (src/cli/malformed-request.ts), said after bad-request's message. */
const MALFORMED_EN: Readonly<Record<string, string>> = {
  'length-and-chunked': 'it gives both Content-Length and Transfer-Encoding (RFC 9112 section 6.1), and which one frames the body cannot be known; send one of them',
  'content-length': 'its Content-Length is not one number of bytes; give it once, in digits',
  'transfer-encoding': 'its Transfer-Encoding does not end with chunked, the one transfer coding taken; send the body uncompressed, chunked or with Content-Length',
  'chunk-size': 'a chunk of its body does not begin with its size in hexadecimal and CR LF',
  'header-name': 'a header name holds a space or another character a name cannot (RFC 9110 section 5.1)',
  'header-value': 'a header value holds a control character (NUL, or another below 0x20 but tab); percent-encode it or leave it out',
  'folded-header': 'a header goes on over the next line (obs-fold, RFC 9112 section 5.2); write each header on one line',
  'line-end': 'a line of its head ends with LF alone; end each line with CR LF',
  target: 'its address holds a space or a control character; percent-encode it (encodeURIComponent does)',
  host: 'it has no Host header, or one that names no host; HTTP/1.1 requires one (RFC 9112 section 3.2), such as Host: 127.0.0.1:8080',
};
