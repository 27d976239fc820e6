// Asks the built package the boundary queries of the time tests and prints the
// answers as JSON lines, so that runs under different TZ settings can be compared
// (spawned by machine-zone.test.ts: Node reads TZ once, at start).
import { check, compileCatalog, formatInstant, loadCatalog, queryTime } from '../../dist/internal.js';

const NOW = Date.UTC(2026, 10, 22, 2, 0, 0);
const root = new URL('../..', import.meta.url).pathname;
const lines = [];
const say = (value) => lines.push(JSON.stringify(value));
const attempt = (fn) => {
  try {
    return fn();
  } catch (error) {
    return `error: ${error.message}`;
  }
};

function ask(catalog, platform, source, surface, text) {
  return attempt(() => {
    const zone = catalog.platforms.get(platform).timeZone;
    const time = queryTime(text, zone, NOW);
    const answer = check(catalog, { platform, source, surface, ...time });
    return [text, formatInstant(answer.at, zone), answer.verdict, answer.rule?.rule.id ?? null, answer.changesDuringDay.map((at) => formatInstant(at, zone))];
  });
}

// Every boundary of every built-in rule, a second either side, written as an
// instant, as local time and as a day.
const builtin = await loadCatalog({ root });
for (const compiled of builtin.rules) {
  const { platform, sources, surfaces } = compiled.rule;
  const source = sources.ids?.[0] ?? 'taobao';
  for (const edge of [compiled.start, compiled.certainFrom, compiled.end, compiled.phaseInUntil]) {
    if (edge === undefined || !Number.isFinite(edge)) continue;
    for (const at of [edge - 1000, edge, edge + 1000]) {
      const iso = formatInstant(at, compiled.timeZone);
      for (const text of [iso, iso.slice(0, 19), iso.slice(0, 10), new Date(at).toISOString()]) {
        say(ask(builtin, platform, source, surfaces[0], text));
      }
    }
  }
}

// Issue 7's failures under a foreign TZ.
say(ask(builtin, 'kuaishou', 'taobao', 'live-cart', '1994-12-31'));
for (const text of ['2022/6/1', '20220601', '2022年6月1日 10:30', 'today', 'yesterday', 'tomorrow', '1900-01-01', '2199-12-31', '2011-12-30', '9999-12-31T23:59:59-14:00']) {
  say(ask(builtin, 'kuaishou', 'taobao', 'live-cart', text));
}

// A rule of one's own that starts at 2022-10-02T02:00 Beijing time, when Lord Howe Island's clocks skip 02:00–02:30.
const platform = { id: 'shop', name: 'Shop', aliases: [], timeZone: 'Asia/Shanghai', surfaces: [{ id: 'live-cart', name: 'Live cart', aliases: [] }] };
const rule = {
  id: 'shop-cut', platform: 'shop', effect: 'deny', sources: { ids: ['alpha'] }, surfaces: ['live-cart'], from: '2022-10-02T02:00',
  status: 'announced', summary: 'cut', evidence: [{ url: 'https://example.com/r', published: '2022-09-01', quote: 'q' }],
};
const own = compileCatalog([{ path: 'own.json', data: { platforms: [platform], groups: [], sources: [{ id: 'alpha', name: 'Alpha', aliases: [], groups: [], domains: [] }], rules: [rule] } }], []).catalog;
say(['own rule start', formatInstant(own.rules[0].start, 'Asia/Shanghai')]);
for (const text of ['2022-10-02T01:59:59', '2022-10-02T02:00', '2022-10-02T02:29', '2022-10-02']) say(ask(own, 'shop', 'alpha', 'live-cart', text));

process.stdout.write(lines.join('\n') + '\n');
