// The README's examples of the views, run as written: the output shown is the output printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { run } from './run.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const views = readme.slice(readme.indexOf('## Views'), readme.indexOf('## Exit codes'));

/** Each "$ linkcheck …" line of a console block with the lines after it, up to the next prompt or the block's end. */
const examples = [...views.matchAll(/```console\n([\s\S]*?)```/g)].flatMap(([, block]) =>
  block!
    .split(/^(?=\$ )/m)
    .filter((part) => part.startsWith('$ linkcheck '))
    .map((part) => {
      const [command = '', ...output] = part.split('\n');
      return [command.slice(2), output.join('\n')] as const;
    }),
);

describe('README: views', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples)('%s', async (command, shown) => {
    const result = await run(command.split(' ').slice(1));
    // "…" in the README stands for lines left out.
    const [head = '', tail = ''] = shown.split('…\n');
    expect(result.stdout.startsWith(head)).toBe(true);
    expect(result.stdout.endsWith(tail)).toBe(true);
  });
});
