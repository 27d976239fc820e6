// The page: one question (a link, share text or name; a platform and a surface; a
// date and time) answered in the browser from the record bundled into it, the
// question kept in the address (?source=…&surface=…&platform=…&at=…&lang=…), the
// matrix and the timeline as pictures, and a placement plan answered row by row
// without leaving the machine. Built by scripts/build-site.mjs into site/.
import type { Catalog } from '../engine/catalog.js';
import { InputError } from '../errors/errors.js';
import { format, formatDateTime, type Lang } from '../i18n/index.js';
import type { Platform } from '../model/types.js';
import { answerQuery, DEFAULT_PLATFORM, findNamed, readKnownOn, resolveQuery } from '../query/index.js';
import { errorText } from '../render/error.js';
import { nameOf } from '../render/names.js';
import { formatClock } from '../time/moment.js';
import { answerView } from './answer-view.js';
import { el, fill } from './dom.js';
import { atOf, dateAndTime, PAGE_KEYS, pageLang, pageSearch, readPageQuery, type BlankName, type PageQuery } from './page-query.js';
import { picturesView } from './pictures.js';
import { PlanView } from './plan-view.js';
import { builtinCatalog, newestEvidence } from './record.js';

/** "直播间购物车 live-cart": the Chinese name first, then the id the address and the command line take. */
function optionLabel(entity: { id: string; name: Parameters<typeof nameOf>[0]['name'] }): string {
  const chinese = nameOf(entity, 'zh');
  return chinese === entity.id ? entity.id : `${chinese} ${entity.id}`;
}

/** The most characters of a name from the address a note shows. */
const NAME_SHOWN = 40;

class Page {
  private readonly query: PageQuery;
  private lang: Lang;
  private readonly plan: PlanView;

  constructor(
    private readonly root: HTMLElement,
    private readonly catalog: Catalog,
  ) {
    this.query = readPageQuery(location.search);
    this.lang = pageLang(this.query, navigator.languages ?? [navigator.language]);
    // A platform or surface written in the address by a name or alias is shown by its id.
    const platform = this.platformOf(this.query.platform || DEFAULT_PLATFORM);
    if (platform) {
      this.query.platform = this.query.platform === '' ? '' : platform.id;
      const surface = this.query.surface === '' ? undefined : findNamed(platform.surfaces, this.query.surface.trim());
      if (surface) this.query.surface = surface.id;
    }
    this.plan = new PlanView(catalog);
    // A file dropped beside the plan's zone is not opened in place of the page.
    for (const type of ['dragover', 'drop']) window.addEventListener(type, (event) => event.preventDefault());
  }

  private platformOf(text: string): Platform | undefined {
    return findNamed([...this.catalog.platforms.values()], text.trim());
  }

  render(): void {
    const { lang, query } = this;
    const say = (id: Parameters<typeof format>[1], params?: Parameters<typeof format>[2]) => format(lang, id, params);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = say('page.title');

    const platforms = [...this.catalog.platforms.values()];
    const platform = this.platformOf(query.platform || DEFAULT_PLATFORM) ?? platforms[0]!;
    const source = el('textarea', { id: 'source', name: 'source', rows: '3', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'source-hint' });
    source.value = query.source;
    const platformSelect = el('select', { id: 'platform', name: 'platform' }, ...platforms.map((item) => el('option', { value: item.id }, optionLabel(item))));
    // A platform the address names that the record has not: kept, so that the road says why.
    const unknownPlatform = query.platform !== '' && this.platformOf(query.platform) === undefined;
    if (unknownPlatform) platformSelect.append(el('option', { value: query.platform }, query.platform));
    const surfaceSelect = el('select', { id: 'surface', name: 'surface' });
    const date = el('input', { id: 'date', name: 'date', type: 'date' });
    const time = el('input', { id: 'time', name: 'time', type: 'time' });
    const now = el('button', { type: 'button', id: 'now' }, say('page.form.now'));
    const zoneNote = el('p', { class: 'hint', id: 'zone-note' });
    const answer = el('section', { id: 'answer', class: 'answer-region', 'aria-live': 'polite', 'aria-labelledby': 'answer-heading' });
    const pictures = el('div', { id: 'pictures', class: 'pictures' });

    platformSelect.value = unknownPlatform ? query.platform : platform.id;
    /** keep: a surface the address names that this platform has not is kept, so that the road says why; else the first is chosen. */
    const fillSurfaces = (chosen: Platform, wanted: string, keep: boolean) => {
      const options = chosen.surfaces.map((surface) => el('option', { value: surface.id }, optionLabel(surface)));
      const known = chosen.surfaces.some((surface) => surface.id === wanted);
      if (!known && keep && wanted !== '') options.push(el('option', { value: wanted }, wanted));
      fill(surfaceSelect, ...options);
      surfaceSelect.value = known || (keep && wanted !== '') ? wanted : chosen.surfaces[0]!.id;
    };
    fillSurfaces(platform, query.surface, true);
    const shown = dateAndTime(query.at);
    if (shown) {
      date.value = shown.date;
      time.value = shown.time;
    }

    // The moment is the date and time inputs' once they are changed; until then the address's, as written (2022年6月1日 too).
    const update = (moment?: 'changed') => {
      const chosen = this.platformOf(platformSelect.value) ?? platform;
      query.source = source.value;
      query.platform = platformSelect.value === DEFAULT_PLATFORM && query.platform === '' ? '' : platformSelect.value;
      query.surface = surfaceSelect.value;
      if (moment === 'changed') query.at = atOf(date.value, time.value);
      const zone = chosen.timeZone;
      zoneNote.textContent = `${say('page.form.zone', { zone })}${query.at === '' ? ` ${say('page.form.isNow', { time: formatDateTime(lang, formatClock(Date.now(), zone)), zone })}` : ''}`;
      this.writeAddress();
      this.answer(answer, pictures);
    };
    source.addEventListener('input', () => update());
    surfaceSelect.addEventListener('change', () => update());
    date.addEventListener('input', () => update('changed'));
    time.addEventListener('input', () => update('changed'));
    platformSelect.addEventListener('change', () => {
      fillSurfaces(this.platformOf(platformSelect.value) ?? platform, surfaceSelect.value, false);
      update();
    });
    now.addEventListener('click', () => {
      date.value = '';
      time.value = '';
      update('changed');
    });

    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    const switcher = el('button', { type: 'button', id: 'lang', lang: other === 'zh' ? 'zh-CN' : 'en', 'aria-label': `${say('page.language')}: ${say('page.otherLanguage')}` }, say('page.otherLanguage'));
    switcher.addEventListener('click', () => {
      this.lang = other;
      query.lang = other;
      this.writeAddress();
      this.render();
      document.getElementById('lang')?.focus();
    });

    const field = (id: string, label: string, control: HTMLElement, ...more: (HTMLElement | null)[]) => el('div', { class: `field field-${id}` }, el('label', { for: id }, label), control, ...more);
    fill(
      this.root,
      el('header', {}, el('h1', {}, say('page.title')), switcher),
      el('p', { class: 'lead' }, say('page.lead')),
      ...this.addressNotes(say),
      el(
        'form',
        { id: 'question', autocomplete: 'off' },
        el(
          'fieldset',
          {},
          el('legend', {}, say('page.form.legend')),
          field('source', say('page.form.source'), source, el('p', { class: 'hint', id: 'source-hint' }, say('page.form.sourceHint'))),
          el('div', { class: 'pair' }, field('platform', say('page.form.platform'), platformSelect), field('surface', say('page.form.surface'), surfaceSelect)),
          el('div', { class: 'pair when' }, field('date', say('page.form.date'), date), field('time', say('page.form.time'), time), el('div', { class: 'field field-now' }, now)),
          zoneNote,
        ),
      ),
      el('h2', { id: 'answer-heading' }, say('page.answer.heading')),
      answer,
      el('p', { class: 'hint share' }, say('page.answer.share')),
      el('h2', {}, say('page.pictures.heading')),
      pictures,
      this.plan.render(lang),
      el('footer', {}, say('page.footer', { rules: this.catalog.rules.length, date: newestEvidence(this.catalog) })),
    );
    // The form answers as it changes; Enter in it does not reload the page.
    this.root.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
    update();
  }

