// README's "Examples" under Usage: every line with "# verdict (exit code)" runs as written.
import { describe, expect, it } from 'vitest';
import { linkcheck } from '../helpers/exec.js';
import { readmeVerdictExamples, shellWords } from '../helpers/readme-examples.js';

describe('README: the examples of Usage', () => {
  const examples = readmeVerdictExamples('### Examples', '### Output');

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
      return [[match[1]!, shellWords(match[1]!), match[2]!] as const];
    });

  it('has the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });

  it.each(examples)('%s', (_, args, verdict) => {
    expect(JSON.parse(linkcheck([...args, '--json']).stdout).verdict).toBe(verdict);
  });
});
