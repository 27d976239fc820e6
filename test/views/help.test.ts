import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { displayWidth } from '../../src/render/width.js';
import { run } from './run.js';

const COMMANDS = ['matrix', 'timeline', 'diff', 'platforms', 'sources', 'surfaces', 'coverage', 'completion'];
/** Every other command: each --help shows examples in both languages. */
const OTHERS = [[], ['batch'], ['classify'], ['rules'], ['rules', 'lint'], ['rules', 'schema'], ['rules', 'list'], ['rules', 'show']];

describe('--help of the views, listings and completion', () => {
  it.each(COMMANDS)('%s --help has examples, in English', async (command) => {
    const result = await run([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: linkcheck /);
    expect(result.stdout).toContain('\nExamples:\n');
    expect(result.stdout).toContain(`  $ linkcheck ${command}`);
  });

  it.each(COMMANDS)('%s --help --lang zh is in Chinese', async (command) => {
    const result = await run([command, '--help', '--lang', 'zh']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^用法： linkcheck /);
    expect(result.stdout).toContain('\n示例：\n');
    expect(result.stdout).toContain('显示本帮助');
    // Every option is described in Chinese: no English description left.
    const options = result.stdout.split('选项：\n')[1]!.split('\n\n')[0]!;
    expect(options).not.toMatch(/ {2}[a-z]+ [a-z]+ [a-z]+/);
    // commander's note of a default in Chinese too, and lines wrapped by the columns Han characters take.
    expect(options).not.toContain('(default:');
    expect(options).toContain('(默认：[])');
    // (A description with no space in it cannot be broken: it may run past.)
    const wide = options.split('\n').filter((line) => displayWidth(line) > 80 && line.trim().split(/ {2,}/u).at(-1)!.includes(' '));
    expect(wide).toEqual([]);
  });

  it.each(OTHERS)('%s --help has examples in English and in Chinese', async (...command) => {
    const english = await run([...command, '--help']);
    expect(english.stdout).toContain('\nExamples:\n');
    expect(english.stdout).toContain(`  $ linkcheck ${command.join(' ')}`.trimEnd());
    const chinese = await run([...command, '--help', '--lang', 'zh']);
    expect(chinese.stdout).toContain('\n示例：\n');
  });

  it('follows a Chinese locale', async () => {
    expect((await run(['diff', '--help'], { LC_MESSAGES: 'zh_TW.UTF-8' })).stdout).toMatch(/^用法： /);
  });

  it('lists the new commands in the main help', async () => {
    const { stdout } = await run(['--help']);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });
});

describe('start-up', () => {
  it('a plain check does not load the views: their modules are chunks imported on demand', () => {
    // dist/cli.js and every chunk it imports statically, recursively.
    const loaded = new Map<string, string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      const text = readFileSync(file, 'utf8');
      loaded.set(file, text);
      for (const [, path] of text.matchAll(/^import [^;]*?from\s*"(\.[^"]+)";/gm)) visit(join(file, '..', path!));
    };
    visit(join(ROOT, 'dist', 'cli.js'));
    expect(loaded.size).toBeGreaterThan(1);
    const code = [...loaded.values()].join('\n');
    expect(code).toContain('function addViewCommands');
    for (const name of ['function matrixOf', 'function trackOf', 'function diffOf', 'function renderTimelineSvg', 'function completionScript', 'function renderMatrixText']) {
      expect(code).not.toContain(name);
    }
  });
});
