// A sheet cell's stored value read as its type spells it (t="s", "b", "n", "d" in SpreadsheetML)
// and as the sheet shows it: a shared string's number, a boolean, a number (a date or time when its
// format shows one, sheet-values.ts) or an ISO date; or why it names none, as the error a row gets.
// `where` names the cell only for an error: most cells are read without naming theirs.
import { wordedError, type InputError } from '../../errors/errors.js';
import { isoDateText, lastSerial, serialFault, serialText, type Shown } from './sheet-values.js';

/** A number cell's value written as an integer's digits (42, -7, 42.0), without a leading zero or a sign on 0. */
const PLAIN_INTEGER = /^(?:0|-?[1-9]\d*)(?:\.0*)?$/;

/**
 * A value as its type spells it (XML Schema's unsignedInt, double and boolean, white space around
 * it allowed): what Number() would read besides (an empty value as 0, 0x1 as 1) is no value of the type.
 */
const INDEX = /^\s*\d+\s*$/;
const DOUBLE = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const BOOLEAN = /^\s*(?:1|0|true|false)\s*$/;

/** A shared-string cell's number; NaN when its value spells none. */
export function sharedIndex(value: string): number {
  return INDEX.test(value) ? Number(value) : Number.NaN;
}

/** A boolean cell as the sheet shows it, TRUE or FALSE; or why its value is none. */
export function booleanText(value: string, where: () => string): string | InputError {
  const written = value.trim();
  if (!BOOLEAN.test(written)) return wordedError('sheet-bad-value', { cell: where(), value, type: 'boolean' });
  return written === '1' || written === 'true' ? 'TRUE' : 'FALSE';
}

/** A number as the sheet shows it: a date or time by its format (`shown`), else as written (to 15 digits, as Excel keeps); or why it cannot be read. */
export function numberText(value: string, shown: Shown | undefined, date1904: boolean, where: () => string): string | InputError {
  const number = Number(value);
  if (!DOUBLE.test(value) || !Number.isFinite(number)) return wordedError('sheet-bad-value', { cell: where(), value, type: 'number' });
  // An elapsed time is a length of time: read as a time of day, 25:30 would be 01:30.
  if (shown?.elapsed === true) return wordedError('sheet-elapsed-time', { cell: where(), value });
  if (shown) return serialText(number, date1904, shown) ?? badDate(number, value, date1904, where());
  // Digits alone are kept as written, past 15 of them too. Any other spelling is the number's: Apache POI (so
  // EasyExcel and Hutool) writes Java's 2.0220601E7 for the 20220601 the sheet shows; 42.50 is 42.5, 007 is 7.
  return PLAIN_INTEGER.test(value) ? value.replace(/\.0*$/, '') : String(Number(number.toPrecision(15)));
}

/**
 * An ISO date cell (t="d") as the sheet shows it: the same text as a number cell of that
 * moment and format (sheet-values.ts, isoDateText); or why it cannot be read.
 */
export function isoDateCell(value: string, shown: Shown | undefined, where: () => string): string | InputError {
  if (shown?.elapsed === true) return wordedError('sheet-elapsed-time', { cell: where(), value });
  const text = isoDateText(value, shown);
  if (text === 'malformed' || text === 'offset' || text === 'no-day') return wordedError('sheet-bad-iso-date', { cell: where(), value, fault: text });
  return text;
}

/** Why a date cell's serial is no day, naming the cell, its value and the serials that are days. */
function badDate(serial: number, value: string, date1904: boolean, cell: string): InputError {
  const fault = serialFault(serial, date1904);
  return wordedError('sheet-bad-date', { cell, value, fault, first: date1904 ? '0' : '1', epoch: date1904 ? '1904-01-01' : '1900-01-01', last: String(lastSerial(date1904)) });
}
