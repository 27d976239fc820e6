// The README's check examples (Usage, "Examples", and "Links as input"), run as shown: an output shown in full is the
// whole stdout, one cut with "…" its beginning; "# verdict (code)" is the verdict and exit code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { linkcheck } from '../helpers/exec.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const consoleBlock = (from: string, to: string) => /```console\n([\s\S]*?)```/u.exec(readme.slice(readme.indexOf(from), readme.indexOf(to)))?.[1] ?? '';
const block = consoleBlock('### Examples', '### The short answer and `--explain`') + consoleBlock('## Links as input', 'What the argument may be');
const examples = block
  .split(/^(?=\$ )/mu)
  .filter((part) => part.startsWith('$ '))
  .map((part) => {
    const [command = '', ...output] = part.trimEnd().split('\n');
    const [, args = '', comment = ''] = /^\$ (?:npx )?linkcheck (.*?)(?:\s+#\s*(.*))?$/u.exec(command) ?? [];
    return { command: args, comment, shown: output.join('\n') };
  });

const words = (command: string) => command.match(/"[^"]*"|\S+/gu)!.map((word) => word.replace(/^"|"$/gu, ''));

describe('README: Examples', () => {
  it('has the short answer and the one in full', () => {
    expect(examples.filter((example) => example.shown !== '')).toHaveLength(4);
    expect(examples.length).toBeGreaterThan(10);
  });

  it.each(examples.filter((example) => example.shown !== ''))('linkcheck $command prints what is shown', ({ command, shown }) => {
    const run = linkcheck(words(command));
    const [head = ''] = shown.split('…');
    if (shown.includes('…')) expect(run.stdout.startsWith(head)).toBe(true);
    else expect(run.stdout).toBe(`${shown}\n`);
  });

  it.each(examples.filter((example) => /^[a-z-]+ \(\d\)/u.test(example.comment)))('linkcheck $command: $comment', ({ command, comment }) => {
    const [, verdict, code] = /^([a-z-]+) \((\d)\)/u.exec(comment)!;
    const run = linkcheck(words(command));
    expect(run.code).toBe(Number(code));
    expect(run.stdout.split(' ')[0]).toBe(verdict);
    expect(run.stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(7);
  });
});
