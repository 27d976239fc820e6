// Plain data for one row of a report, shared by every renderer: what the row
// asked, its outcome and the real reason for it (the same data as --ndjson),
// its staleness, and what the failing policy makes of it.
import type { Reason, Verdict } from '../engine/check.js';
import type { DataError, InputError } from '../errors/errors.js';
import type { Why } from '../batch/row-why.js';
import { formatCivil } from '../time/moment.js';
import { escapedControls, isAmbiguousLink, shownInput } from '../link/named-input.js';
import { setOwn } from '../model/own.js';
import { errorMessage } from '../i18n/error-words.js';
import type { OptionWords } from '../i18n/option-words.js';
import { answerToJson } from './json.js';
import { safe, safeJsonLine } from './safe.js';
import type { StaleRecord } from '../batch/answer-rows.js';
import { rowQuery, type BatchRow, type SharedAnswer } from '../batch/batch-row.js';
import type { DayChange } from '../batch/shared-answer.js';
import { outcomeOf, statusOf, type Outcome, type PolicyOutcome, type RowStatus } from '../batch/summary.js';

export interface RowView {
  line: number;
  outcome: Outcome;
  /** The deciding rule's id, when a rule decided. */
  rule: string | null;
  /** Why the row is an error, when it is one, in English (as --ndjson gives it). */
  message: string | null;
  /** That error, for a report that words it in the reader's language (rowWhy); null when the row is no error or has only its message. */
  error: InputError | DataError | null;
  /** The row's query as written, made safe to print and shortened. */
  shown: string;
  /** Why the answer is what it is; null for an error row. */
  reason: RowReason | null;
  /** Reports that contradict the deciding rule are on record. */
  disputed: boolean;
  stale: StaleRecord | null;
  /** A day whose verdict changes before it ends: when, and to what. */
  dayChange: DayChange | null;
  status: RowStatus;
}

/** A row's reason, as --ndjson gives it (reason, rule, group.members), with the times the words need. */
export type RowReason =
  | { kind: 'in-force'; rule: string }
  /** `until` null: no end of the phase-in on record yet (as known on a day). */
  | { kind: 'phase-in'; rule: string; until: string | null }
  | { kind: 'imprecise-start'; rule: string; from: string; to: string }
  /** A rule with no window, unordered with another that starts on the same day (render/views.ts impreciseWords). */
  | { kind: 'imprecise-tie'; rule: string; day: string }
  | { kind: 'no-rule' }
  | { kind: 'link-in-doubt' }
  | { kind: 'members-differ'; members: { source: string; verdict: Verdict; reason: Reason; rule: string | null }[] };

export function rowView(row: BatchRow, failOn: ReadonlySet<PolicyOutcome>): RowView {
  // Rows that ask the same share their answer, and the words for it.
  const memo = row.shared?.memo;
  const outcome = outcomeOf(row);
  const stale = row.shared?.stale ?? null;
  const dayChange = row.shared?.dayChange ?? null;
  const facts = row.kind === 'answer' ? reasonOf(row, outcome, stale !== null) : NO_REASON;
  return {
    line: row.line,
    outcome,
    rule: row.kind === 'answer' ? (row.shared.rule?.rule.id ?? null) : null,
    message: row.kind === 'error' ? (memo ? (memo.message ??= shownMessage(row.message)) : shownMessage(row.message)) : null,
    error: row.kind === 'error' ? (row.error ?? row.shared?.error ?? null) : null,
    shown: memo ? (memo.shown ??= shownQuery(row)) : shownQuery(row),
    reason: facts.reason,
    disputed: facts.disputed,
    stale,
    dayChange,
    status: statusOf(outcome, stale !== null, failOn, dayChange !== null),
  };
}

/** An error row's reason on one line, made safe to print. */
export function shownMessage(message: string): string {
  return safe(shownInput(message, 400));
}

/**
 * The reason from the row's why (batch/row-why.ts), made (once per why: per deciding rule and
 * verdict) only for a row a report shows with its reason: one that is not allowed, or is stale.
 * An allowed, fresh row is allowed by its rule, which the verdict index gives without the answer.
 */
