// What the link, date and argument readers say is wrong, in English, by wording id (DETAILS): the
// detail of an error reported under another code (bad-source, bad-date, api-*); en-errors.ts
// words the errors themselves, and gives these on (zh-details.ts in Chinese).
import type { DetailId, DetailParams } from '../errors/ids.js';
import { didYouMean, writeReason } from './en-phrases.js';
import { COMMAND_LINE, type OptionWords } from './option-words.js';

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

const validInputs = (ids: string) =>
  `give a source id or alias (${ids}), an http(s) link, a host and path such as item.jd.com/100012043978.html, or a share text with a link or share token`;

/**
 * How to choose among a header's columns for one column: for the date, the one chosen leaves the
 * other to be read as its time of day (columns.ts), or names the time's among more.
 */
function chosen(column: string, count: string, header: string, w: OptionWords): string {
  if (column !== 'date') return `with ${w.given('columns', `${column}=<${header}>`)}`;
  return count === '2' ? `with ${w.given('columns', `date=<${header}>`)}: the other is then read as its time of day` : `with ${w.given('columns', `date=<${header}>,time=<${header}>`)}, and rename the others`;
}

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

/** The detail for a wording id and its parameters, in English. */
export function formatDetail<K extends DetailId>(id: K, params: DetailParams<K>, words: OptionWords = COMMAND_LINE): string {
  return (DETAILS[id] as (params: Params, words: OptionWords) => string)(params as Params, words);
}

/** Whether a wording id is in this catalogue. */
export function isDetailId(id: string): id is DetailId {
  return Object.hasOwn(DETAILS, id);
}
