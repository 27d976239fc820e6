// Every command in the console examples of README and docs/ runs as written: the output shown is
// what it prints ("…" at the end of a line stands for what is left out), "# verdict (code)" is
// its verdict (in English or Chinese) and exit code, and a verdict shown is the exit code's.
// Plain checks run in process (runMain); a batch runs the binary in a folder holding the files
// the example shows with "cat".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { fences } from '../helpers/docs.js';
import { shellWords } from '../helpers/readme-examples.js';
import { linkcheck } from '../helpers/exec.js';
import { runMain } from './run-main.js';

const EXIT: Record<string, number> = { allowed: 0, denied: 1, 'rolling-out': 3, unknown: 3, 允许: 0, 禁止: 1, 逐步生效中: 3, 未知: 3 };
const ENGLISH: Record<string, string> = { 允许: 'allowed', 禁止: 'denied', 逐步生效中: 'rolling-out', 未知: 'unknown' };

interface Step {
  command: string;
  comment: string;
  shown: string;
}

/** A console block's "$ …" lines, each with its comment and the lines printed after it. */
function steps(body: string): Step[] {
  return body
    .split(/^(?=\$ )/mu)
    .filter((part) => part.startsWith('$ '))
    .map((part) => {
      const [line = '', ...output] = part.trimEnd().split('\n');
      const [, command = '', comment = ''] = /^\$ (.*?)(?:\s+#\s+(.*))?$/u.exec(line)!;
      return { command, comment, shown: output.join('\n') };
    });
}

const blocks = fences()
  .filter((fence) => fence.lang === 'console')
  .map((fence, index) => [`${fence.page} #${index}: ${steps(fence.body)[0]?.command ?? ''}`, fence.page, steps(fence.body)] as const);

/** The shown output as a pattern: exact, but for "…" ending a line, which matches anything. */
function matches(printed: string, shown: string): boolean {
  if (!/…$/mu.test(shown)) return printed === `${shown}\n`;
  const parts = shown.split(/…$/mu).map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*')}`, 'u').test(printed);
}

const work = mkdtempSync(join(tmpdir(), 'linkcheck-doc-examples-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(words: string[], env: Record<string, string>, files: Map<string, string>) {
  if (words[0] !== 'batch') return runMain(words, { env });
  // A batch reads the plan the example showed, in a folder of its own.
  const folder = mkdtempSync(join(work, 'plan-'));
  for (const [name, text] of files) writeFileSync(join(folder, name), text);
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'linkcheck.js'), ...words], { cwd: folder, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('README and docs/: every console example', () => {
  it('has them', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(15);
    expect(blocks.flatMap(([, , list]) => list).filter((step) => / # (allowed|denied|unknown|rolling-out|允许|禁止|逐步生效中|未知) \(\d\)/u.test(` # ${step.comment}`)).length).toBeGreaterThanOrEqual(25);
  });

  it.each(blocks)('%s', async (_, page, list) => {
    const files = new Map<string, string>();
    let last = -1;
    for (const { command, comment, shown } of list) {
      const where = `${page}: $ ${command}`;
      const words = shellWords(command);
      if (words[0] === 'cat') {
        files.set(words[1]!, `${shown}\n`);
        continue;
      }
      if (command === 'echo $?') {
        expect(String(last), where).toBe(shown);
        continue;
      }
      const env: Record<string, string> = {};
      while (/^[A-Z_]+=/u.test(words[0]!)) {
        const [name, value] = words.shift()!.split('=') as [string, string];
        env[name] = value;
      }
      expect(words.shift(), where).toBe('linkcheck');
      const result = await run(words, env, files);
      last = result.code;
      const printed = result.stdout === '' ? result.stderr : result.stdout;
      if (shown !== '') expect(matches(printed, shown), `${where}\nprinted:\n${printed}`).toBe(true);
      const stated = /^([a-z-]+|允许|禁止|逐步生效中|未知) \((\d)\)/u.exec(comment);
      const word = result.stdout.split(' ')[0]!;
      if (stated) expect([ENGLISH[word] ?? word, result.code], where).toEqual([ENGLISH[stated[1]!] ?? stated[1], Number(stated[2])]);
      const first = printed.split(' ')[0]!;
      if (first in EXIT) expect(result.code, where).toBe(EXIT[first]);
      if (words.includes('--json') && !stated && shown === '') {
        const answer = JSON.parse(result.stdout) as { verdict: string };
        expect(result.code, where).toBe(EXIT[answer.verdict]);
      }
      expect(result.code, `${where}: exit code`).not.toBe(70);
    }
  });
});

describe('--help: the examples that name a verdict', () => {
  const examples = linkcheck(['--help'])
    .stdout.split('\n')
    .flatMap((line) => {
      const match = /^ {2}\$ linkcheck (.+?)\s{2,}(allowed|denied|unknown|rolling-out): /.exec(line);
      if (!match) return [];
      return [[match[1]!, shellWords(match[1]!), match[2]!] as const];
    });

  it('has the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });

  it.each(examples)('%s', async (_, args, verdict) => {
    expect(JSON.parse((await runMain([...args, '--json'])).stdout).verdict).toBe(verdict);
  });
});
