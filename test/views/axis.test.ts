// A bar's columns (barColumns) and the axis of many runs (axisOfRuns), held to the formulation they
// replaced: Math.min and Math.max, a clipped pair per period, one array of every period (#18).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/engine/check.js';
import { axisFor, axisOfRuns, barColumns, type Axis } from '../../src/views/axis.js';
import type { Period } from '../../src/views/periods.js';

/** barColumns as it was written before #18's start-up work, word for word but for its types. */
function barColumnsBefore(periods: readonly Period[], axis: Axis, width: number): (Verdict | null)[] {
  const clip = (period: Period): [number, number] | null => {
    const start = Math.max(period.from, axis.from);
    const end = Math.min(period.until, axis.to);
    return end > start ? [start, end] : null;
  };
  const span = (axis.to - axis.from) / width;
  const columns: (Verdict | null)[] = [];
  let first = 0;
  for (let column = 0; column < width; column++) {
    const start = axis.from + column * span;
    const end = start + span;
    while (first < periods.length && periods[first]!.until <= start) first++;
    let best: Verdict | null = null;
    let bestShare = 0;
    for (let index = first; index < periods.length && periods[index]!.from < end; index++) {
      const period = periods[index]!;
      const share = Math.min(end, period.until) - Math.max(start, period.from);
      if (share > 0 && (best === null || share > bestShare)) {
        best = period.verdict;
        bestShare = share;
      }
    }
    columns.push(best);
  }
  for (const period of periods) {
    const part = clip(period);
    if (!part) continue;
    const firstColumn = Math.floor((part[0] - axis.from) / span);
    const last = Math.ceil((part[1] - axis.from) / span) - 1;
    let shown = false;
    for (let column = Math.max(0, firstColumn); column <= Math.min(width - 1, last); column++) shown ||= columns[column] === period.verdict;
    if (!shown) columns[Math.min(width - 1, Math.floor(((part[0] + part[1]) / 2 - axis.from) / span))] = period.verdict;
  }
  return columns;
}

const VERDICTS: Verdict[] = ['allowed', 'denied', 'rolling-out', 'unknown'];
const HOUR = 3_600_000;
const YEAR_2019 = Date.UTC(2018, 11, 31, 16);

/** A track's periods: from -Infinity, each ending where the next begins, the last open; instants in hours (and odd milliseconds) after 2019. */
const periods = fc
  .tuple(fc.uniqueArray(fc.integer({ min: -20_000, max: 70_000 }), { maxLength: 12 }), fc.array(fc.constantFrom(...VERDICTS), { minLength: 13, maxLength: 13 }), fc.integer({ min: 0, max: 999 }))
  .map(([hours, verdicts, odd]) => {
    const starts = [-Infinity, ...hours.sort((a, b) => a - b).map((hour, index) => YEAR_2019 + hour * HOUR + (index % 3 === 0 ? odd : 0))];
    return starts.map((from, index): Period => ({ from, until: starts[index + 1] ?? Infinity, verdict: verdicts[index]!, answer: undefined as never }));
  });
const axis = fc
  .tuple(fc.integer({ min: -30_000, max: 60_000 }), fc.integer({ min: 1, max: 90_000 }), fc.integer({ min: 0, max: 59_999 }))
  .map(([from, length, odd]): Axis => ({ from: YEAR_2019 + from * HOUR + odd, to: YEAR_2019 + (from + length) * HOUR, timeZone: 'Asia/Shanghai' }));

describe('barColumns', () => {
  it('gives every column the verdict the formulation before gave it', () => {
    fc.assert(
      fc.property(periods, axis, fc.integer({ min: 1, max: 400 }), (track, onAxis, width) => {
        expect(barColumns(track, onAxis, width)).toEqual(barColumnsBefore(track, onAxis, width));
      }),
      { numRuns: 2000, seed: 20261205 },
    );
  });

  it('keeps a period shorter than a column on the chart, in the column of its middle', () => {
    const day = 24 * HOUR;
    const track: Period[] = [
      { from: -Infinity, until: YEAR_2019 + 10 * day, verdict: 'allowed', answer: undefined as never },
      { from: YEAR_2019 + 10 * day, until: YEAR_2019 + 11 * day, verdict: 'denied', answer: undefined as never },
      { from: YEAR_2019 + 11 * day, until: Infinity, verdict: 'allowed', answer: undefined as never },
    ];
    const columns = barColumns(track, { from: YEAR_2019, to: YEAR_2019 + 100 * day, timeZone: 'Asia/Shanghai' }, 10);
    expect(columns).toEqual(['allowed', 'denied', 'allowed', 'allowed', 'allowed', 'allowed', 'allowed', 'allowed', 'allowed', 'allowed']);
  });
});

describe('axisOfRuns', () => {
  it('is axisFor of every run\'s periods in one array', () => {
    fc.assert(
      fc.property(fc.array(periods, { maxLength: 6 }), fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }), (runs, from) => {
        const bounds = from === undefined ? {} : { from: YEAR_2019 + from * HOUR };
        expect(axisOfRuns(runs, 'Asia/Shanghai', bounds)).toEqual(axisFor(runs.flat(), 'Asia/Shanghai', bounds));
      }),
      { numRuns: 300, seed: 20261205 },
    );
  });
});
