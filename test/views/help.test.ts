import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const COMMANDS = ['matrix', 'timeline', 'diff', 'platforms', 'sources', 'surfaces', 'completion'];

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
  });

  it('follows a Chinese locale', async () => {
    expect((await run(['diff', '--help'], { LC_MESSAGES: 'zh_TW.UTF-8' })).stdout).toMatch(/^用法： /);
  });

  it('lists the new commands in the main help', async () => {
    const { stdout } = await run(['--help']);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });
});
