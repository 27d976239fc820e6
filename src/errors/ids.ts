// What the core reports, as data: the id of each error and reader's detail, and the values it
// carries (a rule file's problems are in problem-ids.ts). The catalogues in src/i18n/
// (en-errors.ts and en-details.ts, zh-errors.ts and zh-details.ts) word every id in each
// language; the types make a missing or misspelt id a compile error there.

/**
 * What is wrong with a configuration file as a whole (bad-config `problem`), and the values each
 * names: not JSON (`detail`, the parser's own words); not readable (`cause`: not-regular,
 * too-large with `mib`, not-utf8, permission, folder, dangling, loop, or the system's code); nested
 * deeper than `levels`; a key written twice (`at`, its path); a key the file may not have (`at`,
 * and the `valid` ones); no object of settings (`at`, empty for the file itself); a value of the
 * wrong kind (`at`; `expected`, the setting whose value it is; the value as `value` when it is
 * one word or number, else its `kind`, list or object).
 */
export type ConfigProblem = 'not-json' | 'unreadable' | 'too-deep' | 'twice' | 'unknown-key' | 'not-object' | 'bad-value';

/** The errors linkcheck reports, by code (the `code` of --json errors; docs/errors.md). */
export interface MessageParamsById {
  'unknown-source': { input: string; valid: string; suggestion?: string };
  'unknown-surface': { input: string; platform: string; valid: string; suggestion?: string };
  'unknown-platform': { input: string; valid: string; suggestion?: string };
  'no-platforms': { input: string };
  'ambiguous-surface': { input: string; platform: string; choices: string };
  /** `close`: the rule ids close to `id`, closest first, separated by spaces (an id has none). */
  'unknown-rule': { id: string; close?: string };
  'platform-as-source': { input: string };
  'swapped-arguments': { source: string; surface: string; date?: string };
  /** Without `command`, the check's: `platform` when its first operand names a platform. */
  'too-many-arguments': { command?: string; expected: string; got: string; platform?: string };
  /**
   * An argument (`position`), the value of an option (`name`, and `position` when it is the next
   * argument), a variable (`name`) or a configuration file's setting (`file`, its key as `name`)
   * longer than `bytes` of UTF-8.
   */
  'argument-too-long': { what: 'argument' | 'option' | 'option-value' | 'variable' | 'config'; bytes: string; position?: string; name?: string; file?: string };
  'bad-known-on-date': { input: string; reason: string };
  /**
   * What is wrong with the file (`problem`, with the values it names: ConfigProblem), or with the
   * value of one of its keys as its reader refused it (`key`, and `inner` or `reason` as for
   * bad-environment).
   */
  'bad-config': { file: string; problem?: ConfigProblem; key?: string; reason?: string; inner?: string; [value: string]: string | undefined };
  /** A LINKCHECK_* variable's value refused: `reason` is the worded reader's (bad-staleness), or `inner` the catalogue's id, its values beside. */
  'bad-environment': { name: string; reason?: string; inner?: string; [value: string]: string | undefined };
  'no-rules': Record<string, never>;
  'unknown-option': { option: string; suggestion?: string; command?: string };
  'unknown-command': { command: string; suggestion?: string };
  'missing-command': { command: string; valid: string };
  'missing-argument': { name: string; command?: string };
  'missing-option-value': { option: string; command?: string };
  'option-not-for-command': { option: string; command: string };
  'conflicting-options': { option: string; first: string; second: string };
  'usage': { detail: string };
  'bad-source': { detail: string };
  'bad-date': { detail: string };
  /** A plan's header row that lacks a needed column or names one twice: the header reader's words (header-missing, header-duplicate). */
  'bad-header': { detail: string };
  'input-error': { detail: string };
  /** A CSV plan with no header line: nothing but blank lines, or nothing. */
  'empty-plan': { file: string };
  /** A plan whose header row is longer than `limit` bytes of UTF-8 (`atLeast`: at least `length`). */
  'header-too-long': { file: string; length: string; limit: string; atLeast?: string };
  'bad-lang': { value: string };
  'bad-choice': { option: string; value: string; valid: string };
  'exclusive-options': { first: string; second: string };
  'bad-columns': { part: string; columns: string };
  'bad-fail-on': { value: string; valid: string };
  'bad-encoding': { value: string; valid: string };
  'sheet-not-workbook': { format: string };
  'encoding-of-workbook': Record<string, never>;
  'unknown-plan-format': { file: string; xls?: string };
  'unreadable-plan': { file: string; reason: string };
  'unknown-sheet': { file: string; sheet: string; valid: string };
  /** `sheet`: the sheet read, by its name in the workbook; `first`: it was read as the first visible sheet, no --sheet given. */
  'empty-sheet': { file: string; sheet: string; first?: string; others?: string };
  'unreadable-workbook': { file: string; reason: string };
  'workbook-too-large': { file: string; part: string; limit: string };
  'plan-not-decodable': { file: string; encoding: string; offset: string; byte?: string; looksGb?: string; workbook?: string; utf16?: string; utf8?: string; xls?: string };
  'plan-cut-short': { file: string; encoding: string };
  'unwritable-report': { kind: string; file: string; reason: string };
  'report-write-error': { file: string; reason: string };
  'invalid-rule-data': { problem: string; more: string };
  'unreadable-rules': { problem: string; more: string };
  'stale-record': { subject: string; newest: string; age?: string; reviewed?: string };
  'write-error': { reason: string };
  'internal-error': Record<string, never>;
  // The HTTP service (linkcheck serve, docs/serve.md): a request it cannot answer, and its start.
  'not-found': { path: string; valid: string };
  'method-not-allowed': { method: string; path: string; allowed: string };
  'unknown-parameter': { parameter: string; valid: string; suggestion?: string };
  'missing-parameter': { parameter: string; valid: string };
  'repeated-parameter': { parameter: string };
  'bad-parameter-encoding': { parameter: string; escapes: string };
  'bad-json': { problem: string; byte?: string; value?: string; limit?: string };
  'repeated-key': { key: string };
  'too-many-queries': { count: string; limit: string };
  'body-too-large': { limit: string };
  'unsupported-media-type': { type: string; valid: string };
  'unsupported-content-encoding': { encoding: string; header: string };
  'busy': { limit: string };
  'headers-too-large': { limit: string };
  'request-timeout': Record<string, never>;
  'bad-request': { what?: string };
  'expectation-failed': { expect: string };
  'body-timeout': { seconds: string };
  'body-deadline': { seconds: string };
  'not-acceptable': { accept: string; valid: string };
  'http-version-not-supported': { version: string };
  'not-implemented': { method: string; allowed: string };
  'repeated-header': { header: string };
  'unencoded-target': Record<string, never>;
  'fragment-in-target': { rest: string };
  'site-not-built': Record<string, never>;
  'unreadable-site': { file: string; reason: string };
  'bad-option-number': { option: string; value: string; min: string; max: string };
  'bad-host': { value: string };
  'bad-origin': { value: string };
  'port-in-use': { host: string; port: string };
  'cannot-listen': { host: string; port: string; reason: string };
}

