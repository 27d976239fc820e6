// The timeline for people: each platform, source and surface as a compact run of
// periods, then a chart of bars on one date axis; and the same as JSON.
import { formatCivil, formatInstant } from '../time/moment.js';
import { format, formatDate, formatDateTime, t, wordsFor, type Lang } from '../i18n/index.js';
import { barColumns, yearTicks, type Axis } from '../views/axis.js';
import { placeOf, sameHistory, stretchesOf, type Period, type Stretch, type Track } from '../views/periods.js';
import type { ViewTextOptions } from './matrix.js';
import { nameOf } from './names.js';
import { fillOf, legend, painter, paintVerdict, ruleLabel, symbolOf, VERDICTS, verdictWord, type Paint } from './verdict-marks.js';
import { safe, safeJson } from './safe.js';
import { citation } from './views.js';
import { displayWidth, spaces } from './width.js';

export interface TimelineTextOptions extends ViewTextOptions {
  /** Terminal columns the chart fits in. */
  width: number;
  evidence: boolean;
}

/** The periods that overlap the axis. */
export function periodsOnAxis(track: Track, axis: Axis): Period[] {
  return track.periods.filter((period) => onAxis(period, axis));
}

function onAxis(period: Stretch, axis: Axis): boolean {
  return period.until > axis.from && period.from < axis.to;
}

/** "2022-03-01", or "2022-03-01 12:00" when the instant is not a midnight. */
function when(lang: Lang, instant: number, zone: string): string {
  const civil = formatCivil(instant, zone);
  return civil.endsWith(' 00:00') ? formatDate(lang, civil.slice(0, 10)) : formatDateTime(lang, civil);
}

/** The last day of a period that ends at a midnight; otherwise the instant it ends. */
function lastDay(lang: Lang, until: number, zone: string): string {
  const civil = formatCivil(until, zone);
  return civil.endsWith(' 00:00') ? formatDate(lang, formatCivil(until - 1, zone).slice(0, 10)) : formatDateTime(lang, civil);
}

/**
 * `when` and `lastDay` of one language and zone, each instant worded once: the tracks of a
 * timeline share most of their boundaries, and wording each again was about a twelfth of a timeline's run (#18).
 */
export class InstantWords {
  private readonly starts = new Map<number, string>();
  private readonly lastDays = new Map<number, string>();

  constructor(
    private readonly lang: Lang,
    private readonly zone: string,
  ) {}

  when(instant: number): string {
    let text = this.starts.get(instant);
    if (text === undefined) this.starts.set(instant, (text = when(this.lang, instant, this.zone)));
    return text;
  }

  lastDay(until: number): string {
    let text = this.lastDays.get(until);
    if (text === undefined) this.lastDays.set(until, (text = lastDay(this.lang, until, this.zone)));
    return text;
  }
}

/** "✔ …2022-02-28  ✘ 2022-03-01  ◐ 2022-10-28  ✔ 2022-11-01…" */
export function compactRun(track: Track, axis: Axis, options: ViewTextOptions, paint: Paint, words = new InstantWords(options.lang, axis.timeZone)): string {
  const shown = stretchesOf(track).filter((period) => onAxis(period, axis));
  return shown
    .map((period, index) => {
      const mark = paintVerdict(paint, period.verdict, symbolOf(period.verdict, options.glyphs));
      const open = period.until >= axis.to;
      if (index === 0 && period.from < axis.from) return `${mark} ${open ? t(options.lang, 'timeline.throughout') : `…${words.lastDay(period.until)}`}`;
      return `${mark} ${words.when(period.from)}${open ? '…' : ''}`;
    })
    .join('  ');
}

