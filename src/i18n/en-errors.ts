// Every error message linkcheck words itself, in English, keyed by a stable id.
// The id is the error's `code` (also in --json errors and in docs/errors.md;
// the ids and their values are declared in src/errors/ids.ts); the wording lives
// here only, so another language is another table with the same keys (zh-errors.ts).

import type { DetailId, DetailParams, MessageId, MessageParams } from '../errors/ids.js';
import { innerMessage } from './inner-message.js';
import { COMMAND_LINE, helpOf, type OptionWords } from './option-words.js';
import { ownEntry } from '../model/own.js';

type Params = Readonly<Record<string, string | undefined>>;

/** The date forms src/time/query-date.ts reads, for the date errors. */
const WRITTEN_FORMS =
  '2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), ' +
  'with a time after T or a space (2022-06-01 10:30, 2022-06-01T10:30:15, 2022年6月1日10点30分, 2022/6/1 8:00 PM, 2022年6月1日 下午8点: local time there), ' +
  'an instant with Z or an offset (2022-02-28T16:00:00Z, 2022-06-01T10:30+08:00, +0800, +08, GMT+8), ' +
  'today, yesterday, tomorrow or now';
/** The forms of those that name a day, as --as-known-on reads them (queryDay in src/time/query-time.ts). */
const DAY_FORMS = '2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), today, yesterday or tomorrow';

/** What JSON would have where a JSON Lines line breaks (src/batch/read/json-fault.ts). */
const JSON_EXPECTED = {
  value: 'a value was expected (a string in double quotes, a number, true, false, null, an object or an array)',
  name: 'a key in double quotes was expected',
  colon: 'a colon was expected after the key',
  'comma-or-brace': 'a comma or the closing } was expected',
  'comma-or-bracket': 'a comma or the closing ] was expected',
  quote: 'the closing double quote was expected (a line break or tab inside a string is written \\n or \\t)',
  escape: 'an escape was expected (\\" \\\\ \\/ \\b \\f \\n \\r \\t, or \\u and four hex digits)',
  digit: 'a digit was expected',
  end: 'nothing more was expected after the object',
} as const;

const didYouMean = (suggestion: string | undefined) => (suggestion ? ` did you mean ${suggestion}?` : '');
/** "a", "b" or "c": the names quoted, as a choice. */
const eitherOf = (names: readonly string[]): string => {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
};
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
const writeReason = (reason: string) => ownEntry(WRITE_REASONS, reason) ?? reason;
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
const validInputs = (ids: string) =>
  `give a source id or alias (${ids}), an http(s) link, a host and path such as item.jd.com/100012043978.html, or a share text with a link or share token`;

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

/**
 * How to choose among a header's columns for one column: for the date, the one chosen leaves the
 * other to be read as its time of day (columns.ts), or names the time's among more.
 */
function chosen(column: string, count: string, header: string, w: OptionWords): string {
  if (column !== 'date') return `with ${w.given('columns', `${column}=<${header}>`)}`;
  return count === '2' ? `with ${w.given('columns', `date=<${header}>`)}: the other is then read as its time of day` : `with ${w.given('columns', `date=<${header}>,time=<${header}>`)}, and rename the others`;
}

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


/**
 * What the link and date readers say is wrong, keyed by a wording id. These are
 * not error codes: the error is reported under the code of the argument that was
 * read (bad-source, bad-date, bad-known-on-date; see src/cli/coded.ts), and its
 * detail is worded from here, in the reader's language.
 */
