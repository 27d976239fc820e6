// Which column of a plan holds what: header names in English and Chinese, and
// --columns for any others.
import { inputError, wordedError } from '../errors/errors.js';
import { normalizeName } from '../engine/names.js';

export type Column = 'source' | 'surface' | 'date' | 'time' | 'platform';

export const REQUIRED: readonly Column[] = ['source', 'surface', 'date'];

export const HEADER_NAMES: Readonly<Record<Column, readonly string[]>> = {
  source: ['source', 'link', 'url', '来源', '链接', '商品链接', '宝贝链接'],
  surface: ['surface', 'placement', '位置', '版位', '投放位置', '资源位'],
  // The names plans give the placement's day or moment: one left unread beside another (投放日期
  // and 投放时间) had its rows asked at the start of their day, whatever time it held; two are
  // refused, and --columns date= reads the other as the time of day (dateBeside).
  date: [
    'date', '日期', '时间', '开播时间', '开播日期', '直播日期', '直播时间', '投放日期', '投放时间', '开始日期', '开始时间', '直播开始日期', '直播开始时间',
    '投放开始日期', '投放开始时间', '上播时间', '发布日期', '发布时间', '排期', '排期日期', '排期时间', 'datetime', 'start date', 'start time',
  ],
  // A time of day for the date column's day (date-and-time.ts): a plan that gives them apart.
  time: ['time', '时刻', '开播时刻', '直播时刻', '投放时刻'],
  // A platform column named otherwise would be left unread and every row asked on the default
  // platform: the names plans are exported with are taken (and a column of platform names under
  // any other header is refused, answer-rows.ts).
  platform: ['platform', '平台', '投放平台', '平台名称', '渠道', '投放渠道', '媒体', '媒体平台', 'platform name', 'channel', 'app', 'media'],
};

const COLUMNS = Object.keys(HEADER_NAMES) as Column[];

/**
 * An asterisk, or 必填 (required) or 选填 (optional) in the brackets forms and templates write them
 * in: (), [] (full-width ones fold to these) or 【】; before the name, or after it. Written as
 * escapes so that the bundles stay ASCII (#18).
 */
const MARK_BEFORE = /^(?:\*|\((?:\u5fc5\u586b|\u9009\u586b)\)|\[(?:\u5fc5\u586b|\u9009\u586b)\]|\u3010(?:\u5fc5\u586b|\u9009\u586b)\u3011)\s*/;
const MARK_AFTER = /(?:\*|\((?:\u5fc5\u586b|\u9009\u586b)\)|\[(?:\u5fc5\u586b|\u9009\u586b)\]|\u3010(?:\u5fc5\u586b|\u9009\u586b)\u3011)$/;

/**
 * A header as it is matched to a column's names: its normal form (normalizeName) without the marks
 * forms and templates put on a required or optional column: an asterisk before or after it (*日期,
 * 日期*, * 日期) and 必填 or 选填 in brackets (日期（必填）, 【必填】日期, 商品链接（选填）). Only these:
 * any other note in brackets says what the column holds (时间(UTC) is no time in the platform's
 * zone) and stays part of the name. Reports and messages show the header as written.
 */
export function headerKey(header: string): string {
  const key = normalizeName(header);
  // Each mark holds one of these: a header without them is not searched for one, so that a start
  // does not compile the two patterns (about 0.1 ms of a one-row batch, #18).
  if (!key.includes('*') && !key.includes('(') && !key.includes('[') && !key.includes('\u3010')) return key.trimEnd();
  return key.replace(MARK_BEFORE, '').replace(MARK_AFTER, '').trimEnd();
}

/** Each column's header names; `given`: the columns --columns names (locateColumns). */
export type ColumnNames = Readonly<Record<Column, readonly string[]>> & { readonly given?: readonly Column[] };

/**
 * Each column's names as header keys, worked out once for each set of names: a plan's header is
 * located when it is checked and again for its rows, a JSON Lines plan's for each shape of its
 * lines, and each time every name was normalised again (about 60 names, #18).
 */
const namedKeys = new WeakMap<ColumnNames, Readonly<Record<Column, ReadonlySet<string>>>>();

function keysOf(names: ColumnNames): Readonly<Record<Column, ReadonlySet<string>>> {
  let keys = namedKeys.get(names);
  if (keys === undefined) {
    keys = { source: new Set(names.source.map(headerKey)), surface: new Set(names.surface.map(headerKey)), date: new Set(names.date.map(headerKey)), time: new Set(names.time.map(headerKey)), platform: new Set(names.platform.map(headerKey)) };
    namedKeys.set(names, keys);
  }
  return keys;
}

/** "source=商品链接,surface=投放位置": these headers replace the usual names of those columns. */
export function columnNames(option: string | undefined): ColumnNames {
  if (option === undefined) return HEADER_NAMES;
  const names: Record<Column, readonly string[]> = { ...HEADER_NAMES };
  const mapped = new Map<Column, string>();
  for (const part of option.split(',')) {
    const [column, header, ...extra] = part.split('=');
    const key = column?.trim() as Column;
    // The columns' own names alone: constructor or __proto__ is no column.
    if (!Object.hasOwn(HEADER_NAMES, key) || header === undefined || header.trim() === '' || extra.length > 0) {
      throw inputError('bad-columns', { part, columns: Object.keys(HEADER_NAMES).join(', ') });
    }
    // A column mapped twice to different headers: which one holds it is not known, and the last one must not win silently.
    const before = mapped.get(key);
    if (before !== undefined && before !== header.trim()) throw inputError('conflicting-options', { option: `--columns ${key}`, first: before, second: header.trim() });
    mapped.set(key, header.trim());
    names[key] = [header.trim()];
  }
  return { ...names, given: [...mapped.keys()] };
}