/** The track's platform, source and surface as the reader names them (src/render/names.ts). */
function names(track: Track, lang: Lang): [platform: string, source: string, surface: string] {
  if (lang === 'en') return [track.platform, track.source, track.surface];
  // Its definitions when tracksOf made it; else from its first answer, made when read (views/periods.ts).
  const place = placeOf(track);
  if (place) return [nameOf(place.platform, lang), nameOf(place.source, lang), nameOf(place.surface, lang)];
  const answer = track.periods[0]?.answer;
  if (!answer) return [track.platform, track.source, track.surface];
  return [nameOf(answer.platform, lang), answer.source ? nameOf(answer.source, lang) : track.source, nameOf(answer.surface, lang)];
}

/** The names joined by the separator, the platform's only when asked; in English the ids, with no array made for them (a timeline has hundreds of tracks, #18). */
function namesText(track: Track, lang: Lang, separator: string, withPlatform: boolean): string {
  if (lang === 'en') return withPlatform ? `${track.platform}${separator}${track.source}${separator}${track.surface}` : `${track.source}${separator}${track.surface}`;
  const named = names(track, lang);
  return withPlatform ? `${named[0]}${separator}${named[1]}${separator}${named[2]}` : `${named[1]}${separator}${named[2]}`;
}

function label(track: Track, withPlatform: boolean, lang: Lang): string {
  return namesText(track, lang, ' ', withPlatform);
}

export function renderTimelineText(tracks: readonly Track[], axis: Axis, options: TimelineTextOptions): string {
  const { lang } = options;
  const paint = painter(options.colourLevel);
  const lines: string[] = [];
  const words = new InstantWords(lang, axis.timeZone);
  // Tracks with the same history have the same run: worded once (views/periods.ts sameHistory).
  const runs = new Map<object, string>();
  // Indexed loops, here and in the chart: a timeline has hundreds of tracks, drawn at start-up (#18).
  for (let index = 0; index < tracks.length; index++) {
    const track = tracks[index]!;
    const history = sameHistory(track);
    let run = history === undefined ? undefined : runs.get(history);
    if (run === undefined) {
      run = compactRun(track, axis, options, paint, words);
      if (history !== undefined) runs.set(history, run);
    }
    lines.push(paint.bold(safe(namesText(track, lang, '  ', true))), `  ${run}`);
    if (options.evidence) lines.push(...evidenceLines(track, axis, options, paint, words));
  }
  // The last line's end joined in too: a string joined to another is flattened (copied whole) when written (#18).
  lines.push('');
  chart(tracks, axis, options, paint, lines);
  lines.push('');
  return lines.join('\n');
}

function evidenceLines(track: Track, axis: Axis, options: ViewTextOptions, paint: Paint, words: InstantWords): string[] {
  const { lang, glyphs } = options;
  const lines: string[] = [];
  let previousRule: string | null = null;
  for (const period of periodsOnAxis(track, axis)) {
    const { answer } = period;
    const rule = answer.rule?.rule.id ?? null;
    const repeated = rule !== null && rule === previousRule;
    previousRule = rule;
    if (period.from < axis.from) continue;
    const mark = paintVerdict(paint, period.verdict, symbolOf(period.verdict, glyphs));
    lines.push(`    ${words.when(period.from)}  ${mark} ${verdictWord(lang, period.verdict)}  ${repeated ? format(lang, 'timeline.sameRule', { rule }) : ruleLabel(lang, rule)}`);
    // A rule that rolls out decides two periods; its quotes are shown once.
    if (repeated) continue;
    for (const evidence of answer.evidence) {
      lines.push(`      “${safe(evidence.quote)}”`, `      ${paint.dim(`— ${safe(citation(evidence, wordsFor(lang)))}`)}`);
    }
  }
  return lines;
}