function reasonOf(row: BatchRow & { kind: 'answer' }, outcome: Outcome, stale: boolean): { reason: RowReason; disputed: boolean } {
  const { shared } = row;
  if (outcome === 'allowed' && !stale) return { reason: { kind: 'in-force', rule: shared.rule!.rule.id }, disputed: shared.rule?.rule.disputed !== undefined };
  // A link in doubt is taken for no source, and no rule applies to it: the doubt is why.
  if (shared.link !== null && isAmbiguousLink(shared.link)) return LINK_IN_DOUBT;
  const why = shared.why;
  let facts = reasons.get(why);
  if (facts === undefined) reasons.set(why, (facts = { reason: rowReason(why), disputed: why.disputed }));
  return facts;
}

const reasons = new WeakMap<Why, { reason: RowReason; disputed: boolean }>();
const NO_REASON = { reason: null, disputed: false } as const;
const LINK_IN_DOUBT = { reason: { kind: 'link-in-doubt' }, disputed: false } as const;

function rowReason(why: Why): RowReason {
  const { rule, zone } = why;
  switch (why.reason) {
    case 'members-differ':
      return { kind: 'members-differ', members: why.members.map((member) => ({ ...member })) };
    case 'no-rule':
      return { kind: 'no-rule' };
    case 'phase-in':
      return { kind: 'phase-in', rule: rule!.rule.id, until: rule!.phaseInUntil === Infinity ? null : formatCivil(rule!.phaseInUntil!, zone) };
    case 'imprecise-start':
      if (rule!.start === rule!.certainFrom) return { kind: 'imprecise-tie', rule: rule!.rule.id, day: formatCivil(rule!.start, zone).slice(0, 10) };
      return { kind: 'imprecise-start', rule: rule!.rule.id, from: formatCivil(rule!.start, zone), to: formatCivil(rule!.certainFrom, zone) };
    case 'in-force':
      return { kind: 'in-force', rule: rule!.rule.id };
  }
}

/** A row with no source, surface, date or platform, as the machine reports show it. */
export const EMPTY_ROW = '(empty row)';
/** A row too long to be read (records.ts MAX_RECORD): its cells are not kept, so none can be shown; its message gives its length and the limit. */
export const LONG_ROW = '(row too long)';
/** A JSON Lines line that holds no object to read (not JSON, no object, a key twice): it has text, but no cells; its message says why. */
export const UNREAD_ROW = '(line not read)';
const UNREAD_LINES: ReadonlySet<string> = new Set(['jsonl-broken', 'jsonl-invalid', 'jsonl-not-object', 'jsonl-too-deep', 'jsonl-repeated-keys']);

/** The row's query as a report in the reader's language shows it: a row with no cell to show says why in words. */
export function shownIn(shown: string, say: (key: 'batch.emptyRow' | 'batch.longRow' | 'batch.unreadRow') => string): string {
  return shown === EMPTY_ROW ? say('batch.emptyRow') : shown === LONG_ROW ? say('batch.longRow') : shown === UNREAD_ROW ? say('batch.unreadRow') : shown;
}

/** Whether every cell joined since shownQuery began was plain (see shownCell): left as written, or cut. */
let plain = true;

function shownQuery(row: BatchRow): string {
  const { source, surface, date, platform } = rowQuery(row);
  plain = true;
  const shown = joinShown(joinShown(joinShown(joinShown('', source, 60), surface, 30), date, 30), platform, 30);
  if (shown === '') {
    const worded = row.kind === 'error' ? row.error?.worded?.id : undefined;
    return worded === 'row-too-long' ? LONG_ROW : worded !== undefined && UNREAD_LINES.has(worded) ? UNREAD_ROW : EMPTY_ROW;
  }
  // Plain cells and the dots between them hold no character safe() escapes, start with no white
  // space and are far shorter than its limit: only a workflow command's start is left for it to
  // break, a colon first or "##[" (#18: its two scans were a tenth of a plan of distinct rows).
  return plain && shown.charCodeAt(0) !== 0x3a && !shown.includes('##[') ? shown : safe(shown);
}

/** The cells shown so far, and this one after a dot when it shows anything; without an array per row (#18). */
function joinShown(shown: string, value: string | undefined, width: number): string {
  const cell = value === undefined ? '' : shownCell(value, width);
  return cell === '' ? shown : shown === '' ? cell : `${shown} · ${cell}`;
}

/**
 * shownInput(text, width), without its regular expressions and its array of characters for
 * a cell that needs neither: printable ASCII, CJK ideographs and punctuation, full-width forms,
 * single spaces between them (nearly every cell of a plan), which it leaves as they are.
 */
