// What a plan's row is checked for before it is asked, and how a header's refusal is worded for
// JSON Lines: the row answerer's (answer-rows.ts) checks of cells, apart from its tables.
import { InputError, wordedError } from '../errors/errors.js';
import { exceedsField, MAX_FIELD, utf8Length } from '../model/field-length.js';
import { REQUIRED, type ColumnPositions } from './columns.js';
import { isJoinFault, joinDateAndTime } from './date-and-time.js';
import { isFormula } from './read/cell-formula.js';
import { maybeSpace } from './row-keys.js';

/** Longest cell text looked up as a platform's name: names and aliases are short. */
const PLATFORM_NAME_LONGEST = 32;

/**
 * What makes a row unusable before it is asked: a cell too long, a spreadsheet's formula in a
 * column it is asked by (cell-formula.ts), a needed one empty, or an empty cell in the plan's
 * platform column. That one is not filled by -p or the default platform: a plan that names each
 * row's platform and leaves one blank (a merged cell reads so below its first row) does not say
 * that row is on the default one.
 */
export function rowProblem(header: readonly string[], cells: readonly string[], positions: ColumnPositions, validPlatforms: string, given: string | undefined): InputError | undefined {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (exceedsField(cell)) return wordedError('cell-too-long', { column: header[i] ?? `column ${i + 1}`, length: String(utf8Length(cell)), limit: String(MAX_FIELD) });
  }
  const formula = formulaAt(cells, positions);
  if (formula !== undefined) return wordedError('cell-formula', { column: header[formula] ?? `column ${formula + 1}`, value: cells[formula]! });
  const platformEmpty = positions.platform !== undefined && !filled(cells, positions.platform);
  if (!platformEmpty && filled(cells, positions.source) && filled(cells, positions.surface) && filled(cells, positions.date)) return undefined;
  const empty = REQUIRED.filter((column) => !filled(cells, positions[column]));
  if (empty.length > 0) return wordedError('empty-cells', { columns: platformEmpty ? [...empty, 'platform'].join(', ') : empty.join(', ') });
  return wordedError('empty-platform-cell', { column: header[positions.platform!] ?? 'platform', valid: validPlatforms, ...(given !== undefined ? { given } : {}) });
}

/** The first asked cell (source, surface, date, time, platform) that holds a formula; named one by one, as a row makes no array (#18). */
function formulaAt(cells: readonly string[], { source, surface, date, time, platform }: ColumnPositions): number | undefined {
  const formula = (position: number | undefined) => position !== undefined && isFormula(cells[position] ?? '');
  if (formula(source)) return source;
  if (formula(surface)) return surface;
  if (formula(date)) return date;
  if (formula(time)) return time;
  return formula(platform) ? platform : undefined;
}

/** A header's refusal worded for a JSON Lines line, whose headers are its keys. */
export function asKeys(error: unknown): unknown {
  if (!(error instanceof InputError)) return error;
  const { id, params } = error.worded ?? {};
  if (id === 'header-duplicate') return wordedError(id, { ...(params as { column: string; count: string; headers: string }), keys: 'true' }, 'bad-header');
  if (id === 'header-date-beside') return wordedError(id, { ...(params as { date: string; others: string; count: string }), keys: 'true' }, 'bad-header');
  return error;
}

/** The date a row asks about: its date cell, and its time cell's time of day when the plan has a time column (date-and-time.ts); or why they make none. */
export function rowDate(header: readonly string[], cells: readonly string[], positions: ColumnPositions): string | InputError {
  const date = cells[positions.date!]!;
  if (positions.time === undefined) return date;
  const time = cells[positions.time] ?? '';
  const joined = joinDateAndTime(date, time);
  if (!isJoinFault(joined)) return joined;
  return wordedError('date-and-time', { fault: joined, date: date.trim(), time: time.trim(), dateColumn: header[positions.date!]!, timeColumn: header[positions.time]! });
}

/**
 * Refuses a plan without a platform column one of whose first rows names a platform in a column
 * not read (投放渠道: 抖音): each row would be answered on the default platform, or -p's, while
 * the plan says another. Asked only while -p is not given, for the first rows.
 */
export function unreadPlatform(line: number, header: readonly string[], cells: readonly string[], positions: ColumnPositions, named: (input: string) => unknown, platform: string): void {
  if (positions.platform !== undefined) return;
  for (let i = 0; i < cells.length; i++) {
    if (i === positions.source || i === positions.surface || i === positions.date || i === positions.time) continue;
    const cell = cells[i]!;
    if (cell.length === 0 || cell.length > PLATFORM_NAME_LONGEST || named(cell) === undefined) continue;
    throw wordedError('header-platform-unread', { column: header[i] ?? `column ${i + 1}`, value: cell.trim(), line: String(line), platform }, 'bad-header');
  }
}

export function filled(cells: readonly string[], position: number | undefined): boolean {
  return position !== undefined && !blank(cells[position] ?? '');
}

/** Empty or only white space; a cell whose first character cannot be white space is not, without trimming it. */
function blank(cell: string): boolean {
  return cell.length === 0 || (maybeSpace(cell.charCodeAt(0)) && cell.trim() === '');
}