/**
 * What the link, date and plan readers say is wrong, by wording id. Not error
 * codes: the error is reported under the code of the argument that was read
 * (bad-source, bad-date, bad-known-on-date; see src/cli/coded.ts).
 */
export interface DetailParamsById {
  'empty-source': { ids: string };
  'no-source-in-text': { input: string; ids: string };
  'not-a-web-link': { input: string; scheme: string; ids: string };
  'holds-other-link': { input: string; scheme: string; ids: string };
  'mini-program-link': { input: string; app: string; ids: string };
  'broken-web-link': { input: string; written: string; scheme: string; ids: string };
  'link-without-host': { input: string; scheme: string; ids: string };
  'link-bad-port': { input: string; scheme: string; port: string; ids: string };
  'date-malformed': { input: string };
  'date-plus-as-space': { input: string; parameter: string };
  'date-serial': { input: string; day: string };
  'date-ambiguous': { input: string };
  'date-impossible': { input: string };
  'date-stretch': { input: string };
  /**
   * A 12-hour time (`time`, its word for the part of the day `word`) that names no one hour: an
   * hour over 12 beside the word (`twice`, `hour`); a 12 o'clock that is either of two moments
   * (`twelve`, `one` and `other`); an hour the word is not said with (`hours`, `hour`, the word's
   * hours from `first` to `last`).
   */
  'date-half-day': { input: string; time: string; word: string; fault: 'twice' | 'twelve' | 'hours'; hour?: string; one?: string; other?: string; first?: string; last?: string };
  'date-out-of-range': { input: string; years: string; zone?: string };
  /** `keys`: the headers are a JSON Lines line's keys. `same`: they differ in case or spaces alone; `marks`: in a required or optional column's marks too (*日期, 日期). */
  'header-duplicate': { column: string; count: string; headers: string; same?: string; marks?: string; keys?: string };
  /** `separators`: the separators the header line was read with (comma, tab, semicolon), when it held more than one and none gave the columns. */
  'header-missing': { missing: string; headers: string; title?: string; separators?: string; file?: string; sheet?: string; first?: string; others?: string };
  /**
   * A header whose date column --columns names (`date`) with `others` (`count`) under the date
   * column's usual names beside it, more than one, or one beside the time column (`time`): which
   * holds the time of day cannot be known (columns.ts). `keys`: a JSON Lines line's keys.
   */
  'header-date-beside': { date: string; others: string; count: string; time?: string; keys?: string };
  /**
   * A row whose time cell (`time`, column `timeColumn`) is no time of day (`no-time`), or that
   * with its date cell (`date`, column `dateColumn`) makes no one moment (`not-one-moment`).
   */
  'date-and-time': { fault: 'no-time' | 'not-one-moment'; date: string; time: string; dateColumn: string; timeColumn: string };
  /** A CSV plan whose first line is a JSON object: JSON Lines read as CSV. */
  'header-json': Record<string, never>;
  /** A JSON Lines plan whose first line is no JSON object but, parted by a comma, tab or semicolon, a header with the plan's columns (`line`, as written): CSV read as JSON Lines. */
  'jsonl-csv-header': { line: string };
  /** An Excel sep= line naming a character linkcheck does not part cells by. */
  'separator-line': { separator: string };
  /** A plan without a platform column whose column `column` holds a platform's name (`value`, on line `line`): its rows would be asked on `platform`, the default. */
  'header-platform-unread': { column: string; value: string; line: string; platform: string };
  'api-not-object': { name: string; value: string; fields: string };
  'api-unknown-field': { name: string; field: string; fields: string; suggestion?: string };
  'api-missing-field': { name: string; field: string; fields: string };
  'api-not-string': { name: string; value: string };
  'api-not-boolean': { name: string; value: string };
  'api-not-true': { name: string; value: string };
  'api-not-instant': { name: string; value: string };
  'api-not-millis': { name: string; value: string; years: string; zone?: string };
  'api-not-day': { name: string; value: string; years: string };
  'api-not-path-list': { name: string; value: string };
  'api-not-query-list': { name: string; value: string };
  'api-no-rules': Record<string, never>;
  'api-not-plan-bytes': { name: string; value: string };
  'api-not-plan-chunk': { name: string; value: string };
  'api-not-plan-format': { name: string; value: string };
  'cell-too-long': { column: string; length: string; limit: string };
  /** A plan's cell in a column its row is asked by (`column`) that holds a spreadsheet formula (`value`), whose value the plan does not hold. */
  'cell-formula': { column: string; value: string };
  'empty-cells': { columns: string };
  /** A row whose cell in the plan's platform column (`column`) is empty; `valid`: the platforms; `given`: the platform -p gave, which does not fill it. */
  'empty-platform-cell': { column: string; valid: string; given?: string };
  'platform-left-out': { column: string; valid: string };
  'field-too-long': { name: string; length: string; limit: string };
  'csv-unclosed-quote': { first: string; last: string };
  'csv-bare-quote': { first?: string; last?: string };
  'csv-too-many-cells': { cells: string; header: string; separator: 'comma' | 'tab' | 'semicolon' };
  'jsonl-invalid': { reason: string };
  /** expected: json-fault.ts JsonExpected; found: empty where the line ends. */
  'jsonl-broken': { column: string; expected: 'value' | 'name' | 'colon' | 'comma-or-brace' | 'comma-or-bracket' | 'quote' | 'escape' | 'digit' | 'end'; found: string; before: string };
  'jsonl-not-object': { type: string };
  'jsonl-bad-values': { keys: string };
  'jsonl-repeated-keys': { keys: string; count: string };
  'jsonl-too-deep': { limit: string };
  /** `length` bytes of UTF-8; `atLeast`: at least that many (a record past the limit in UTF-16 units is not read further). */
  'row-too-long': { length: string; limit: string; atLeast?: string };
  'sheet-too-many-cells': { cell: string; header: string };
  /** `recalculated`: the formula has a saved value, but the workbook asks to be calculated again on opening (fullCalcOnLoad). */
  'sheet-formula-no-value': { cell: string; recalculated?: 'true' };
  'sheet-cell-twice': { cell: string };
  'sheet-error-value': { cell: string; value: string };
  /** A number whose format shows an elapsed time ([h]:mm:ss), no date or time of day. */
  'sheet-elapsed-time': { cell: string; value: string };
  'sheet-bad-value': { cell: string; value: string; type: 'number' | 'shared-string' | 'boolean' };
  /** A date cell's serial that is no day: below 0, past the last (`last`, 9999-12-31), or the 1900 system's day 0 or 60; `first` is the first serial day, `epoch` the day it is. */
  'sheet-bad-date': { cell: string; value: string; fault: 'negative' | 'past-last' | 'day-zero' | 'leap-day'; first: string; epoch: string; last: string };
  /** An ISO date cell's value (t="d") that is no ISO 8601 date or time, has an offset other than Z, or is a time alone under a date's format. */
  'sheet-bad-iso-date': { cell: string; value: string; fault: 'malformed' | 'offset' | 'no-day' };
  'not-a-day': { input: string };
  'day-malformed': { input: string };
  'day-ambiguous': { input: string };
  'day-impossible': { input: string };
  'bad-staleness': { input: string };
  'query-platform': { platform: string; valid: string };
  'query-surface': { surface: string; platform: string; valid: string };
  'query-source': { source: string; valid: string };
  'query-group': { group: string; valid: string };
  'empty-group': { group: string };
  'bad-width': { value: string };
  'bad-axis': { from: string; to: string };
  'link-not-source': { value: string };
  'unknown-view-surface': { value: string; valid: string };
  'unwritable-svg': { file: string; reason: string };
  'bad-shell': { value: string };
}

export type MessageId = keyof MessageParamsById;
export type MessageParams<K extends MessageId> = MessageParamsById[K];
export type DetailId = keyof DetailParamsById;
export type DetailParams<K extends DetailId> = DetailParamsById[K];
