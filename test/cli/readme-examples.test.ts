// README's "Examples" under Usage: every line with "# verdict (exit code)" runs as written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { linkcheck } from '../helpers/exec.js';

describe('README: the examples of Usage', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Examples'), readme.indexOf('### Output'));
  const examples = section.split('\n').flatMap((line) => {
    const match = /^\$ (?:npx )?linkcheck (.+?)\s+# (allowed|denied|unknown|rolling-out) \((\d)\)/.exec(line);
    if (!match) return [];
    const args = [...match[1]!.matchAll(/"([^"]*)"|(\S+)/g)].map((part) => part[1] ?? part[2]!);
    return [[match[1]!, args, match[2]!, Number(match[3])] as const];
  });

  it('has the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(14);
  });

  it.each(examples)('%s', (_, args, verdict, code) => {
    const run = linkcheck([...args, '--json']);
    expect([JSON.parse(run.stdout).verdict, run.code]).toEqual([verdict, code]);
  });
});

describe('--help: the examples that name a verdict', () => {
  const examples = linkcheck(['--help'])
    .stdout.split('\n')
    .flatMap((line) => {
      const match = /^ {2}\$ linkcheck (.+?)\s{2,}(allowed|denied|unknown|rolling-out): /.exec(line);
      if (!match) return [];
      const args = [...match[1]!.matchAll(/"([^"]*)"|(\S+)/g)].map((part) => part[1] ?? part[2]!);
      return [[match[1]!, args, match[2]!] as const];
    });

  it('has the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });

  it.each(examples)('%s', (_, args, verdict) => {
    expect(JSON.parse(linkcheck([...args, '--json']).stdout).verdict).toBe(verdict);
  });
});