  /** What the address held that the page does not read as written (see PageQuery unread, repeated and blank): said, not passed over. */
  private addressNotes(say: (id: 'page.address.unread' | 'page.address.repeated' | 'page.address.blank' | `page.address.blank.${BlankName}`, params?: Readonly<Record<string, string>>) => string): HTMLElement[] {
    const { unread = [], repeated = [], blank = [] } = this.query;
    const quoted = (names: readonly string[]) => names.map((name) => `"${name.length > NAME_SHOWN ? `${name.slice(0, NAME_SHOWN)}…` : name}"`).join(this.lang === 'zh' ? '、' : ', ');
    return [
      ...(unread.length > 0 ? [el('p', { class: 'hint address-note', role: 'note' }, say('page.address.unread', { names: quoted(unread), valid: PAGE_KEYS.join(this.lang === 'zh' ? '、' : ', ') }))] : []),
      ...(repeated.length > 0 ? [el('p', { class: 'hint address-note', role: 'note' }, say('page.address.repeated', { names: quoted(repeated) }))] : []),
      ...(blank.length > 0
        ? [el('p', { class: 'hint address-note', role: 'note' }, say('page.address.blank', { names: quoted(blank), meanings: blank.map((name) => `${name}: ${say(`page.address.blank.${name}`)}`).join(this.lang === 'zh' ? '；' : '; ') }))]
        : []),
    ];
  }

  /** The question in the address bar, so that the address shares the answer; no new history entry per keystroke. */
  private writeAddress(): void {
    const search = pageSearch(this.query);
    if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
  }

  private answer(region: HTMLElement, pictures: HTMLElement): void {
    const { lang, query, catalog } = this;
    if (query.source.trim() === '') {
      fill(region, el('p', { class: 'empty' }, format(lang, 'page.answer.empty')));
      fill(pictures);
      return;
    }
    try {
      const now = Date.now();
      const text = { source: query.source, surface: query.surface, ...(query.platform !== '' ? { platform: query.platform } : {}), ...(query.at.trim() !== '' ? { date: query.at } : {}) };
      const { query: resolved, link } = resolveQuery(catalog, text, now);
      const platform = catalog.platforms.get(resolved.platform)!;
      const asKnownOn = query.asKnownOn.trim() === '' ? undefined : readKnownOn(query.asKnownOn, platform.timeZone, now);
      const answer = answerQuery(catalog, asKnownOn ? { ...resolved, asKnownOn } : resolved);
      fill(region, answerView({ answer, link }, lang));
      const time = { at: resolved.at, precision: resolved.precision ?? answer.precision, ...(resolved.now ? { now: true as const } : {}), ...(resolved.dayEnd !== undefined ? { dayEnd: resolved.dayEnd } : {}) };
      fill(pictures, ...picturesView(catalog, answer, time, lang));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      fill(region, el('p', { class: 'error', role: 'alert' }, format(lang, 'page.answer.error', { message: errorText(error, lang) })));
      fill(pictures);
    }
  }
}

const root = document.getElementById('app');
if (root) new Page(root, builtinCatalog()).render();
