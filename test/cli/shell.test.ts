// At home in the shell: "linkcheck version", "help help", and help and listings that fit the terminal.
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { displayWidth } from '../../src/render/width.js';
import { cli, linkcheck } from '../helpers/exec.js';

describe('words people type', () => {
  it('linkcheck version prints what --version prints', async () => {
    expect(await cli(['version'])).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`^${packageJson.version.replaceAll('.', '\\.')} \\(record: `)), stderr: '' });
    expect(linkcheck(['version']).stdout).toBe(linkcheck(['--version']).stdout);
  });

  it.each([
    [['help', 'help'], 'Usage: linkcheck help [command]\n\nshow help for a command\n'],
    [['rules', 'help', 'help'], 'Usage: linkcheck rules help [command]\n\nshow help for a command\n'],
    [['--lang', 'zh', 'help', 'help'], '用法： linkcheck help [command]\n\n显示某个命令的帮助\n'],
  ])('%j explains the help command', async (args, shown) => {
    expect(await cli(args)).toEqual({ code: 0, stdout: shown, stderr: '' });
  });
});

/** The widest line, in terminal columns. */
const widest = (text: string) => Math.max(...text.split('\n').map((line) => displayWidth(line)));

describe('fitting the terminal (COLUMNS, or the terminal when stdout is one)', () => {
  it.each([
    [[] as string[], 80],
    [['batch'], 64],
    [['timeline'], 72],
    [['sources'], 60],
  ])('%j --help wraps its arguments, options and commands to %i columns', async (args, columns) => {
    const help = (await cli([...args, '--help'], { COLUMNS: String(columns) })).stdout;
    expect(widest(help)).toBeGreaterThan(columns);
    // The examples after the options are written as they are; everything above them wraps,
    // but for a word longer than the room beside the options (source=商品链接,…), which stands alone.
    const listed = help
      .split('\n\n')
      .filter((section, index) => index < 2 || /^(Arguments|Options|Commands):\n/.test(section))
      .join('\n')
      .split('\n');
    expect(listed.length).toBeGreaterThan(8);
    for (const line of listed) if (/\S \S/.test(line.trim())) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
  });

  it('sources and surfaces wrap their cells to fit, and keep every name', async () => {
    const wide = (await cli(['sources'])).stdout;
    const narrow = (await cli(['sources'], { COLUMNS: '100' })).stdout;
    expect(widest(wide)).toBeGreaterThan(200);
    expect(widest(narrow)).toBeLessThanOrEqual(100);
    const names = (text: string) => text.split(/[\s,]+/).filter((word) => word !== '').sort();
    expect(names(narrow)).toEqual(names(wide));
    expect(widest((await cli(['surfaces'], { COLUMNS: '80' })).stdout)).toBeLessThanOrEqual(80);
  });
});
