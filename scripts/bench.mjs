// npm run bench: the speed figures of issues 8 and 18, each against its goal.
//   1. start-up: a cold check, with each common option, and each subcommand, against a bare
//      `node -e 0`, ratios paired run by run in interleaved runs (goal ≤ 1.3× each);
//   2. the verdict-only path: checks per second on one core, shipped rules and 10,000 generated
//      rules (goal ≥ 2,000,000/s each, and within 2× of each other);
//   3. linkcheck batch on a realistic plan of 1,000,000 rows (scripts/realistic-plan.mjs), then a
//      friendly one of 100,000 and 1,000,000 rows, against a bare Node loop that reads the same file
//      line by line and splits on commas (goal ≤ 2× at a million rows, peak memory < 150 MB).
//   4. the worst plans for the readers: a single line of 5 MB, as CSV and as JSON Lines (goal < 1 s each).
//   5. the worst inputs of the source reader: 64 KiB of each pathological shape (dashes, many links,
//      long labels…) read as a source argument, against a plain share text of the same size (goal < 1 s each).
//   6. the peers: checkLink() and the verdict index against cedar-wasm and json-rules-engine on one
//      slice of the record, all four first shown to agree on every query (goal ≥ 10× each);
//   7. scale: the verdict index of 1,000 and 10,000 rules on one placement (goal ≤ 0.2 s at 10,000),
//      loading 10,000 and 100,000 user rules (goal ≤ 3 s at 100,000), and what 10,000 user rules
//      add to a 100,000-row batch (goal ≤ 50 %).
// Figures, not tests: a busy machine makes them worse, never wrong.
//   8. serve: the headline check over HTTP, 10,000 requests at 50 connections (autocannon), beside
//      checkLink() in process (scripts/bench-serve.mjs; goal: no error).
//   9. plans: the realistic rows as JSON Lines against a readline + JSON.parse loop (goal ≤ 2×), a
//      plan of nearly all distinct rows against the read-and-split loop (goal ≤ 6×), and the
//      realistic rows as an .xlsx workbook against the XLSX reader alone (goal ≤ 1.3×).
// BENCH_RUNS (start-up rounds), BENCH_PAIRS (pairs of runs of each plan), BENCH_ONLY=start|verdicts|peers|scale|batch|plans|worst-plans|worst-inputs|serve;
// BENCH_ROWS: fewer rows than a million in the batch and plans sections, for a quick look.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { random, realisticRows, writeDistinctPlan, writeRealisticJsonl, writeRealisticPlan } from './realistic-plan.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin', 'linkcheck.js');
/** A setting of the environment that counts something: a positive whole number, else one line and exit 2. */
function countSetting(name, fallback) {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const count = Number(text);
  if (Number.isSafeInteger(count) && count > 0) return count;
  console.error(`bench: ${name}=${JSON.stringify(text)} is not a positive whole number (for example ${name}=${fallback})`);
  process.exit(2);
}
const runs = countSetting('BENCH_RUNS', 40);
const SECTIONS = ['start', 'verdicts', 'peers', 'scale', 'batch', 'plans', 'worst-plans', 'worst-inputs', 'serve'];
const only = process.env.BENCH_ONLY || undefined;
if (only !== undefined && !SECTIONS.includes(only)) {
  console.error(`bench: BENCH_ONLY=${JSON.stringify(only)} names no section (valid: ${SECTIONS.join(', ')})`);
  process.exit(2);
}
const env = { PATH: process.env.PATH, NO_COLOR: '1' };
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
const verdict = (ok) => (ok === null ? '' : ok ? 'PASS' : 'FAIL');
const results = [];
const million = countSetting('BENCH_ROWS', 1_000_000);


