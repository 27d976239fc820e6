// A placement plan dropped on the page (or chosen), answered row by row in the page by
// answerPlan, the road `linkcheck batch --ndjson` takes: the counts, a filter by verdict,
// the rows (a capped number of them drawn), and the results to download as NDJSON (the
// lines `batch --ndjson` prints) and CSV. The file is read here and never sent anywhere.
import { answerPlan } from '../api/answer-plan.js';
import { formatOfExtension } from '../batch/read/records.js';
import type { Summary } from '../batch/summary.js';
import type { Catalog } from '../engine/catalog.js';
import type { Verdict } from '../engine/check.js';
import { DataError, InputError } from '../errors/errors.js';
import { format, type Lang } from '../i18n/index.js';
import { errorText } from '../render/error.js';
import { symbolOf, VERDICTS } from '../render/verdict-marks.js';
import { el, fill } from './dom.js';
import { planCsv, planRowOf, type PlanRow } from './plan-rows.js';

/** Rows drawn in the table at most: the counts and the downloads hold every row. */
export const SHOWN_ROWS = 300;
/** Rows answered between two yields to the page, so that it keeps drawing and taking input. */
const ROWS_PER_YIELD = 250;
/** Lines kept as strings before they go into a Blob: a row's line holds its whole answer, a few kilobytes. */
const LINES_PER_PART = 1000;

type Filter = Verdict | 'error' | 'stale' | 'all';

interface Answered {
  file: string;
  rows: PlanRow[];
  summary: Summary | null;
  /** blob: addresses of the results, made once the plan is answered. */
  ndjson?: string;
  csv?: string;
}

export class PlanView {
  private answered: Answered | null = null;
  private status: { id: 'page.plan.reading' | 'page.plan.progress' | 'page.plan.done'; params: Record<string, string | number> } | { failed: unknown; file: string } | null = null;
  private filter: Filter = 'all';
  private lang: Lang = 'en';
  private readonly section = el('section', { id: 'plan', 'aria-labelledby': 'plan-heading' });
  private readonly statusLine = el('p', { id: 'plan-status', role: 'status' });
  private readonly results = el('div', { id: 'plan-results' });
  private run = 0;

  constructor(private readonly catalog: Catalog) {}