function shownCell(text: string, width: number): string {
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code < 0x7f) continue;
    if (code === 0x20 && i > 0 && i < length - 1 && text.charCodeAt(i - 1) !== 0x20) continue;
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3001 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e)) continue;
    plain = false;
    return shownInput(text, width);
  }
  // Each of these code units is one character.
  return length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/**
 * The row's cells by header, as read, every cell under a key of its own: a header named again
 * (two "note" columns) is keyed with " (2)", " (3)"… after its name, the first such key no other
 * header has; a header named __proto__ is a key like any other, not the object's prototype.
 */
export function rowObject(row: BatchRow): Record<string, string> {
  const keys = keysOf(row.header);
  const object: Record<string, string> = {};
  for (let index = 0; index < keys.length; index++) setOwn(object, keys[index]!, row.cells[index] ?? '');
  return object;
}

/** Each header's key, worked out once for the header every row of a plan shares. */
const rowKeys = new WeakMap<readonly string[], readonly string[]>();

function keysOf(header: readonly string[]): readonly string[] {
  let keys = rowKeys.get(header);
  if (keys === undefined) {
    const taken = new Set(header);
    const named = new Set<string>();
    // For each name named again, the count to try next: each count is tried once, where counting
    // up from 2 for every repeat took minutes for a header of tens of thousands of one name.
    const next = new Map<string, number>();
    keys = header.map((name) => {
      if (!named.has(name)) {
        named.add(name);
        return name;
      }
      let count = next.get(name) ?? 2;
      while (taken.has(`${name} (${count})`)) count++;
      next.set(name, count + 1);
      const key = `${name} (${count})`;
      taken.add(key);
      return key;
    });
    rowKeys.set(header, keys);
  }
  return keys;
}

/**
 * One row as JSON text: its line, the single check's --json fields (or the
 * error), staleness against the limit, and the row (null for a row too long to read). The answer's part is made once per shared answer.
 */
export function rowJson(row: BatchRow, words?: OptionWords): string {
  if (row.kind === 'error') return errorRowJson(row, words);
  const { memo } = row.shared;
  memo.json ??= answerJson(row.shared);
  return `{"line":${row.line},${memo.json},${afterAnswer(row)}`;
}

/**
 * The same JSON as rowJson, the row's own texts and its answer's part handed to `write` apart: the
 * answer's part, the same for every row that shares the answer (about 3 KB of evidence), as UTF-8
 * encoded once and kept in the answer. A row of a JSON report copies those bytes, where joining
 * them into a text of its own and encoding that again for every row took most of its time (#18).
 */
export function writeRowJson(row: BatchRow, write: (part: string | Uint8Array) => unknown, after = ''): void {
  if (row.kind === 'error') {
    write(errorRowJson(row) + after);
    return;
  }
  const shared = row.shared;
  shared.jsonBytes ??= encoder.encode(answerJson(shared));
  write(`{"line":${row.line},`);
  write(shared.jsonBytes);
  write(`,${afterAnswer(row)}${after}`);
}

const encoder = new TextEncoder();

function errorRowJson(row: BatchRow & { kind: 'error' }, words?: OptionWords): string {
  return `{"line":${row.line},"error":${safeJsonLine(errorRowMessage(row, words))},"row":${rowCells(row)}}`;
}

/** The check's --json fields of a row's answer, without the braces around them. */
function answerJson(shared: SharedAnswer): string {
  return safeJsonLine(answerToJson(shared.answer, shared.link)).slice(1, -1);
}

/** What follows the answer's fields: staleness (kept with the answer) and the row's cells, to the closing brace. */
function afterAnswer(row: BatchRow & { kind: 'answer' }): string {
  const { memo, stale } = row.shared;
  memo.stale ??= stale === null ? 'null' : JSON.stringify({ newestEvidence: stale.newestEvidence, queriedDay: stale.queriedDay, maxStaleness: stale.limit.text });
  return `"stale":${memo.stale},"row":${rowCells(row)}}`;
}

/** A row too long to read has no cells to show: null, not its header's keys with empty texts. */
function rowCells(row: BatchRow): string {
  return row.kind === 'error' && row.error?.worded?.id === 'row-too-long' ? 'null' : safeJsonLine(rowObject(row));
}

/**
 * An error row's text: as the command line words it, or with the settings named in other words (a
 * request's parameters); a tab, a line break or ESC in it written \t, \n, \x1b, as the other reports show it.
 */
function errorRowMessage(row: BatchRow & { kind: 'error' }, words: OptionWords | undefined): string {
  const error = row.error ?? row.shared?.error;
  return escapedControls(words === undefined || error === undefined ? row.message : errorMessage(error, 'en', words));
}