function startUp() {
  const folder = mkdtempSync(join(tmpdir(), 'linkcheck-start-'));
  const oneRow = join(folder, 'one-row.csv');
  writeFileSync(oneRow, 'source,surface,date\ntaobao,live-cart,2022-06-01\n');
  const check = ['taobao', 'live-cart', '2022-06-01'];
  // Every command of #18's list, with the options a script gives most; run from an empty folder (no configuration file).
  const commands = [
    check,
    [...check, '--json'],
    [...check, '--lang', 'zh'],
    [...check, '-q'],
    [...check, '--no-color'],
    [...check, '-p', 'kuaishou'],
    [...check, '--as-known-on', '2022-10-15'],
    [...check, '--max-staleness', '365d'],
    ['matrix'],
    ['batch', 'one-row.csv'],
    ['timeline'],
    ['rules', 'list'],
    ['--version'],
    ['--help'],
    ['batch', '--help'],
    ['matrix', '--help'],
    ['timeline', '--help'],
    ['rules', '--help'],
  ];
  // How each command is started, each way against node -e 0 started the same way: as a script runs
  // it (#18's figures); as a Node parent's `stdio: 'pipe'` does (execa, @actions/exec, a test
  // runner), which gives sockets, to be written as directly as a pipe; on a terminal, as a person
  // meets the commands (coloured), a pseudo-terminal made by script(1) where util-linux has it; and
  // in a folder with a team's configuration file (docs/usage.md "Configuration file"). The last two
  // are measured without a goal: #18's figures are the commands as scripts run them, from a folder
  // without one.
  const script = ['/usr/bin/script', '/bin/script'].find((path) => existsSync(path));
  const configured = join(folder, 'configured');
  mkdirSync(join(configured, '.git'), { recursive: true });
  writeFileSync(join(configured, 'linkcheck.config.json'), `${JSON.stringify({ platform: 'kuaishou', failOn: ['denied', 'unknown'], maxStaleness: '18m' }, null, 2)}\n`);
  const quoted = (args) => args.map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ');
  const terminalEnv = { PATH: process.env.PATH, TERM: 'xterm-256color' };
  const ways = [
    { suffix: '', goal: true, commands, start: (args) => spawnSync(process.execPath, args, { cwd: folder, env, stdio: 'ignore' }) },
    { suffix: ' (stdio piped)', goal: true, commands: [check, [...check, '--json'], ['batch', 'one-row.csv']], start: (args) => spawnSync(process.execPath, args, { cwd: folder, env, stdio: 'pipe' }) },
    {
      suffix: ' (on a terminal)',
      goal: false,
      commands: script === undefined ? [] : [check, ['matrix'], ['timeline'], ['rules', 'list'], ['batch', 'one-row.csv']],
      start: (args) => spawnSync(script, ['-qec', quoted([process.execPath, ...args]), '/dev/null'], { cwd: folder, env: terminalEnv, stdio: 'ignore' }),
    },
    { suffix: ' (configuration file)', goal: false, commands: [check, ['matrix'], ['batch', '../one-row.csv'], ['--version'], ['--help']], start: (args) => spawnSync(process.execPath, args, { cwd: configured, env, stdio: 'ignore' }) },
  ].filter((way) => way.commands.length > 0);
  // Each way's node -e 0 first, then its commands.
  const subjects = ways.flatMap((way) => [
    { name: `node -e 0${way.suffix}`, args: ['-e', '0'], way, base: true },
    ...way.commands.map((args) => ({ name: `linkcheck ${args.join(' ')}${way.suffix}`, args: [cli, ...args], way, base: false })),
  ]);
  const times = new Map(subjects.map(({ name }) => [name, []]));
  try {
    // Each round in turn in either order: run in one order every time, each command follows the
    // same one, and what that one leaves behind is in its figure. So run, the check with
    // --max-staleness (after --as-known-on) measured 0.03× over the plain check on average over
    // eleven runs; paired with it in either order, 0.3 ± 1.3 ms apart, about 0.01×.
    for (let run = 0; run < runs; run++) {
      for (const { name, args, way } of run % 2 === 0 ? subjects : subjects.toReversed()) {
        const start = process.hrtime.bigint();
        const result = way.start(args);
        if (result.status !== 0 && result.status !== 1) throw new Error(`${name} exited ${result.status}`);
        times.get(name).push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  // Each run's time over node -e 0's in the same round, then the median of those ratios: a busy
  // moment slows both sides of a pair.
  console.log(`start-up, ${runs} interleaved runs: median time, and median of the ratios to node -e 0 (started alike) paired run by run (goal ≤ 1.3×)`);
  for (const { name, way, base } of subjects) {
    const values = times.get(name);
    const baseTimes = times.get(`node -e 0${way.suffix}`);
    const ratio = median(values.map((ms, run) => ms / baseTimes[run]));
    const ok = base || !way.goal ? null : ratio <= 1.3;
    console.log(`  ${name.padEnd(60)} ${median(values).toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×  ${verdict(ok)}`);
    if (!base) results.push([name, `${ratio.toFixed(2)}×`, way.goal ? '≤ 1.3×' : '—', ok]);
  }
}

/** The shipped rule files plus `count` generated rules over ten platforms of a hundred sources each. */
function generatedFile(count) {
  const next = random(count);
  const surfaces = ['live-cart', 'short-video-cart', 'product-detail'];
  const platforms = Array.from({ length: 10 }, (_, p) => ({ id: `bench-${p}`, name: `Bench ${p}`, aliases: [], timeZone: 'Asia/Shanghai', surfaces: surfaces.map((id) => ({ id, name: id, aliases: [] })) }));
  const sources = Array.from({ length: 100 }, (_, s) => ({ id: `bench-source-${s}`, name: `Bench source ${s}`, aliases: [], groups: [], domains: [`bench-${s}.example`] }));
  const day = (offset) => new Date(Date.UTC(2015, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const rules = Array.from({ length: count }, (_, r) => {
    const from = Math.floor(next() * 3650);
    const ids = [...new Set([0, 1, 2].slice(0, 1 + Math.floor(next() * 3)).map(() => sources[Math.floor(next() * 100)].id))];
    return {
      id: `bench-rule-${r}`,
      platform: platforms[r % 10].id,
      effect: next() < 0.5 ? 'allow' : 'deny',
      sources: { ids },
      surfaces: surfaces.filter(() => next() < 0.6),
      from: `${day(from)}T${String(Math.floor(next() * 24)).padStart(2, '0')}:00`,
      ...(next() < 0.3 ? { until: day(from + 1 + Math.floor(next() * 400)) } : {}),
      ...(next() < 0.1 ? { phaseIn: { until: `${day(from)}T23:59` } } : {}),
      status: 'reported',
      summary: 'A generated rule.',
      evidence: [{ url: 'https://bench.example/report', published: day(from), quote: 'generated' }],
    };
  }).map((rule) => (rule.surfaces.length === 0 ? { ...rule, surfaces: ['live-cart'] } : rule));
  return { path: 'bench.json', data: { platforms, groups: [], sources, rules } };
}

async function verdictsPerSecond() {
  const { buildVerdictIndex, compileCatalog, loadCatalog, loadRuleSet } = await import('../dist/internal.js');
  const shipped = await loadCatalog({ root });
  const set = await loadRuleSet({ root });
  const large = compileCatalog([...set.files, generatedFile(10_000)], set.documents).catalog;
  console.log(`verdict-only path: ${shipped.rules.length} shipped rules, ${large.rules.length} with the generated ones`);
  const subjects = [
    ['shipped rules', shipped, [...shipped.platforms.keys()]],
    ['10,000 generated rules', large, [...large.platforms.keys()].filter((id) => id.startsWith('bench-'))],
  ].map(([name, catalog, platforms]) => {
    const index = buildVerdictIndex(catalog);
    const next = random(7);
    const sources = [...catalog.sources.keys(), null];
    const queries = Array.from({ length: 1_000_000 }, () => {
      const platform = catalog.platforms.get(platforms[Math.floor(next() * platforms.length)]);
      const surface = platform.surfaces[Math.floor(next() * platform.surfaces.length)].id;
      return { platform: platform.id, source: sources[Math.floor(next() * sources.length)], surface, at: Date.UTC(2015, 0, 1) + next() * 11 * 365 * 86_400_000 };
    });
    index.verdicts(queries); // warm up
    return { name, index, queries, times: [] };
  });
  // Interleaved, so that a busy moment of the machine falls on both alike.
  for (let run = 0; run < 9; run++) {
    for (const subject of subjects) {
      const start = process.hrtime.bigint();
      subject.index.verdicts(subject.queries);
      subject.times.push(Number(process.hrtime.bigint() - start) / 1e9);
    }
  }
  const rates = subjects.map(({ name, queries, times }) => {
    const rate = queries.length / median(times);
    console.log(`  ${name.padEnd(40)} ${Math.round(rate).toLocaleString('en').padStart(12)} checks/s`);
    results.push([`verdicts/s, ${name}`, Math.round(rate).toLocaleString('en'), '≥ 2,000,000', rate >= 2_000_000]);
    return rate;
  });
  const ratio = rates[0] / rates[1];
  results.push(['shipped / 10,000 rules', `${ratio.toFixed(2)}×`, '≤ 2×', ratio <= 2]);
}

/**
 * A plan drawn from 5,000 distinct placements, as a plan repeats its links across days and rooms:
 * Kuaishou and Douyin placements of 2023, by name, alias or link; about one row in fifty is not
 * allowed (a service platform's link in a Kuaishou live room, an outside link on Douyin).
 */
function writePlan(path, rows) {
  const next = random(42);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const kuaishou = ['taobao', 'jd', '淘宝', '京东', 'kuaishou-shop', '快手小店', 'https://item.jd.com/100012043978.html', 'https://detail.tmall.com/item.htm?id=6', 'item.taobao.com/item.htm?id=7'];
  const surfaces = ['live-cart', 'short-video-cart', 'product-detail', '直播间购物车', '短视频购物车', '商详页'];
  const pool = Array.from({ length: 5_000 }, () => {
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(next() * 365) * 86_400_000).toISOString().slice(0, 10);
    const kind = next();
    if (kind < 0.01) return `youzan,live-cart,${day},kuaishou`;
    if (kind < 0.02) return `jd,live-cart,${day},抖音`;
    if (kind < 0.2) return `douyin-shop,${pick(surfaces)},${day},${pick(['douyin', '抖音'])}`;
    return `${pick(kuaishou)},${pick(surfaces)},${day},${pick(['kuaishou', 'kuaishou', 'kuaishou', 'ks', '快手'])}`;
  });
  const lines = ['source,surface,date,platform,campaign'];
  writeFileSync(path, '');
  for (let row = 0; row < rows; row++) {
    lines.push(`${pool[Math.floor(next() * pool.length)]},c${row % 97}`);
    if (lines.length === 10_000) {
      writeFileSync(path, `${lines.join('\n')}\n`, { flag: 'a' });
      lines.length = 0;
    }
  }
  if (lines.length > 0) writeFileSync(path, `${lines.join('\n')}\n`, { flag: 'a' });
}

const BARE = `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
let cells = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })) cells += line.split(',').length;
if (cells < 0) console.log(cells);`;

/** Runs a node program and gives its wall time and peak resident memory. */
function measure(args) {
  // The peak of this process's own memory (Linux's VmHWM): getrusage's maxrss also counts the
  // pages the child shared with the bench when it was forked, the bench's own size after a big
  // plan was written.
  const probe = "import { readFileSync, writeSync } from 'node:fs'; process.on('exit', () => { let kb = process.resourceUsage().maxRSS; try { kb = Number(/VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]); } catch {} writeSync(2, `\\nmaxrss ${kb}\\n`); });";
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = Number(/maxrss (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024;
  return { ms, rss, status: result.status };
}

/** How many pairs of runs a plan's figure is the median of (BENCH_PAIRS). */
const PAIRS = countSetting('BENCH_PAIRS', 5);

/**
 * `linkcheck batch <plan>` against its bare loop, in PAIRS pairs of runs, each pair taken in turn
 * in either order: the median of the pairs' ratios, each side's median time, and the batch's peak
 * memory. This machine's speed drifts by a tenth or more over seconds, and either side of a plan's
 * figure can take half as long again from one run to the next: a ratio of medians taken apart
 * moves with whichever side met a slow moment.
 */
function pairedRuns(bareArgs, plan, what) {
  const bare = [];
  const ours = [];
  let rss = 0;
  for (let pair = 0; pair < PAIRS; pair++) {
    const sides = [
      () => {
        const base = measure(bareArgs);
        if (base.status !== 0) throw new Error(`${what} exited ${base.status}`);
        bare.push(base.ms);
      },
      () => {
        const run = measure([cli, 'batch', plan]);
        if (run.status === 2 || run.status === null || run.status > 3) throw new Error(`linkcheck batch ${plan} exited ${run.status}`);
        ours.push(run.ms);
        rss = Math.max(rss, run.rss);
      },
    ];
    for (const side of pair % 2 === 0 ? sides : sides.toReversed()) side();
  }
  return { bare: median(bare), ours: median(ours), ratio: median(ours.map((ms, pair) => ms / bare[pair])), rss };
}

function batch() {
  const folder = mkdtempSync(join(tmpdir(), 'linkcheck-bench-'));
  try {
    console.log('batch: linkcheck batch plan.csv against a bare loop that reads and splits each line');
    const peaks = { realistic: NaN };
    const plans = [
      // The realistic plan first (scripts/realistic-plan.mjs): what a team's sheet looks like.
      ['realistic', million, (path, rows) => writeRealisticPlan(path, rows)],
      ['friendly', 100_000, writePlan],
      ['friendly', million, writePlan],
    ];
    for (const [kind, rows, write] of plans) {
      const plan = join(folder, `plan-${kind}-${rows}.csv`);
      write(plan, rows);
      const { bare, ours, ratio, rss } = pairedRuns(['--input-type=module', '-e', BARE, plan], plan, 'the bare loop');
      const name = `${kind} ${rows.toLocaleString('en')} rows`;
      console.log(`  ${name.padStart(24)}: bare ${bare.toFixed(0)} ms, linkcheck ${ours.toFixed(0)} ms (${ratio.toFixed(2)}×), peak ${rss.toFixed(0)} MB`);
      // The goal is for a million rows; at 100,000 the start-up (about 0.1 s) still weighs, and the figure is shown for comparison.
      // With BENCH_ROWS, a quick look: the goal is shown, not judged.
      const goal = rows === million;
      results.push([`batch ${name} / bare loop`, `${ratio.toFixed(2)}×`, goal ? '≤ 2×' : '—', goal && million === 1_000_000 ? ratio <= 2 : null]);
      results.push([`batch ${name}, peak memory`, `${rss.toFixed(0)} MB`, kind === 'realistic' ? '≤ 150 MB' : '< 150 MB', million !== 1_000_000 ? null : kind === 'realistic' ? rss <= 150 : rss < 150]);
      if (kind === 'realistic' && rows === million) peaks.realistic = rss;
    }
    // Flat to ten times as many rows: the realistic plan's peak again, in one run (its plan is 656 MB
    // at ten million rows), within a tenth of the million rows' peak and within the goal.
    const rows = 10 * million;
    const plan = join(folder, `plan-realistic-${rows}.csv`);
    writeRealisticPlan(plan, rows);
    const run = measure([cli, 'batch', plan]);
    rmSync(plan, { force: true });
    if (run.status === 2 || run.status === null || run.status > 3) throw new Error(`linkcheck batch ${plan} exited ${run.status}`);
    const name = `realistic ${rows.toLocaleString('en')} rows`;
    console.log(`  ${name.padStart(24)}: linkcheck ${(run.ms / 1000).toFixed(2)} s (${Math.round(rows / (run.ms / 1000)).toLocaleString('en')} rows/s), peak ${run.rss.toFixed(0)} MB`);
    const flat = run.rss <= 150 && run.rss <= 1.1 * peaks.realistic;
    results.push([`batch ${name}, peak memory`, `${run.rss.toFixed(0)} MB`, `≤ 150 MB, ≤ 1.1× ${(million / 1e6).toLocaleString('en')} M rows'`, million !== 1_000_000 ? null : flat]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const BARE_JSONL = `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
let cells = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })) if (line !== '') cells += Object.keys(JSON.parse(line)).length;
if (cells < 0) console.log(cells);`;

/**
 * The XLSX reader alone: the CLI's own plan input (src/cli/plan-input.ts), its rows counted, none
 * answered, in one thread. Bundled from the sources. The batch reads a workbook this large in a
 * thread of its own while it answers (src/cli/reader-thread.ts): its figure is against the reading
 * alone, not against that thread's.
 */
async function xlsxReader(folder) {
  const { build } = await import('esbuild');
  const outfile = join(folder, 'read-xlsx.mjs');
  const contents = `import { planInput } from './src/cli/plan-input.ts';
    let rows = 0;
    await planInput(process.argv[2], { format: 'xlsx', sheet: undefined, encoding: 'utf-8', check: () => {}, thread: false }).read(() => void rows++);
    if (rows < 0) console.log(rows);`;
  await build({ stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'read-xlsx-bench.ts' }, bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error' });
  return outfile;
}

/**
 * Other plans (#18), each against its own bare loop in pairs of runs (pairedRuns): the realistic
 * rows as JSON Lines (goal ≤ 2× a readline + JSON.parse loop), a million rows over 8,000 product
 * links each on its own run of days, so nearly every row is new (goal ≤ 6× the read-and-split
 * loop), and the realistic plan as an .xlsx workbook of as many rows (goal ≤ 1.3× the XLSX reader
 * alone; Excel's own sheets hold up to 1,048,576 rows). Its first 100,000 rows are shown as well,
 * without a goal: the first rows of a plan hold most of its distinct rows, each answered once.
 */
async function plans() {
  const folder = mkdtempSync(join(tmpdir(), 'linkcheck-bench-'));
  try {
    console.log('plans: JSON Lines, nearly distinct rows, XLSX, each against its own bare loop');
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    const writeWorkbook = async (path, rows) =>
      writeFileSync(path, await writeXlsxFile([['source', 'surface', 'date', 'platform', 'campaign'], ...realisticRows(rows)].map((cells) => cells.map((value) => ({ value })))).toBuffer());
    const firstRows = Math.min(100_000, million);
    await writeWorkbook(join(folder, 'plan-realistic.xlsx'), million);
    await writeWorkbook(join(folder, 'plan-realistic-first.xlsx'), firstRows);
    const reader = await xlsxReader(folder);
    const subjects = [
      ['JSON Lines', `realistic ${million.toLocaleString('en')} rows`, 'plan-realistic.jsonl', (path) => writeRealisticJsonl(path, million), (plan) => ['--input-type=module', '-e', BARE_JSONL, plan], 'readline + JSON.parse', 2],
      ['nearly distinct', `${million.toLocaleString('en')} rows`, 'plan-distinct.csv', (path) => writeDistinctPlan(path, million), (plan) => ['--input-type=module', '-e', BARE, plan], 'bare loop', 6],
      ['XLSX', `realistic ${million.toLocaleString('en')} rows`, 'plan-realistic.xlsx', () => {}, (plan) => [reader, plan], 'the XLSX reader alone', 1.3],
      ['XLSX', `its first ${firstRows.toLocaleString('en')} rows`, 'plan-realistic-first.xlsx', () => {}, (plan) => [reader, plan], 'the XLSX reader alone', null],
    ];
    for (const [kind, size, file, write, bareArgs, bareName, goal] of subjects) {
      const plan = join(folder, file);
      write(plan);
      const { bare, ours, ratio, rss } = pairedRuns(bareArgs(plan), plan, `${bareName} on ${file}`);
      const name = `${kind}, ${size}`;
      console.log(`  ${name.padStart(34)}: ${bareName} ${bare.toFixed(0)} ms, linkcheck ${ours.toFixed(0)} ms (${ratio.toFixed(2)}×), peak ${rss.toFixed(0)} MB`);
      results.push([`batch ${kind}${goal === null ? `, ${size}` : ''} / ${bareName}`, `${ratio.toFixed(2)}×`, goal === null ? '—' : `≤ ${goal}×`, million === 1_000_000 && goal !== null ? ratio <= goal : null]);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The worst plans for the readers (#14): one CSV line of 5 MB (a cell past every limit, read to its
 * end in one pass), one of quotes (""…, each doubled quote a step of the reader) and a JSON line as
 * long; goal under a second each for the whole run, start-up included. Before the readers were our
 * own, Papa Parse's re-parse of a cut row made it 1.3 s.
 */
function worstPlans() {
  const folder = mkdtempSync(join(tmpdir(), 'linkcheck-bench-'));
  try {
    console.log('worst plans: one line of 5 MB');
    const long = 'x'.repeat(5_000_000);
    const plans = {
      'CSV, a 5 MB line': ['long.csv', `source,surface,date\n"${long}",live-cart,2022-06-01\njd,live-cart,2022-06-01\n`],
      // Doubled quotes, each read in its turn: a search for the newlines inside the quotes from each one cost 1.4 s.
      'CSV, a 5 MB line of quotes': ['quotes.csv', `source,surface,date\n${'"'.repeat(5_000_000)},live-cart,2022-06-01\njd,live-cart,2022-06-01\n`],
      'JSON Lines, a 5 MB line': ['long.jsonl', `{"source":"${long}","surface":"live-cart","date":"2022-06-01"}\n{"source":"jd","surface":"live-cart","date":"2022-06-01"}\n`],
    };
    for (const [name, [file, content]] of Object.entries(plans)) {
      const plan = join(folder, file);
      writeFileSync(plan, content);
      const times = [];
      let rss = 0;
      for (let run = 0; run < 3; run++) {
        const result = measure([cli, 'batch', plan]);
        if (result.status !== 2) throw new Error(`linkcheck batch ${file} exited ${result.status}, not 2 (one error row)`);
        times.push(result.ms);
        rss = Math.max(rss, result.rss);
      }
      const seconds = median(times) / 1000;
      console.log(`  ${name.padEnd(40)} ${seconds.toFixed(2).padStart(7)} s, peak ${rss.toFixed(0)} MB`);
      results.push([name, `${seconds.toFixed(2)} s`, '< 1 s', seconds < 1]);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The source-argument reader on 64 KiB of each shape that once cost it quadratic time, against plain text of the same size. */
async function worstInputs() {
  const { classifyInput, loadCatalog } = await import('../dist/internal.js');
  const catalog = await loadCatalog({ root });
  const size = 64 * 1024;
  const fill = (unit) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const shapes = {
    'plain share text': fill('【淘宝】商品好价 点击链接直接打开 '),
    'dashes -': fill('-'),
    'full-width dashes U+FF0D': fill('－'),
    'small dashes U+FE63': fill('﹣'),
    'dots and dashes': fill('-.'),
    'one long label': fill('a'),
    'labels a.': fill('a.'),
    'many links': fill('https://item.jd.com/1.html '),
    'many http prefixes': fill('http:'),
    'lead-in and letters': fill('【a'),
    'dashes and lead-ins': fill('-【'),
    'share-token symbols, then 淘宝': `${fill('￥AEpabxiRg0')}淘宝`,
  };
  const time = (text) => {
    const start = process.hrtime.bigint();
    try {
      classifyInput(catalog, text);
    } catch (error) {
      if (error?.constructor?.name !== 'InputError') throw error;
    }
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const times = Object.fromEntries(Object.entries(shapes).map(([name, text]) => [name, median([time(text), time(text), time(text)])]));
  const plain = times['plain share text'];
  console.log(`worst inputs: 64 KiB of each shape as a source argument, median of 3`);
  for (const [name, ms] of Object.entries(times)) console.log(`  ${name.padEnd(40)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / plain).toFixed(2)}×`);
  const [worstName, worst] = Object.entries(times).reduce((a, b) => (b[1] > a[1] ? b : a));
  results.push([`worst 64 KiB input (${worstName})`, `${worst.toFixed(0)} ms`, '< 1,000 ms', worst < 1000]);
}

/**
 * checkLink() and the verdict index against two general policy engines on one slice of the record:
 * Kuaishou's live cart, short-video cart and product detail for Taobao (the Taobao Alliance, a
 * group), Tmall and JD, one query per day drawn from 2019 to 2025. Cedar (cedar-wasm, its Node build,
 * with a pre-parsed policy set) and json-rules-engine know no "a later rule supersedes an earlier
 * one" nor phase-ins, so their policies are the slice's timelines written out: one policy per stretch
 * in which a rule decides, its bounds in the condition, its verdict and rule in the policy's place
 * (Cedar) or event (json-rules-engine). Before any timing, all four give the same verdict and rule
 * on every query. Cedar runs in a process of its own (scripts/bench-cedar.mjs).
 */
async function peers() {
  const api = await import('../dist/index.js');
  const { answerQuery, loadCatalog } = await import('../dist/internal.js');
  const { Engine } = await import('json-rules-engine');
  const catalog = await loadCatalog({ root });
  const now = Date.UTC(2026, 0, 1);
  const platform = 'kuaishou';
  const names = ['taobao', 'tmall', 'jd'];
  const surfaces = ['live-cart', 'short-video-cart', 'product-detail'];
  const days = Array.from({ length: 7 * 365 }, (_, day) => new Date(Date.UTC(2019, 0, 1) + day * 86_400_000).toISOString().slice(0, 10));
  const next = random(18);
  const inputs = Array.from({ length: 10_000 }, () => ({ source: names[Math.floor(next() * 3)], surface: surfaces[Math.floor(next() * 3)], date: days[Math.floor(next() * days.length)], platform }));
  const index = await api.createVerdictIndex();
  const resolved = inputs.map((input) => index.resolve(input, now));
  // What the general engines are asked: who (a source or a group), where, when.
  const requests = resolved.map((query) => ({ principal: query.group ?? query.source, resource: query.surface, at: query.at }));

  // The slice's timelines: each key's stretches, decided by the engine at each stretch's first instant.
  const stretches = [];
  const keys = new Set();
  for (const query of resolved) {
    const key = `${query.group ?? query.source}/${query.surface}`;
    if (keys.has(key)) continue;
    keys.add(key);
    const members = query.group ? [...catalog.sources.values()].filter((source) => source.groups.includes(query.group)).map((source) => source.id) : [query.source];
    const rules = catalog.rules.filter((rule) => rule.rule.platform === platform && rule.rule.surfaces.includes(query.surface) && members.some((id) => rule.covers.has(id)));
    const instants = [...new Set(rules.flatMap((rule) => [rule.start, rule.certainFrom, rule.phaseInUntil, rule.end]).filter((at) => at !== undefined && Number.isFinite(at)))].sort((a, b) => a - b);
    instants.forEach((from, position) => {
      const answer = answerQuery(catalog, { ...query, at: from });
      if (answer.rule !== null || answer.verdict !== 'unknown') {
        stretches.push({ principal: query.group ?? query.source, resource: query.surface, from, until: instants[position + 1] ?? null, verdict: answer.verdict, rule: answer.rule?.rule.id ?? null });
      }
    });
  }
  const policies = stretches
    .map((stretch) => `permit (principal == Source::"${stretch.principal}", action == Action::"place", resource == Surface::"${stretch.resource}")\nwhen { context.at >= ${stretch.from}${stretch.until === null ? '' : ` && context.at < ${stretch.until}`} };`)
    .join('\n');
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const stretch of stretches) {
    engine.addRule({
      conditions: {
        all: [
          { fact: 'principal', operator: 'equal', value: stretch.principal },
          { fact: 'resource', operator: 'equal', value: stretch.resource },
          { fact: 'at', operator: 'greaterThanInclusive', value: stretch.from },
          ...(stretch.until === null ? [] : [{ fact: 'at', operator: 'lessThan', value: stretch.until }]),
        ],
      },
      event: { type: stretch.verdict, params: { rule: stretch.rule } },
    });
  }
  const askEngine = async (request) => {
    const { events } = await engine.run(request);
    return events.length === 0 ? { verdict: 'unknown', rule: null } : { verdict: events[0].type, rule: events[0].params.rule };
  };

  // All agree on every query, or nothing is timed.
  const expected = [];
  const counts = {};
  for (const [n, input] of inputs.entries()) {
    const answer = await api.checkLink(input, { now });
    const ours = { verdict: answer.verdict, rule: answer.rule?.id ?? null };
    expected.push(ours);
    counts[ours.verdict] = (counts[ours.verdict] ?? 0) + 1;
    const theirs = { 'verdict index': { verdict: index.verdict(resolved[n]), rule: ours.rule }, 'json-rules-engine': await askEngine(requests[n]) };
    for (const [name, { verdict, rule }] of Object.entries(theirs)) {
      if (verdict !== ours.verdict || rule !== ours.rule) throw new Error(`${name} says ${verdict} (${rule}) to ${JSON.stringify(input)}, checkLink ${JSON.stringify(ours)}`);
    }
  }
  const runs = 5;
  const folder = mkdtempSync(join(tmpdir(), 'linkcheck-bench-'));
  let cedar;
  try {
    const file = join(folder, 'cedar.json');
    writeFileSync(file, JSON.stringify({ policies, stretches, queries: requests, expected, runs }));
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'bench-cedar.mjs'), file], { encoding: 'utf8', env });
    if (run.status !== 0) throw new Error(`cedar-wasm: ${run.stderr.trim().split('\n').slice(0, 3).join(' ')}`);
    cedar = JSON.parse(run.stdout).rate;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  console.log(`peers: ${inputs.length.toLocaleString('en')} queries on ${keys.size} keys (${Object.entries(counts).map(([verdict, count]) => `${count} ${verdict}`).join(', ')}), ${stretches.length} policies; all four agree on every one`);

  const rounds = 20;
  const subjects = {
    'checkLink()': [inputs.length, async () => {
      for (const input of inputs) await api.checkLink(input, { now });
    }],
    'verdict index': [rounds * inputs.length, async () => {
      for (let round = 0; round < rounds; round++) index.verdicts(resolved);
    }],
    'json-rules-engine': [inputs.length, async () => {
      for (const request of requests) await askEngine(request);
    }],
  };
  const times = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
  for (let run = -2; run < runs; run++) {
    for (const [name, [, work]] of Object.entries(subjects)) {
      const start = process.hrtime.bigint();
      await work();
      if (run >= 0) times[name].push(Number(process.hrtime.bigint() - start) / 1e9);
    }
  }
  const rate = { ...Object.fromEntries(Object.entries(subjects).map(([name, [count]]) => [name, count / median(times[name])])), 'cedar-wasm': cedar };
  for (const [name, value] of Object.entries(rate)) console.log(`  ${name.padEnd(40)} ${Math.round(value).toLocaleString('en').padStart(12)} checks/s  ${(value / cedar).toFixed(1).padStart(6)}× cedar-wasm`);
  for (const [name, peer] of [['checkLink()', 'cedar-wasm'], ['checkLink()', 'json-rules-engine'], ['verdict index', 'cedar-wasm'], ['verdict index', 'json-rules-engine']]) {
    const ratio = rate[name] / rate[peer];
    results.push([`${name} / ${peer}`, `${ratio.toFixed(1)}×`, '≥ 10×', ratio >= 10]);
  }
}

/**
 * `count` user rules on Kuaishou, one starting each hour from 2015 (no two tie), of every kind the
 * index sweeps: allow and deny, ends, phase-ins, imprecise starts; in files of 5,000 rules (a rule
 * file holds at most 4 MiB). `placement`: all on JD's live cart. Otherwise about the user's own
 * shops, as a user's rules are: a hundred sources, each file defining its own, over the three
 * surfaces; a plan about the shipped sources is then answered as without them.
 */
function userRules(count, placement) {
  // At 17 minutes past: no start of the shipped record falls there.
  const hour = (offset) => new Date(Date.UTC(2015, 0, 1, 0, 17) + offset * 3_600_000).toISOString().slice(0, 16);
  const surfaces = ['live-cart', 'short-video-cart', 'product-detail'];
  const files = [];
  for (let first = 0; first < count; first += 5_000) {
    const shops = Array.from({ length: 100 }, (_, s) => `user-shop-${files.length}-${s}`);
    const rules = [];
    for (let r = first; r < Math.min(count, first + 5_000); r++) {
      rules.push({
        id: `user-rule-${r}`,
        platform: 'kuaishou',
        effect: r % 3 === 0 ? 'deny' : 'allow',
        sources: { ids: [placement ? 'jd' : shops[r % 100]] },
        surfaces: placement ? ['live-cart'] : [surfaces[r % 3], surfaces[(r + 1) % 3]],
        from: r % 11 === 0 ? { earliest: hour(r), latest: hour(r + 1) } : hour(r),
        ...(r % 4 === 0 ? { until: hour(r + 2 + (r % 50)) } : {}),
        ...(r % 7 === 0 && r % 11 !== 0 ? { phaseIn: { until: hour(r + 1) } } : {}),
        status: 'reported',
        summary: 'A generated rule.',
        evidence: [{ url: `https://bench.example/report/${r}`, published: hour(r).slice(0, 10), quote: 'Links of this source may be placed in the cart.' }],
      });
    }
    const sources = placement ? [] : shops.map((id, s) => ({ id, name: `User shop ${files.length}-${s}`, domains: [`${id}.example`] }));
    files.push({ path: `user-${String(files.length).padStart(3, '0')}.json`, data: { platforms: [], groups: [], sources, rules } });
  }
  return files;
}

/**
 * How the record scales (#18): the verdict index of 1,000 and 10,000 rules on one placement (goal
 * ≤ 0.2 s at 10,000; a check per stretch took a minute), loading 10,000 and 100,000 user rules from
 * their files (goal ≤ 3 s at 100,000), and what 10,000 user rules add to a 100,000-row batch (goal
 * ≤ 50 %).
 */
async function scale() {
  const { buildVerdictIndex, compileCatalog, loadRuleSet } = await import('../dist/internal.js');
  const set = await loadRuleSet({ root });
  console.log('scale: the verdict index of one placement, user rule files, a batch with 10,000 user rules');
  for (const count of [1_000, 10_000]) {
    const catalog = compileCatalog([...set.files, ...userRules(count, true)], set.documents).catalog;
    const times = [];
    for (let run = 0; run < 3; run++) {
      const start = process.hrtime.bigint();
      // The placement's timeline is built when first asked about.
      buildVerdictIndex(catalog).verdict({ platform: 'kuaishou', source: 'jd', surface: 'live-cart', at: Date.UTC(2020, 0, 1) });
      times.push(Number(process.hrtime.bigint() - start) / 1e9);
    }
    const seconds = median(times);
    console.log(`  index of ${count.toLocaleString('en').padStart(6)} rules on one placement ${(seconds * 1000).toFixed(1).padStart(8)} ms`);
    results.push([`index, ${count.toLocaleString('en')} rules on one placement`, `${(seconds * 1000).toFixed(0)} ms`, count === 10_000 ? '≤ 200 ms' : '—', count === 10_000 ? seconds <= 0.2 : null]);
  }

  const folder = mkdtempSync(join(tmpdir(), 'linkcheck-bench-'));
  try {
    const load = `const { loadCatalog } = await import(${JSON.stringify(new URL('../dist/internal.js', import.meta.url).href)});
      const start = process.hrtime.bigint(); await loadCatalog({ rules: [process.argv[1]] });
      console.log(Number(process.hrtime.bigint() - start) / 1e9);`;
    for (const count of [10_000, 100_000]) {
      const rules = join(folder, `rules-${count}`);
      mkdirSync(rules);
      for (const file of userRules(count, false)) writeFileSync(join(rules, file.path), JSON.stringify(file.data, null, 2));
      // In a process of its own, as a command loads them: decoding, the duplicate-key scan, the schema, compiling.
      const times = [1, 2, 3].map(() => {
        const run = spawnSync(process.execPath, ['--input-type=module', '-e', load, rules], { encoding: 'utf8', env });
        if (run.status !== 0) throw new Error(`loading ${count} user rules: ${run.stderr.trim().split('\n').slice(0, 3).join(' ')}`);
        return Number(run.stdout);
      });
      const seconds = median(times);
      console.log(`  load ${count.toLocaleString('en').padStart(7)} user rules ${seconds.toFixed(2).padStart(19)} s`);
      results.push([`load ${count.toLocaleString('en')} user rules`, `${seconds.toFixed(2)} s`, count === 100_000 ? '≤ 3 s' : '—', count === 100_000 ? seconds <= 3 : null]);
    }
    const plan = join(folder, 'plan.csv');
    writePlan(plan, 100_000);
    // Seven pairs, each taken in turn in either order, and the median of the pairs' ratios: this
    // machine's speed drifts by a tenth or more over seconds, which three medians apart let through.
    const bare = [];
    const withRules = [];
    for (let run = 0; run < 7; run++) {
      const pair = [() => bare.push(measure([cli, 'batch', plan]).ms), () => withRules.push(measure([cli, 'batch', '--rules', join(folder, 'rules-10000'), plan]).ms)];
      for (const one of run % 2 === 0 ? pair : pair.toReversed()) one();
    }
    const added = median(withRules.map((ms, run) => ms / bare[run])) - 1;
    console.log(`  batch of 100,000 rows: ${median(bare).toFixed(0)} ms, with 10,000 user rules ${median(withRules).toFixed(0)} ms (median of 7 paired ratios: +${(added * 100).toFixed(0)} %)`);
    results.push(['10,000 user rules on a 100,000-row batch', `+${(added * 100).toFixed(0)} %`, '≤ +50 %', added <= 0.5]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (!only || only === 'start') startUp();
if (!only || only === 'verdicts') await verdictsPerSecond();
if (!only || only === 'peers') await peers();
if (!only || only === 'scale') await scale();
if (!only || only === 'batch') batch();
if (!only || only === 'plans') await plans();
if (!only || only === 'worst-plans') worstPlans();
if (!only || only === 'worst-inputs') await worstInputs();
if (!only || only === 'serve') results.push(...(await (await import('./bench-serve.mjs')).benchServe()));

const width = Math.max(41, ...results.map(([name]) => name.length));
const goalWidth = Math.max(12, ...results.map(([, , goal]) => goal.length)) + 2;
console.log('\nfigure'.padEnd(width + 1) + 'measured'.padStart(14) + '  goal'.padEnd(goalWidth + 2) + 'result');
for (const [name, value, goal, ok] of results) console.log(`${name.padEnd(width)} ${value.padStart(14)}  ${goal.padEnd(goalWidth)}${verdict(ok)}`);