/** The chart's lines, pushed onto `lines`. */
function chart(tracks: readonly Track[], axis: Axis, options: TimelineTextOptions, paint: Paint, lines: string[]): void {
  // The platform is named when the tracks are of more than one.
  let withPlatform = false;
  for (let index = 1; index < tracks.length && !withPlatform; index++) withPlatform = tracks[index]!.platform !== tracks[0]!.platform;
  // Each label made safe and measured once, and padded to the widest as shown.
  const labels: string[] = new Array(tracks.length);
  const widths: number[] = new Array(tracks.length);
  let labelWidth = 0;
  for (let index = 0; index < tracks.length; index++) {
    const text = safe(label(tracks[index]!, withPlatform, options.lang));
    const width = displayWidth(text);
    labels[index] = text;
    widths[index] = width;
    if (width > labelWidth) labelWidth = width;
  }
  const barWidth = Math.max(10, options.width - labelWidth - 2);
  // Each verdict's fill painted once, not once a column.
  const fills = new Map(VERDICTS.map((verdict) => [verdict, paintVerdict(paint, verdict, fillOf(verdict, options.glyphs))]));
  // A bar depends only on its periods: tracks with the same periods (most often unknown throughout) share one. The key
  // of their periods is made once for the tracks made from the same history (views/periods.ts sameHistory).
  const bars = new Map<string, string>();
  const keys = new Map<object, string>();
  const keyOf = (periods: readonly Stretch[]) => periods.map((period) => `${period.from} ${period.until} ${period.verdict}`).join(' ');
  for (let index = 0; index < tracks.length; index++) {
    const track = tracks[index]!;
    const periods = stretchesOf(track);
    const only = periods[0];
    let key: string | undefined;
    if (periods.length === 1 && only!.from === -Infinity && only!.until === Infinity) key = only!.verdict;
    else {
      const history = sameHistory(track);
      key = history === undefined ? keyOf(periods) : keys.get(history);
      if (key === undefined) keys.set(history!, (key = keyOf(periods)));
    }
    let bar = bars.get(key);
    if (bar === undefined) {
      // A run of columns of one verdict at a time: a bar has a few runs and dozens of columns.
      const columns = barColumns(periods, axis, barWidth);
      bar = '';
      for (let start = 0; start < columns.length; ) {
        const verdict = columns[start]!;
        let end = start + 1;
        while (end < columns.length && columns[end] === verdict) end++;
        bar += (verdict === null ? ' ' : fills.get(verdict)!).repeat(end - start);
        start = end;
      }
      bars.set(key, bar);
    }
    lines.push(`${labels[index]!}${spaces(labelWidth - widths[index]!)}  ${bar}`);
  }
  // Year labels where each year begins, skipped where the previous one has no room.
  let years = '';
  for (const tick of yearTicks(axis)) {
    const column = Math.floor(tick.position * barWidth);
    const text = String(tick.year);
    if (column < years.length + (years.length > 0 ? 1 : 0) || column + text.length > barWidth) continue;
    years = years.padEnd(column) + text;
  }
  const range = format(options.lang, 'timeline.axis', {
    from: formatDate(options.lang, formatCivil(axis.from, axis.timeZone).slice(0, 10)),
    to: lastDay(options.lang, axis.to, axis.timeZone),
    zone: axis.timeZone,
  });
  lines.push(`${' '.repeat(labelWidth)}  ${years}`.trimEnd(), '', legend(options.lang, paint, (verdict) => fillOf(verdict, options.glyphs)), range);
}

export function timelineToJson(tracks: readonly Track[], axis: Axis) {
  const iso = (instant: number) => (Number.isFinite(instant) ? formatInstant(instant, axis.timeZone) : null);
  return {
    from: iso(axis.from),
    to: iso(axis.to),
    timeZone: axis.timeZone,
    tracks: tracks.map((track) => ({
      platform: track.platform,
      source: track.source,
      surface: track.surface,
      periods: periodsOnAxis(track, axis).map((period) => ({
        from: iso(period.from),
        until: iso(period.until),
        verdict: period.verdict,
        reason: period.answer.reason,
        rule: period.answer.rule?.rule.id ?? null,
      })),
    })),
  };
}

export function renderTimelineJson(tracks: readonly Track[], axis: Axis): string {
  return safeJson(timelineToJson(tracks, axis));
}
