// The plain check's bundle, loaded through node:vm with the build's code cache, must still
// validate rules that changed since the build (it then loads dist/load-rules.cjs).
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { cacheFileFor, loadWithCodeCache } from '../../src/cli/code-cache.js';
import { CHECK_CACHE_VARIANTS } from '../../src/cli/quick.js';
import { InputError } from '../../src/errors/errors.js';
import { zh } from '../../src/i18n/zh.js';
import { zhCheck } from '../../src/i18n/zh-check.js';
import { ROOT } from '../helpers/catalog.js';
import { tempFolder } from '../helpers/temp.js';

type RunCheck = (context: object, args: object, options: object) => Promise<number>;

function copyOfPackage(): string {
  const copy = tempFolder('linkcheck-cache-');
  for (const part of ['dist', 'rules', 'seeds', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  return copy;
}

async function plainCheck(root: string) {
  const bundle = join(root, 'dist', 'plain-check.cjs');
  const loaded = loadWithCodeCache(bundle, createRequire(bundle));
  const out: string[] = [];
  const context = { env: {}, stdout: (text: string) => out.push(text), stderr: () => {}, stdoutIsTTY: false, now: Date.UTC(2026, 0, 1) };
  const { runCheck } = loaded.exports as { runCheck: RunCheck };
  const code = await runCheck(context, { source: 'taobao', surface: 'live-cart', date: '2022-06-01' }, { platform: 'kuaishou', color: true, rules: [], builtinRules: true });
  return { code, out: out.join(''), rejected: loaded.rejected };
}

describe('the code cache of the plain check', () => {
  it('is written by the build and accepted', async () => {
    expect(existsSync(cacheFileFor(join(ROOT, 'dist', 'plain-check.cjs')))).toBe(true);
    const { code, rejected } = await plainCheck(ROOT);
    expect(code).toBe(1);
    expect(rejected).toBe(false);
  });

  // The other bundles loaded with a cache: the option-less commands, a short batch, the loading of rule files.
  it.each(['quick-matrix.cjs', 'quick-timeline.cjs', 'quick-rules.cjs', 'quick-batch.cjs', 'load-rules.cjs'])('dist/%s has one the build wrote, and V8 takes it', (name) => {
    const bundle = join(ROOT, 'dist', name);
    expect(existsSync(cacheFileFor(bundle))).toBe(true);
    expect(loadWithCodeCache(bundle, createRequire(bundle)).rejected).toBe(false);
  });

  it('a check as known on a day loads the variant of the check\'s cache written for it', () => {
    const bundle = join(ROOT, 'dist', 'plain-check.cjs');
    expect(cacheFileFor(bundle, 'known-on')).toBe(join(ROOT, 'dist', 'plain-check.known-on.cjs.cache'));
    expect(readFileSync(cacheFileFor(bundle, 'known-on')).length).toBeGreaterThan(readFileSync(cacheFileFor(bundle)).length);
  });

  it.each(Object.keys(CHECK_CACHE_VARIANTS))('the build wrote the %s variant of the check\'s cache, and V8 takes it', (name) => {
    const bundle = join(ROOT, 'dist', 'plain-check.cjs');
    const script = new Script(readFileSync(bundle, 'utf8'), { filename: bundle, cachedData: readFileSync(cacheFileFor(bundle, name)) });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('answers the same when rules/ changed since the build, validating them again', async () => {
    const copy = copyOfPackage();
    const before = await plainCheck(copy);
    appendFileSync(join(copy, 'rules', readdirSync(join(copy, 'rules')).find((name) => name.endsWith('.json'))!), '\n');
    expect(await plainCheck(copy)).toEqual(before);
  });
});

// A start runs as the bin runs it (bin/linkcheck.js start), and says for each script it compiled
// how large its cache was and how large one written now would be: a function the start ran but
// the cache lacked was compiled from its text at every such start.
const START = `
const vm = require('node:vm');
const [bin, ...argv] = process.argv.slice(1);
const dist = require('node:path').join(bin, '..', '..', 'dist');
const sizes = {};
const { Script } = vm;
const scripts = [];
vm.Script = class extends Script {
  constructor(source, options) {
    super(source, options);
    scripts.push([options.filename, options.cachedData ? options.cachedData.length : 0, this]);
  }
};
process.exit = (code) => {
  for (const [file, before, script] of scripts) sizes[file.slice(dist.length + 1)] = [before, script.createCachedData().length, script.cachedDataRejected === true];
  require('node:fs').writeSync(3, JSON.stringify({ code, sizes }));
  process.reallyExit(0);
};
require(bin).start(argv);
`;

describe('the code caches of a start', () => {
  const folder = tempFolder('linkcheck-start-');
  writeFileSync(join(folder, 'plan.csv'), 'source,surface,date\ntaobao,live-cart,2022-06-01\n');
  // What each start loads, and the exit code it answers with.
  it.each([
    [['taobao', 'live-cart', '2022-06-01'], 1, ['plain-check.cjs']],
    [['matrix'], 0, ['quick-matrix.cjs']],
    [['timeline'], 0, ['quick-timeline.cjs']],
    [['rules', 'list'], 0, ['quick-rules.cjs']],
    [['batch', 'plan.csv'], 1, ['quick-batch.cjs']],
    [['--version'], 0, ['plain-check.cjs']],
    [['--help'], 0, ['quick.cjs']],
    [['batch', '--help'], 0, ['quick.cjs']],
    // From its own variant of the check's cache (dist/plain-check.known-on.cjs.cache); as known on
    // that day the newest evidence is from March, and the answer is said to be maybe out of date.
    [['taobao', 'live-cart', '2022-06-01', '--as-known-on', '2022-10-15'], 1, ['plain-check.cjs'], /^linkcheck: warning: the newest evidence for taobao-alliance on kuaishou live-cart is from 2022-03-01, /],
    // From its variant of the check's cache too (src/cli/quick.ts CHECK_CACHE_VARIANTS).
    [['taobao', 'live-cart', '2022-06-01', '--json'], 1, ['plain-check.cjs']],
  ])('linkcheck %j holds every function it runs', (argv, code, loaded, warning?: RegExp) => {
    // Standard output and error sockets, as a Node parent's pipes are: the quick paths write them directly too.
    const run = spawnSync(process.execPath, ['-e', START, join(ROOT, 'bin', 'linkcheck.js'), ...argv], { cwd: folder, env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe', 'pipe'], encoding: 'utf8' });
    if (warning) expect(run.stderr).toMatch(warning);
    else expect(run.stderr).toBe('');
    const { code: exit, sizes } = JSON.parse(run.output[3]!) as { code: number; sizes: Record<string, [number, number, boolean]> };
    expect(exit).toBe(code);
    expect(Object.keys(sizes).sort()).toEqual(loaded.sort());
    for (const [name, [before, after, rejected]] of Object.entries(sizes)) {
      expect(rejected, name).toBe(false);
      // A cache written again differs by a few bytes; a function compiled at the start adds hundreds.
      expect(after - before, name).toBeLessThan(256);
    }
  });
});

describe('the text of a bundle a command starts from', () => {
  // At least 128 KiB (spaces after the end, scripts/build.mjs): V8 then holds the string outside the first
  // megabyte of young generation a start allocates in, and a start that fills it stops to collect it (#18).
  const starting = ['plain-check.cjs', 'quick-timeline.cjs', 'quick-rules.cjs', 'quick-matrix.cjs', 'quick-batch.cjs', 'cli.cjs'];
  // A bundle loaded on the way costs more to read padded than its text costs there.
  const onTheWay = ['classify-input.cjs', 'load-rules.cjs'];

  it('is at least 128 KiB, its code followed by nothing but spaces; one loaded on the way is as built', () => {
    for (const name of [...starting, ...onTheWay]) expect(existsSync(join(ROOT, 'dist', cacheFileFor(name))), name).toBe(true);
    for (const name of starting) {
      const text = readFileSync(join(ROOT, 'dist', name), 'latin1');
      expect(text.length, name).toBeGreaterThanOrEqual(128 * 1024);
      expect(text.trimEnd().endsWith('\n});'), name).toBe(true);
    }
    for (const name of onTheWay) expect(readFileSync(join(ROOT, 'dist', name), 'latin1').endsWith('\n});'), name).toBe(true);
  });

  it('is 128 KiB, no more, for the quick paths\' bundles but the short batch\'s', () => {
    // Past 128 KiB Node reads a file's text through a buffer it grows into memory of its own, and
    // reading it took about twice as long a byte (scripts/build.mjs). The short batch's is past it (#18).
    for (const name of ['plain-check.cjs', 'quick-timeline.cjs', 'quick-rules.cjs', 'quick-matrix.cjs']) expect(readFileSync(join(ROOT, 'dist', name), 'latin1').length, name).toBe(128 * 1024);
  });

  it('is read into no part of the young generation\'s first megabyte', () => {
    const probe = `const v8 = require('node:v8'); const fs = require('node:fs');
      const young = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_used_size;
      const grown = {};
      for (const file of process.argv.slice(1)) { const before = young(); const text = fs.readFileSync(file, 'utf8'); grown[file] = young() - before; if (!text) throw 0; }
      process.stdout.write(JSON.stringify(grown));`;
    const run = spawnSync(process.execPath, ['-e', probe, ...starting.map((name) => join(ROOT, 'dist', name))], { encoding: 'utf8' });
    for (const [file, grown] of Object.entries(JSON.parse(run.stdout) as Record<string, number>)) expect(grown, file).toBeLessThan(16 * 1024);
  });
});

describe('a bundle loaded apart', () => {
  // The check's Chinese words are read as JSON (scripts/build.mjs): the same words as zh-check.ts.
  it('dist/check-words-zh.json holds the check\'s Chinese words', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'dist', 'check-words-zh.json'), 'utf8'))).toEqual(zhCheck);
  });

  // So is the whole Chinese catalogue, for the commands and the full CLI: the same words as zh.ts.
  it('dist/catalogue-zh.json holds the Chinese catalogue', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'dist', 'catalogue-zh.json'), 'utf8'))).toEqual(zh);
    expect(existsSync(join(ROOT, 'dist', 'catalogue-zh.cjs'))).toBe(false);
  });

  // The short batch's bundle leaves the link reader to dist/classify-input.cjs, which holds a copy of
  // the errors module: a row whose source it refuses is a row in error, not a failure of the quick path.
  it('throws input errors the short batch takes for its own', async () => {
    const plan = join(tempFolder('linkcheck-apart-'), 'plan.csv');
    writeFileSync(plan, 'source,surface,date\ntaobao,live-cart,2022-06-01\nhttps://item.jd.com/100.html,live-cart,2022-06-01\nnosuch,live-cart,2022-06-01\nftp://item.taobao.com/1,live-cart,2022-06-01\n');
    const bundle = join(ROOT, 'dist', 'quick-batch.cjs');
    const { answerQuickBatch } = loadWithCodeCache(bundle, createRequire(bundle)).exports as { answerQuickBatch: (context: object, batch: object) => Promise<number> };
    const out: string[] = [];
    const context = { env: {}, stdout: (text: string) => out.push(text), stderr: () => {}, stdoutIsTTY: false, now: Date.UTC(2026, 0, 1) };
    expect(await answerQuickBatch(context, { file: plan, lang: 'en' })).toBe(2);
    expect(out.join('')).toMatch(/4 rows: 0 allowed, 2 denied, 0 rolling-out, 0 unknown, 2 errors/);
  });

  it('makes errors that are InputErrors, by their mark', () => {
    const apart = Object.assign(new Error('unknown-source'), { [Symbol.for('linkcheck.input-error')]: true });
    expect(apart instanceof InputError).toBe(true);
    expect(new InputError('bad') instanceof InputError).toBe(true);
    expect(new Error('bad') instanceof InputError).toBe(false);
    expect((null as unknown) instanceof InputError).toBe(false);
  });
});
