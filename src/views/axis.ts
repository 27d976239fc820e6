// A date axis cut into columns: which verdict each column of a bar shows, and
// where the years begin. Shared by the terminal chart; the SVG scales instants directly.
import type { Verdict } from '../engine/check.js';
import { civilToInstant, instantToCivil } from '../time/zone.js';
import type { Stretch } from './periods.js';

export interface Axis {
  from: number;
  to: number;
  timeZone: string;
}

/**
 * The default axis: from 1 January of the first year with a boundary to 1 January
 * after the last one, in the zone; the given bounds win.
 */
export function axisFor(periods: readonly Stretch[], timeZone: string, bounds: { from?: number; to?: number } = {}): Axis {
  return axisOfRuns([periods], timeZone, bounds);
}

/** axisFor of the periods of every run (each track's), without gathering them into one array first. */
export function axisOfRuns(runs: readonly (readonly Stretch[])[], timeZone: string, bounds: { from?: number; to?: number } = {}): Axis {
  // The finite ends, lowest and highest, in one pass: a timeline of every track has thousands.
  let lowest = Infinity;
  let highest = -Infinity;
  const see = (instant: number) => {
    if (!Number.isFinite(instant)) return;
    if (instant < lowest) lowest = instant;
    if (instant > highest) highest = instant;
  };
  for (let run = 0; run < runs.length; run++) {
    const periods = runs[run]!;
    for (let index = 0; index < periods.length; index++) {
      see(periods[index]!.from);
      see(periods[index]!.until);
    }
  }
  const year = (instant: number) => instantToCivil(instant, timeZone).year;
  const january = (y: number) => januaryFirst(y, timeZone);
  const some = lowest !== Infinity;
  const low = some ? lowest : (bounds.from ?? bounds.to ?? 0);
  const high = some ? highest : low;
  const from = bounds.from ?? january(year(low));
  const to = bounds.to ?? january(year(Math.max(high, from)) + 1);
  return { from, to, timeZone };
}

/**
 * The verdict of each of `width` columns: the one holding most of the column's time.
 * A period too short to hold most of any column still gets the column of its middle,
 * so that no change on the axis disappears from the chart.
 */
export function barColumns(periods: readonly Stretch[], axis: Axis, width: number): (Verdict | null)[] {
  const span = (axis.to - axis.from) / width;
  const columns = new Array<Verdict | null>(width).fill(null);
  // The periods are a track's, in order and each ending where the next begins (periods.ts): a column
  // looks only at those from the first not ended before it to the last begun before its end. No object
  // per column either, nor a call of Math.min or Math.max (each a number on the heap while the code is
  // cold): a timeline of every track draws thousands of columns at start-up (#18).
  // Where a column's start plus its span is always more than its start (a span of some milliseconds on
  // an axis of dates), the columns inside one period are found at once, not reckoned one by one.
  const atOnce = span >= 4 && Math.abs(axis.from) < 2 ** 52 && Math.abs(axis.to) < 2 ** 52;
  let first = 0;
  for (let column = 0; column < width; column++) {
    const start = axis.from + column * span;
    const end = start + span;
    while (first < periods.length && periods[first]!.until <= start) first++;
    // A column inside one period (most are) is that period's: no other can hold more of it.
    if (first < periods.length) {
      const period = periods[first]!;
      if (period.from <= start && period.until >= end && end > start) {
        const last = atOnce ? lastColumnBy(axis.from, span, width, column, period.until) : column;
        for (; column < last; column++) columns[column] = period.verdict;
        columns[column] = period.verdict;
        continue;
      }
    }
    let best: Verdict | null = null;
    let bestShare = 0;
    for (let index = first; index < periods.length && periods[index]!.from < end; index++) {
      const period = periods[index]!;
      // min(end, until) - max(start, from); the instants are never NaN, and a zero of either sign is no share.
      const share = (period.until < end ? period.until : end) - (period.from > start ? period.from : start);
      if (share > 0 && (best === null || share > bestShare)) {
        best = period.verdict;
        bestShare = share;
      }
    }
    columns[column] = best;
  }
  for (let index = 0; index < periods.length; index++) {
    const period = periods[index]!;
    // The part of the period on the axis, [partStart, partEnd) clipped to it.
    const partStart = period.from > axis.from ? period.from : axis.from;
    const partEnd = period.until < axis.to ? period.until : axis.to;
    if (!(partEnd > partStart)) continue;
    const firstColumn = Math.floor((partStart - axis.from) / span);
    const lastColumn = Math.ceil((partEnd - axis.from) / span) - 1;
    let shown = false;
    for (let column = Math.max(0, firstColumn); column <= Math.min(width - 1, lastColumn); column++) shown ||= columns[column] === period.verdict;
    if (!shown) columns[Math.min(width - 1, Math.floor(((partStart + partEnd) / 2 - axis.from) / span))] = period.verdict;
  }
  return columns;
}

/**
 * The last column, from `column` on (which ends by `until`), that ends by `until`: each column's end,
 * (from + column * span) + span as barColumns reckons it, only grows with the column. So do its start,
 * never after the period's first instant, and, with the span `atOnce` asks for, its length: every
 * column up to that one lies inside the period, as barColumns would find it one column at a time.
 */
function lastColumnBy(from: number, span: number, width: number, column: number, until: number): number {
  if (until === Infinity) return width - 1;
  const endOf = (at: number) => from + at * span + span;
  let last = Math.floor((until - from) / span) - 1;
  if (last < column) last = column;
  if (last > width - 1) last = width - 1;
  while (last + 1 < width && endOf(last + 1) <= until) last++;
  while (last > column && endOf(last) > until) last--;
  return last;
}

export interface YearTick {
  year: number;
  instant: number;
  /** Fraction of the axis, 0 at its start. */
  position: number;
}

/** 1 January of each year inside the axis (its start included). */
export function yearTicks(axis: Axis): YearTick[] {
  const ticks: YearTick[] = [];
  const firstYear = instantToCivil(axis.from, axis.timeZone).year;
  for (let year = firstYear; ; year++) {
    const instant = januaryFirst(year, axis.timeZone);
    if (instant >= axis.to) break;
    if (instant >= axis.from) ticks.push({ year, instant, position: (instant - axis.from) / (axis.to - axis.from) });
  }
  return ticks;
}

/** 00:00 on 1 January of the year in the zone. */
function januaryFirst(year: number, timeZone: string): number {
  return civilToInstant({ year, month: 1, day: 1, hour: 0, minute: 0, second: 0 }, timeZone);
}
