// On a terminal (a pseudo-terminal made by script(1), from util-linux) the quick paths answer as
// the full CLI does there, colours included, byte for byte and with its exit code, and each loads
// only its own bundle: the full CLI's (dist/cli.cjs) took a one-row batch on a terminal 1.9 times
// as long as `node -e 0`, and `matrix` 1.6 times (#18).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { loadedBundles, shellQuoted } from '../helpers/loaded.js';
import { withinOneMinute } from '../helpers/one-minute.js';
import { tempFolder } from '../helpers/temp.js';

const BIN = join(ROOT, 'bin', 'linkcheck.js');
const hasScript = existsSync('/usr/bin/script') || existsSync('/bin/script');

/** What a command run on a terminal writes there (both standard output and error), and its exit code. */
function onTerminal(folder: string, args: readonly string[], env: Record<string, string> = {}): { status: number | null; shown: string } {
  const run = spawnSync('script', ['-qec', shellQuoted([process.execPath, ...args]), '/dev/null'], { cwd: folder, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
  expect(run.error).toBeUndefined();
  return { status: run.status, shown: run.stdout };
}

// The full CLI, as the bin runs it when no quick path answers.
const FULL = "require(process.argv[1]).load('cli').runCli(process.argv.slice(2))";

describe.skipIf(!hasScript || process.platform !== 'linux')('the quick paths on a terminal', () => {
  // No configuration file is looked for above the folder (it holds .git).
  const folder = tempFolder('linkcheck-terminal-');
  mkdirSync(join(folder, '.git'));
  writeFileSync(join(folder, 'plan.csv'), 'source,surface,date\ntaobao,live-cart,2022-06-01\njd,short-video-cart,2022-06-01\nhttps://item.taobao.com.evil.cn/x,live-cart,2022-06-01\n');

  // Each start, the bundles it loads (its own, and the link reader for a plan with a link), and whether the full CLI colours its answer.
  it.each<[string[], Record<string, string>, string[], boolean]>([
    [['taobao', 'live-cart', '2022-06-01'], {}, ['plain-check.cjs'], true],
    [['matrix'], {}, ['quick-matrix.cjs'], true],
    [['matrix'], { NO_COLOR: '1' }, ['quick-matrix.cjs'], false],
    [['timeline'], {}, ['quick-timeline.cjs'], true],
    [['rules', 'list'], {}, ['quick-rules.cjs'], false],
    [['batch', 'plan.csv'], {}, ['quick-batch.cjs', 'classify-input.cjs'], true],
    [['batch', 'plan.csv'], { LANG: 'zh_CN.UTF-8' }, ['quick-batch.cjs', 'classify-input.cjs'], true],
  ])('linkcheck %j with %j: the full CLI\'s bytes, from %j', async (argv, env, bundles, coloured) => {
    const { quick, full } = await withinOneMinute(() => ({ quick: onTerminal(folder, [BIN, ...argv], env), full: onTerminal(folder, ['-e', FULL, BIN, ...argv], env) }));
    expect(quick).toEqual(full);
    expect(quick.shown.includes('\u001b[')).toBe(coloured);
    expect(loadedBundles(folder, argv, env, { terminal: true })).toEqual(bundles);
  });

  // Help wraps to a terminal's width: the full CLI prints it there, and a configuration file is not read for it first.
  it('linkcheck --help in a folder with a configuration file: the full CLI\'s, the check\'s bundle not read', () => {
    const configured = tempFolder('linkcheck-terminal-config-');
    mkdirSync(join(configured, '.git'));
    writeFileSync(join(configured, 'linkcheck.config.json'), '{"lang": "zh"}');
    const quick = onTerminal(configured, [BIN, '--help'], {});
    expect(quick).toEqual(onTerminal(configured, ['-e', FULL, BIN, '--help'], {}));
    expect(quick.shown).toMatch(/^用法： linkcheck /);
    expect(loadedBundles(configured, ['--help'], {}, { terminal: true }).slice(0, 2)).toEqual(['quick.cjs', 'cli.cjs']);
  });
});
