// How an error message names what the reader set: a command line's options
// (--as-known-on, "linkcheck rules list") or a request's parameters (asKnownOn,
// GET /v1/rules). The catalogues word a message once and take these words from
// the edge that prints it, so a request is never told of an option it cannot give.

/** The settings a message may tell the reader to give or change, by their request parameter's name. */
export type OptionKey = 'asKnownOn' | 'maxStaleness' | 'failOn' | 'columns' | 'encoding' | 'sheet' | 'from' | 'to' | 'platform' | 'format';

export interface OptionWords {
  /** The setting's name as the reader gives it: --as-known-on, or asKnownOn. */
  readonly option: (key: OptionKey) => string;
  /** The setting with a value, as written: --encoding gb18030, or encoding=gb18030. */
  readonly given: (key: OptionKey, value: string) => string;
  /** Where the reader finds every source, surface and platform with its aliases, and the rules' ids. */
  readonly listing: string;
  /** Where the reader finds the surfaces with their aliases. */
  readonly surfaces: string;
  /** How the reader says a plan is a workbook. */
  readonly workbook: string;
  /** How the reader says a plan is JSON Lines, and CSV. */
  readonly jsonLines: string;
  readonly csv: string;
  /** Whether the reader gives plans as files, whose names may say their format (the command line), or as request bodies, whose type does. */
  readonly files: boolean;
}

const FLAGS: Readonly<Record<OptionKey, string>> = {
  asKnownOn: '--as-known-on',
  maxStaleness: '--max-staleness',
  failOn: '--fail-on',
  columns: '--columns',
  encoding: '--encoding',
  sheet: '--sheet',
  from: '--from',
  to: '--to',
  platform: '-p',
  format: '--format',
};

/** The command line's words: what the CLI (and the library, which has always worded its errors so) prints. */
export const COMMAND_LINE: OptionWords = {
  option: (key) => FLAGS[key],
  given: (key, value) => `${FLAGS[key]} ${value}`,
  listing: '"linkcheck rules list"',
  surfaces: '"linkcheck surfaces"',
  workbook: '--format xlsx',
  jsonLines: '--format jsonl',
  csv: '--format csv',
  files: true,
};

/** The HTTP service's words: its query parameters and endpoints (src/serve/schemas.ts). */
export const REQUEST: OptionWords = {
  option: (key) => key,
  given: (key, value) => `${key}=${value}`,
  listing: 'GET /v1/rules',
  surfaces: 'GET /v1/rules',
  workbook: 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jsonLines: 'Content-Type: application/x-ndjson',
  csv: 'Content-Type: text/csv',
  files: false,
};

/** The help a command-line usage error points to: the subcommand's ("rules show"), else the program's. */
export const helpOf = (command: string | undefined): string => (command === undefined ? 'linkcheck --help' : `linkcheck ${command} --help`);