/** For each column, the position of its cell in a record with these headers. */
export type ColumnPositions = Partial<Record<Column, number>>;

export function locateColumns(headers: readonly string[], names: ColumnNames): ColumnPositions {
  const given = new Set(names.given);
  const named = keysOf(names);
  // A header --columns gives one column is not another's by its usual names: --columns time=时间
  // reads the date from 日期 alone.
  const claimed = new Set([...given].flatMap((column) => [...named[column]]));
  // Each header's key, worked out once for every column it is matched against.
  const keys = headers.map(headerKey);
  const positions: ColumnPositions = {};
  for (const column of COLUMNS) {
    const wanted = named[column];
    const found = keys.flatMap((key, position) => (wanted.has(key) && (given.has(column) || !claimed.has(key)) ? [position] : []));
    if (found.length > 1) {
      // The same name but for case or spaces (DATE, date), or a required column's mark (*日期, 日期): --columns matches it so too, and cannot choose.
      const same = new Set(found.map((position) => keys[position])).size === 1;
      const marks = same && new Set(found.map((position) => normalizeName(headers[position]!))).size > 1;
      throw wordedError('header-duplicate', { column, count: String(found.length), headers: found.map((position) => `"${headers[position]}"`).join(', '), ...(same ? { same: 'true' } : {}), ...(marks ? { marks: 'true' } : {}) }, 'bad-header');
    }
    if (found[0] !== undefined) positions[column] = found[0];
  }
  if (given.has('date') && positions.date !== undefined) dateBeside(headers, keys, positions, claimed);
  return positions;
}

/**
 * A header whose date column --columns names (date=日期) may have more columns under the date
 * column's usual names (时间, 开播时间), which its --columns told apart from the date, not to
 * leave unread: one such column, when the plan has no time column, is its time of day (joined to
 * the date, or agreeing with it: date-and-time.ts); more, or one beside a time column, is
 * refused, naming them: which of them holds the time cannot be known.
 */
function dateBeside(headers: readonly string[], keys: readonly string[], positions: ColumnPositions, claimed: ReadonlySet<string>): void {
  const usual = keysOf(HEADER_NAMES).date;
  const others = keys.flatMap((key, position) => (position !== positions.date && position !== positions.time && usual.has(key) && !claimed.has(key) ? [position] : []));
  if (others.length === 0) return;
  if (others.length === 1 && positions.time === undefined) {
    positions.time = others[0]!;
    return;
  }
  const named = (position: number) => `"${headers[position]}"`;
  throw wordedError('header-date-beside', { date: headers[positions.date!]!, others: others.map(named).join(', '), count: String(others.length), ...(positions.time !== undefined ? { time: headers[positions.time]! } : {}) }, 'bad-header');
}

/**
 * The missing columns of a header, as one line; empty when none is missing. A column --columns
 * names (time=开播时刻, platform=渠道) is needed too: read without it, its rows would be asked
 * about their days, or on the default platform, as if it had not been named.
 */
export function missingColumns(positions: ColumnPositions, names: ColumnNames): string {
  const missing = COLUMNS.filter((column) => positions[column] === undefined && (REQUIRED.includes(column) || names.given?.includes(column) === true));
  return missing.map((column) => `${column} (${names[column].join(', ')})`).join('; ');
}

/**
 * The workbook sheet a header row is read from, for a refusal to name: the plan's name, the
 * sheet's, whether it was read as the first visible one (no --sheet), and then the workbook's
 * other sheets as a refusal lists them.
 */
export interface SheetPlace {
  file: string;
  sheet: string;
  first?: true;
  others?: string;
}

/** The positions of the columns a row is asked by: its source, surface, date, time and platform, those the header has. */
export function askedColumns(positions: ColumnPositions): number[] {
  return COLUMNS.flatMap((column) => (positions[column] === undefined ? [] : [positions[column]]));
}

/** Refuses a header without a needed column (see HeaderCheck); else the positions of the columns its rows are asked by. */
export function headerCheck(names: ColumnNames): (headers: readonly string[], sheet?: SheetPlace) => number[] {
  return (headers, sheet) => {
    const positions = locateColumns(headers, names);
    const missing = missingColumns(positions, names);
    if (missing !== '') {
      // One filled cell is what a title row above the header looks like, as spreadsheets are often laid out.
      const title = headers.filter((header) => header.trim() !== '').length === 1 ? { title: 'true' } : {};
      // A workbook's sheet is named: the first visible one may be notes beside a plan on another sheet, which --sheet reads.
      const place = sheet === undefined ? {} : { file: sheet.file, sheet: sheet.sheet, ...(sheet.first ? { first: 'true' } : {}), ...(sheet.others !== undefined ? { others: sheet.others } : {}) };
      throw wordedError('header-missing', { missing, headers: headers.map((header) => `"${header}"`).join(', '), ...title, ...place }, 'bad-header');
    }
    return askedColumns(positions);
  };
}