  render(lang: Lang): HTMLElement {
    this.lang = lang;
    const say = (id: Parameters<typeof format>[1], params?: Parameters<typeof format>[2]) => format(lang, id, params);
    const input = el('input', { id: 'plan-file', type: 'file', accept: '.csv,.tsv,.tab,.txt,.xlsx,.jsonl,.ndjson,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void this.answer(file);
    });
    const zone = el('div', { class: 'drop', id: 'plan-drop' }, el('label', { for: 'plan-file' }, say('page.plan.choose')), input, el('p', { class: 'hint' }, say('page.plan.drop')));
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('over');
      const file = event.dataTransfer?.files[0];
      if (file) void this.answer(file);
    });
    fill(this.section, el('h2', { id: 'plan-heading' }, say('page.plan.heading')), el('p', {}, say('page.plan.lead')), el('p', { class: 'privacy' }, say('page.plan.privacy')), zone, this.statusLine, this.results);
    this.drawStatus();
    this.drawResults();
    return this.section;
  }

  /** Reads and answers the file; a second file dropped while one runs replaces it. */
  async answer(file: File): Promise<void> {
    const run = ++this.run;
    // The previous plan's downloads are let go.
    for (const address of [this.answered?.ndjson, this.answered?.csv]) if (address) URL.revokeObjectURL(address);
    const planFormat = formatOfExtension(/\.([^.]+)$/.exec(file.name)?.[1] ?? '');
    this.answered = null;
    this.filter = 'all';
    this.drawResults();
    if (!planFormat) {
      this.status = { failed: format(this.lang, 'page.plan.unsupported', { file: file.name }), file: file.name };
      this.drawStatus();
      return;
    }
    this.status = { id: 'page.plan.reading', params: { file: file.name } };
    this.drawStatus();
    const answered: Answered = { file: file.name, rows: [], summary: null };
    // The NDJSON download, in Blobs of a thousand lines: no single string of the whole.
    const parts: Blob[] = [];
    let pending: string[] = [];
    try {
      const rows = answerPlan(this.catalog, { bytes: file.stream(), format: planFormat, name: file.name }, { lang: this.lang });
      for (;;) {
        const next = await rows.next();
        if (run !== this.run) {
          await rows.return(undefined as never);
          return;
        }
        if (next.done) {
          answered.summary = next.value;
          break;
        }
        answered.rows.push(planRowOf(next.value));
        pending.push(`${next.value}\n`);
        if (pending.length === LINES_PER_PART) {
          parts.push(new Blob(pending));
          pending = [];
        }
        if (answered.rows.length % ROWS_PER_YIELD === 0) {
          this.status = { id: 'page.plan.progress', params: { rows: answered.rows.length } };
          this.drawStatus();
          // A macrotask, so that the page draws and takes input between steps.
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (run !== this.run) {
            await rows.return(undefined as never);
            return;
          }
        }
      }
    } catch (error) {
      if (!(error instanceof InputError || error instanceof DataError)) throw error;
      if (run !== this.run) return;
      this.status = { failed: error, file: file.name };
      this.drawStatus();
      return;
    }
    parts.push(new Blob(pending));
    answered.ndjson = URL.createObjectURL(new Blob(parts, { type: 'application/x-ndjson' }));
    answered.csv = URL.createObjectURL(new Blob([planCsv(answered.rows)], { type: 'text/csv' }));
    this.answered = answered;
    this.status = { id: 'page.plan.done', params: { rows: answered.summary!.rows, file: file.name } };
    this.drawStatus();
    this.drawResults();
  }

  private drawStatus(): void {
    const { status, lang } = this;
    if (status === null) fill(this.statusLine);
    else if ('failed' in status) {
      const message = typeof status.failed === 'string' ? status.failed : format(lang, 'page.plan.failed', { message: errorText(status.failed as InputError, lang) });
      fill(this.statusLine, el('span', { class: 'error' }, message));
    } else fill(this.statusLine, format(lang, status.id, status.params));
  }

  private drawResults(): void {
    const { answered, lang } = this;
    if (!answered || !answered.summary || !answered.ndjson || !answered.csv) {
      fill(this.results);
      return;
    }
    const say = (id: Parameters<typeof format>[1], params?: Parameters<typeof format>[2]) => format(lang, id, params);
    const { summary } = answered;
    const counts: [Filter, number, string][] = [
      ['all', summary.rows, say('page.plan.all')],
      ...VERDICTS.map((verdict): [Filter, number, string] => [verdict, summary.counts[verdict], say(`verdict.${verdict}`)]),
      ['error', summary.counts.error, say('page.plan.errors')],
      ['stale', summary.stale, say('page.plan.stale')],
    ];
    const filters = el(
      'div',
      { class: 'filters', role: 'group', 'aria-label': say('page.plan.filter') },
      el('span', {}, say('page.plan.filter')),
      ...counts.map(([filter, count, word]) => {
        const button = el('button', { type: 'button', 'data-filter': filter, 'data-count': String(count), 'aria-pressed': String(this.filter === filter) }, `${word} ${count}`);
        button.addEventListener('click', () => {
          this.filter = filter;
          this.drawResults();
          this.results.querySelector<HTMLElement>(`button[data-filter="${filter}"]`)?.focus();
        });
        return button;
      }),
    );
    const base = answered.file.replace(/\.[^.]+$/, '');
    const downloads = el(
      'div',
      { class: 'downloads' },
      el('a', { href: answered.ndjson, download: `${base}-answers.ndjson`, id: 'download-ndjson' }, say('page.plan.downloadNdjson')),
      el('a', { href: answered.csv, download: `${base}-answers.csv`, id: 'download-csv' }, say('page.plan.downloadCsv')),
    );
    const matching = answered.rows.filter((row) => this.filter === 'all' || (this.filter === 'stale' ? row.stale : row.outcome === this.filter));
    const shown = matching.slice(0, SHOWN_ROWS);
    const table =
      matching.length === 0
        ? el('p', {}, say('page.plan.none'))
        : el(
            'table',
            { class: 'rows' },
            el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, say('page.plan.line')), el('th', { scope: 'col' }, say('page.plan.query')), el('th', { scope: 'col' }, say('page.plan.verdict')), el('th', { scope: 'col' }, say('page.plan.ruleOrError')))),
            el(
              'tbody',
              {},
              ...shown.map((row) =>
                el(
                  'tr',
                  { 'data-outcome': row.outcome },
                  el('td', {}, String(row.line)),
                  el('td', {}, Object.values(row.cells).filter((cell) => cell !== '').join(' · ')),
                  el('td', { class: `verdict-${row.outcome}` }, row.outcome === 'error' ? say('page.plan.error') : `${symbolOf(row.outcome, 'unicode')} ${say(`verdict.${row.outcome}`)}`),
                  el('td', {}, row.outcome === 'error' ? row.error : (row.rule ?? '')),
                ),
              ),
            ),
          );
    fill(this.results, filters, downloads, matching.length > shown.length ? el('p', { class: 'hint', id: 'plan-capped' }, say('page.plan.capped', { shown: shown.length, count: matching.length })) : null, table);
  }
}
