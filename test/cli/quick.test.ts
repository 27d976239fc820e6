// The bin's fast path for a plain check must behave exactly as the full CLI.
import { cpSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlainCheck, SUBCOMMANDS } from '../../src/cli/quick.js';
import { ROOT } from '../helpers/catalog.js';
import { cli, linkcheck } from '../helpers/exec.js';

describe('the fast path', () => {
  it.each([
    [['taobao', 'live-cart', '2022-06-01'], {}, true],
    [['taobao', 'live-cart'], {}, true],
    [['taobao'], {}, false],
    [['taobao', 'live-cart', '2022-06-01', 'x'], {}, false],
    [['taobao', 'live-cart', '2022-06-01', '--json'], {}, false],
    [['-p', 'douyin', 'taobao', 'live-cart'], {}, false],
    [['classify', 'a', 'b'], {}, false],
    [['rules', 'list'], {}, false],
    [['batch', 'plan.csv'], {}, false],
    [['help', 'rules'], {}, false],
    [['taobao', '', '2022-06-01'], {}, false],
    [['taobao', 'live-cart', '2022-06-01'], { LINKCHECK_PLATFORM: 'douyin' }, false],
    [['taobao', 'live-cart', '2022-06-01'], { LINKCHECK_RULES: '' }, false],
    [['taobao', 'live-cart', '2022-06-01'], { LANG: 'zh_CN.UTF-8' }, false],
    [['taobao', 'live-cart', '2022-06-01'], { LC_ALL: 'zh_TW' }, false],
    [['taobao', 'live-cart', '2022-06-01'], { LANG: 'en_US.UTF-8' }, true],
    [['taobao', 'live-cart', '2022-06-01'], { LC_ALL: 'C', LANG: 'zh_CN' }, true],
  ])('%j with %j: %s', (argv, env, plain) => {
    expect(isPlainCheck(argv, env)).toBe(plain);
  });

  it('knows every subcommand the full CLI has', () => {
    const help = linkcheck(['--help']).stdout;
    const section = help.slice(help.indexOf('Commands:')).split('\n\n')[0]!;
    const commands = section.split('\n').slice(1).map((line) => /^ {2}(\S+)/.exec(line)?.[1]).filter((name): name is string => name !== undefined);
    expect(commands.length).toBeGreaterThan(1);
    for (const command of commands) expect(SUBCOMMANDS).toContain(command);
  });

  // The bin's quick path against the full CLI's main() in this process.
  it.each([
    ['taobao', 'live-cart', '2022-06-01'],
    ['jd', 'short-video-cart', '2022-06-01'],
    ['taobao', 'live-cart', '2022-10-29'],
    ['youzan', 'live-cart', '2021-11-05'],
    ['https://evil.example/x', 'live-cart', '2022-06-01'],
    ['taobao', 'live-cart', '2099-01-01'],
    ['taobao', 'live-kart', '2022-06-01'],
    ['javascript:alert(1)', 'live-cart', '2022-06-01'],
    ['taobao', 'live-cart', '2022-02-30'],
  ])('%s %s %s: the same as the full CLI', async (...argv) => {
    const fast = linkcheck(argv);
    expect(isPlainCheck(argv, { NO_COLOR: '1' })).toBe(true);
    expect(fast).toEqual(await cli(argv));
  });
});

describe('the bin without its build', () => {
  it('exits 70 with one line, never 1', () => {
    const copy = mkdtempSync(join(tmpdir(), 'linkcheck-nobuild-'));
    cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    const run = spawnSync(process.execPath, [join(copy, 'bin', 'linkcheck.js'), 'taobao', 'live-cart', '2022-06-01'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(run.status).toBe(70);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('linkcheck: the build is missing (dist/quick.cjs); run npm run build in the linkcheck folder, or reinstall it (npm ci)\n');
  });
});