export const DETAILS: { readonly [K in DetailId]: (params: DetailParams<K>, words: OptionWords) => string } = {
  // What the link reader says is wrong with a source (reported as bad-source).
  'empty-source': (p: { ids: string }) => `the source is empty; ${validInputs(p.ids)}`,
  'no-source-in-text': (p: { input: string; ids: string }) => `no source name, link or share token in "${p.input}"; ${validInputs(p.ids)}`,
  'not-a-web-link': (p: { input: string; scheme: string; ids: string }) =>
    `"${p.input}" is not a web link (${p.scheme}: links are not accepted); ${validInputs(p.ids)}`,
  'broken-web-link': (p: { input: string; written: string; scheme: string; ids: string }) =>
    `"${p.input}" holds no link: "${p.written}" is no way a web link starts; write ${p.scheme}:// (a colon, then two slashes); ${validInputs(p.ids)}`,
  'mini-program-link': (p: { input: string; app: string; ids: string }) =>
    `"${p.input}" holds a WeChat mini-program link (#小程序://${p.app}/…): it opens a mini-program, not a web page whose host says whose product it is, so it is not read; ${validInputs(p.ids)}`,
  'holds-other-link': (p: { input: string; scheme: string; ids: string }) =>
    `"${p.input}" holds a link that is not a web link (${p.scheme}: links are not accepted); ${validInputs(p.ids)}`,
  'link-without-host': (p: { input: string; scheme: string; ids: string }) =>
    `"${p.input}" is not a valid ${p.scheme} link: it has no host name a browser could reach; ${validInputs(p.ids)}`,
  'link-bad-port': (p: { input: string; scheme: string; port: string; ids: string }) =>
    `"${p.input}" is not a valid ${p.scheme} link: its port "${p.port}" is not valid (a port is a number from 0 to 65535); ${validInputs(p.ids)}`,
  // What the date reader says is wrong with a date (reported as bad-date).
  'date-malformed': (p: { input: string }) => `unrecognised date "${p.input}"; use ${WRITTEN_FORMS}`,
  'date-plus-as-space': (p: { input: string; parameter: string }) =>
    `date "${p.input}" is in doubt: in a query string a + stands for a space, so an offset's + must be written %2B (${p.parameter}=2022-06-01T10:30%2B08:00), and a time after its day with a T (2022-06-01T10:30)`,
  'date-serial': (p: { input: string; day: string }) =>
    `unrecognised date "${p.input}": as a spreadsheet's day number it would be ${p.day}; format the column as dates before saving the sheet as CSV, or give the .xlsx; use ${WRITTEN_FORMS}`,
  'date-ambiguous': (p: { input: string }) =>
    `ambiguous date "${p.input}": the day and the month could be either way round; write the year first (2022-06-01); use ${WRITTEN_FORMS}`,
  'date-impossible': (p: { input: string }) => `no such date or time "${p.input}"; use ${WRITTEN_FORMS}`,
  'date-stretch': (p: { input: string }) =>
    `"${p.input}" is a stretch of time, not one moment: ask about a moment in it, such as its start, or about its day, whose answer says when the verdict changes during it; a time west of UTC is written with seconds or after a T (2022-06-01T08:00-05:00)`,
  'date-half-day': (p: DetailParams<'date-half-day'>) =>
    `date "${p.input}" is in doubt: ${
      p.fault === 'twice'
        ? `"${p.time}" writes the half of the day twice, in ${p.word} and in the hour ${p.hour}, which is over 12; write ${p.word} with an hour from 1 to 12, or the time on the 24-hour clock without ${p.word}`
        : p.fault === 'twelve'
          ? `"${p.time}" may be ${p.one} or ${p.other}; write the one meant on the 24-hour clock`
          : `${p.word} is said with the hours ${p.first} to ${p.last}, not ${p.hour}; write the time on the 24-hour clock, with the day it falls on`
    }`,
  'date-out-of-range': (p: { input: string; years: string; zone?: string }) =>
    `date out of range "${p.input}": linkcheck reads the years ${p.years}${p.zone ? ` in the platform's time zone (${p.zone})` : ''}`,
  // What the batch reader says is wrong with a plan's header or row.
  'header-duplicate': (p: { column: string; count: string; headers: string; same?: string; marks?: string; keys?: string }, w) =>
    p.keys
      ? `this line has ${p.count} keys for the ${p.column} (${p.headers}); ${p.same ? `keys are matched without regard to case${p.marks ? ', spaces or the marks of a required or optional column (*, (必填), (选填))' : ' or spaces'}: keep one` : `keep one, or choose ${chosen(p.column, p.count, 'key', w)}`}`
      : `the header names the ${p.column} column ${p.count} times (${p.headers}); ${p.same ? `headers are matched without regard to case${p.marks ? ', spaces or the marks of a required or optional column (*, (必填), (选填))' : ' or spaces'}: rename or remove all but one` : `keep one, or choose ${chosen(p.column, p.count, 'header', w)}`}`,
  'header-missing': (p: { missing: string; headers: string; title?: string; separators?: string; file?: string; sheet?: string; first?: string; others?: string }, w) =>
    `${p.sheet !== undefined ? `in sheet "${p.sheet}" of ${p.file}${p.first ? ' (the first visible sheet)' : ''}, ` : ''}the header row has no column for ${p.missing}; it has: ${p.headers}${p.separators ? ` (read with each separator it holds, ${p.separators.replace(/, (?=[^,]*$)/, ' and ')}: none gives these columns)` : ''}; ${p.title ? 'if that is a title, remove it and any row above the header (the header must be the first row); else ' : ''}name the columns so, or map them with ${w.given('columns', 'source=<header>,surface=<header>,date=<header>')}${p.others ? `; or read another sheet with ${w.given('sheet', '<name>')} (its other sheets: ${p.others})` : ''}`,
  'header-date-beside': (p: { date: string; others: string; count: string; time?: string; keys?: string }, w) =>
    `${w.given('columns', `date=${p.date}`)} reads the date from "${p.date}"${p.time ? ` and the time of day from "${p.time}"` : ''}; ${p.keys ? 'this line' : 'the header'} also has ${p.others}, ${p.count === '1' ? 'a name' : 'names'} of the date column, which would be left unread: choose the one that holds the time of day with ${w.given('columns', `date=${p.date},time=<${p.keys ? 'key' : 'header'}>`)}, and rename any other`,
  'date-and-time': (p: { fault: string; date: string; time: string; dateColumn: string; timeColumn: string }) =>
    p.fault === 'no-time'
      ? `"${p.time}" in the time column "${p.timeColumn}" is no time of day: write it 23:30, 23:30:15, 23点30分, 11:30 PM or 下午11:30, or leave the cell empty to ask about the day`
      : `the date "${p.date}" (column "${p.dateColumn}") and "${p.time}" in the time column "${p.timeColumn}" are not one moment: give the day in "${p.dateColumn}" and its time of day (23:30) in "${p.timeColumn}", or leave "${p.timeColumn}" empty to ask about the day`,
  'header-json': (_p: Record<string, never>, w) =>
    w.files
      ? `the plan's first line is a JSON object, and the plan is read as CSV (standard input is, unless told otherwise): give ${w.jsonLines} to read it as JSON Lines, or name the file .jsonl`
      : `the plan's first line is a JSON object, and the plan is read as CSV, as its type says: send it with ${w.jsonLines} to read it as JSON Lines`,
  'jsonl-csv-header': (p: { line: string }, w) =>
    w.files
      ? `the plan's first line is no JSON object but cells parted as a CSV header's are ("${p.line}"), and the plan is read as JSON Lines, as its name or --format says: give ${w.csv} to read it as CSV, or name the file .csv`
      : `the plan's first line is no JSON object but cells parted as a CSV header's are ("${p.line}"), and the plan is read as JSON Lines, as its type says: send it with ${w.csv} to read it as CSV`,
  'separator-line': (p: { separator: string }) =>
    `the first line "sep=${p.separator}" names ${p.separator} as the separator of cells, which linkcheck does not read: save the plan with commas, tabs or semicolons (sep=, sep=; or sep= and a tab names one of them)`,
  'header-platform-unread': (p: { column: string; value: string; line: string; platform: string }, w) =>
    `the plan has no platform column, but its column "${p.column}" holds a platform's name ("${p.value}", line ${p.line}): its rows would all be checked on ${p.platform}; rename that column platform or 平台, map it with ${w.given('columns', `platform=${p.column}`)}, or give the rows' platform with ${w.option('platform')}`,
  // What the library says is wrong with an argument (src/api/arguments.ts).
  'api-not-object': (p: { name: string; value: string; fields: string }) => `${p.name} takes an object { ${p.fields} }, not ${p.value}`,
  'api-unknown-field': (p: { name: string; field: string; fields: string; suggestion?: string }) => `${p.name} has no field "${p.field}";${didYouMean(p.suggestion)} its fields are ${p.fields}`,
  'api-missing-field': (p: { name: string; field: string; fields: string }) => `${p.name} has no "${p.field}", which it needs; its fields are ${p.fields}`,
  'api-not-string': (p: { name: string; value: string }) => `${p.name} takes a string, not ${p.value}`,
  'api-not-boolean': (p: { name: string; value: string }) => `${p.name} takes true or false, not ${p.value}`,
  'api-not-true': (p: { name: string; value: string }) => `${p.name} is true when given, not ${p.value}`,
  'api-not-instant': (p: { name: string; value: string }) =>
    `${p.name} takes a valid Date or a finite number of milliseconds since 1970-01-01T00:00Z, not ${p.value}`,
  'api-not-millis': (p: { name: string; value: string; years: string; zone?: string }) =>
    `${p.name} takes a number of milliseconds since 1970-01-01T00:00Z (as resolve() gives it) within the years ${p.years}${p.zone ? ` in the platform's time zone (${p.zone})` : ''}, not ${p.value}`,
  'api-not-day': (p: { name: string; value: string; years: string }) => `${p.name} takes a calendar day of the years ${p.years}, not ${p.value}; use ${DAY_FORMS}`,
  'api-not-path-list': (p: { name: string; value: string }) => `${p.name} takes an array of paths (strings) to rule files or folders of *.json, not ${p.value}`,
  'api-not-query-list': (p: { name: string; value: string }) => `${p.name} takes an array of resolved queries, not ${p.value}`,
  'api-no-rules': (_p: Record<string, never>) => 'builtinRules: false leaves no rules: give rule files or folders in rules',
  'api-not-plan-bytes': (p: { name: string; value: string }) => `${p.name} takes the plan's bytes: a Uint8Array or an ArrayBuffer, or an async iterable (a file's read stream) or ReadableStream of Uint8Arrays; not ${p.value}`,
  'api-not-plan-chunk': (p: { name: string; value: string }) =>
    `${p.name} gave ${p.value} where the plan's bytes were expected: a Uint8Array (a Buffer) each, as a file's read stream gives them when it is opened without an encoding`,
  'api-not-plan-format': (p: { name: string; value: string }) => `${p.name} takes "csv", "jsonl" or "xlsx", not ${p.value}`,
  'cell-too-long': (p: { column: string; length: string; limit: string }) => `the ${p.column} cell is ${p.length} bytes long (UTF-8); at most ${p.limit} (64 KiB) are read`,
  'cell-formula': (p: { column: string; value: string }) =>
    `the ${p.column} cell holds a spreadsheet formula, ${p.value}, whose value the plan does not hold: write the value itself in the cell (the link, the date), or give the workbook (.xlsx), which keeps each formula's value`,
  'empty-cells': (p: { columns: string }) => `no ${p.columns} in this row`,
  'empty-platform-cell': (p: { column: string; valid: string; given?: string }, w) =>
    `no platform in this row: its "${p.column}" cell is empty; write one of ${p.valid}${p.given ? ` (${w.given('platform', p.given)} is not used for a row of a plan with a platform column)` : ''}`,
  'platform-left-out': (p: { column: string; valid: string }) =>
    `no platform on this line: earlier lines give theirs as "${p.column}", this one does not; give it one of ${p.valid}`,
  'field-too-long': (p: { name: string; length: string; limit: string }) => `the ${p.name} is ${p.length} bytes long (UTF-8); at most ${p.limit} (64 KiB) are read`,
  'csv-unclosed-quote': (p: { first: string; last: string }) => `malformed CSV: a quoted cell is never closed: lines ${p.first} to ${p.last} were read as one row`,
  'csv-bare-quote': (p: { first?: string; last?: string }) =>
    `malformed CSV: a quote inside a cell is not doubled ("")${p.first !== undefined ? `: lines ${p.first} to ${p.last} were read as one row` : ''}`,
  'csv-too-many-cells': (p: { cells: string; header: string; separator: 'comma' | 'tab' | 'semicolon' }) => `this row has ${p.cells} cells and the header ${p.header}: quote cells that hold a ${p.separator}, the plan's separator`,
  'jsonl-invalid': (p: { reason: string }) => `not a JSON object: ${p.reason}`,
  'jsonl-broken': (p: { column: string; expected: keyof typeof JSON_EXPECTED; found: string; before: string }) =>
    `not valid JSON at column ${p.column}${p.before === '' ? '' : `, after \`${p.before}\``}: ${JSON_EXPECTED[p.expected]}, ${p.found === '' ? 'but the line ends there' : `but \`${p.found}\` is there`}`,
  'jsonl-not-object': (p: { type: string }) => `not a JSON object but ${p.type === 'array' ? 'an array' : p.type === 'null' ? 'null' : `a ${p.type}`}: each line holds one object with source, surface and date`,
  'jsonl-bad-values': (p: { keys: string }) => `${p.keys} must be a string, number or null`,
  'jsonl-repeated-keys': (p: { keys: string; count: string }) =>
    `${p.count === '1' ? `the key ${p.keys} is` : `the keys ${p.keys} are`} written more than once in this line's object: which value is meant cannot be known; write each key once`,
  'jsonl-too-deep': (p: { limit: string }) => `not read: nested more than ${p.limit} levels deep; each line holds one object of strings, numbers or null`,
  'row-too-long': (p: { length: string; limit: string; atLeast?: string }) => `this row is ${p.atLeast ? 'at least ' : ''}${p.length} bytes long (UTF-8); at most ${p.limit} (1 MiB) are read`,
  'sheet-too-many-cells': (p: { cell: string; header: string }) => `cell ${p.cell} has a value right of the header's last column (${p.header})`,
  'sheet-cell-twice': (p: { cell: string }) => `cell ${p.cell} is written more than once in its row, or after a cell right of it: which value is meant cannot be known; save the workbook again in Excel or WPS`,
  'sheet-formula-no-value': (p: { cell: string; recalculated?: 'true' }) =>
    `cell ${p.cell} holds a formula ${p.recalculated ? 'whose saved value the workbook asks to calculate again when it is opened (fullCalcOnLoad): it is not the value the sheet shows' : 'with no saved value'}; open and save the workbook in Excel or WPS so that its values are stored`,
  'sheet-error-value': (p: { cell: string; value: string }) => `cell ${p.cell} holds the error ${p.value}`,
  'sheet-elapsed-time': (p: { cell: string; value: string }) =>
    `cell ${p.cell} holds ${p.value} formatted as an elapsed time ([h]:mm:ss), a length of time, not a date or a time of day; format it as a date or a time`,
  'sheet-bad-value': (p: { cell: string; value: string; type: string }) => `cell ${p.cell} holds "${p.value}", which is no ${p.type === 'shared-string' ? 'shared string of the workbook' : p.type === 'boolean' ? 'boolean (1 or 0)' : 'number'}`,
  'sheet-bad-date': (p) =>
    `cell ${p.cell} holds the date serial ${p.value}, ${
      p.fault === 'leap-day'
        ? 'which Excel shows as 1900-02-29: it is no day (1900 was no leap year; Excel keeps the day from Lotus 1-2-3); give 1900-02-28 (59) or 1900-03-01 (61)'
        : `${p.fault === 'day-zero' ? 'which Excel shows as 1900-01-00: it is no day' : p.fault === 'negative' ? 'below 0: it is no date or time' : 'past 9999-12-31: it is no day a workbook can show'}; a date cell holds a serial from ${p.first} (${p.epoch}) to ${p.last} (9999-12-31)`
    }`,
  'sheet-bad-iso-date': (p: { cell: string; value: string; fault: string }) =>
    p.fault === 'offset'
      ? `cell ${p.cell} holds the date "${p.value}" with a UTC offset: a sheet shows no time zone, so whether the time as written or that instant is meant cannot be known; write the date and time without an offset, as the sheet shows them`
      : p.fault === 'no-day'
        ? `cell ${p.cell} holds the time "${p.value}" with no day, formatted as a date: give its day too (2022-06-01T20:00:00), or format the cell as a time`
        : `cell ${p.cell} holds "${p.value}" as a date (t="d"), which is no ISO 8601 date or time a calendar has: such a cell holds 2022-06-01, 20:00:00 or 2022-06-01T20:00:00 (seconds may carry a fraction, and a Z may follow)`,
  'not-a-day': (p: { input: string }) => `"${p.input}" is not a day; use ${DAY_FORMS}`,
  'day-malformed': (p: { input: string }) => `unrecognised day "${p.input}"; use ${DAY_FORMS}`,
  'day-ambiguous': (p: { input: string }) =>
    `ambiguous day "${p.input}": the day and the month could be either way round; write the year first (2022-06-01); use ${DAY_FORMS}`,
  'day-impossible': (p: { input: string }) => `no such date or time "${p.input}"; use ${DAY_FORMS}`,
  'bad-staleness': (p: { input: string }, w) =>
    `${w.option('maxStaleness')} takes a whole number of at most five digits (0 to 99999) and a unit, d (days), w (weeks), m (months) or y (years), e.g. 365d or 2y, not "${p.input}"`,
  // A query the library was handed already resolved (a verdict index's), naming what the record lacks.
  'query-platform': (p) => `unknown platform "${p.platform}"; valid: ${p.valid}`,
  'query-surface': (p) => `unknown surface "${p.surface}" of ${p.platform}; valid: ${p.valid}`,
  'query-source': (p) => `unknown source "${p.source}"; valid: ${p.valid}`,
  'query-group': (p) => `unknown group "${p.group}"; valid: ${p.valid}`,
  'empty-group': (p) => `group "${p.group}" has no sources`,
  // The options of the views and of completion.
  'bad-width': (p) => `--width takes a whole number of columns from 20 to 1000, not "${p.value}"`,
  'bad-axis': (p, w) => `${w.option('from')} (${p.from}) must be before ${w.option('to')} (${p.to})`,
  'link-not-source': (p) => `"${p.value}" is a link of no known source; give a source name ("linkcheck sources" lists them)`,
  'unknown-view-surface': (p, w) => `unknown surface "${p.value}"; valid: ${p.valid} (${w.surfaces} lists aliases)`,
  'unwritable-svg': (p) => `cannot write the SVG to ${p.file}: ${writeReason(p.reason)}`,
  'bad-shell': (p) => `unknown shell "${p.value}"; use bash, zsh or fish`,
};

export type { DetailId, DetailParams, MessageId, MessageParams } from '../errors/ids.js';

/** The detail for a wording id and its parameters, in English. */
export function formatDetail<K extends DetailId>(id: K, params: DetailParams<K>, words: OptionWords = COMMAND_LINE): string {
  return (DETAILS[id] as (params: Params, words: OptionWords) => string)(params as Params, words);
}


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

export function isDetailId(id: string): id is DetailId {
  return Object.hasOwn(DETAILS, id);
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
