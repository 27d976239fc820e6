// Every command shown in README and docs/ can be pasted into bash or zsh as it is: it parses
// (bash -n), and outside quotes it holds no character a shell would act on ( ( ) & ; | < > ? * [ ]
// $ ` ! { } ) unless the line is meant as shell (a redirection, a process substitution, $?);
// inside double quotes, no $, ` or ! (history expansion in an interactive bash).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { docPage, fences } from '../helpers/docs.js';

/** The command lines of the console and sh blocks, without their comments. */
const commands = fences().flatMap((fence) => {
  if (fence.lang === 'console') return fence.body.split('\n').filter((line) => line.startsWith('$ ')).map((line) => [fence.page, line.slice(2)] as const);
  if (fence.lang === 'sh' || fence.lang === 'bash') return fence.body.split('\n').filter((line) => line.trim() !== '').map((line) => [fence.page, line] as const);
  return [];
}).concat(
  // The examples of the error catalogue, in its table; "<70000 x>" there stands for that many x.
  [...docPage('docs/errors.md').matchAll(/\| `(linkcheck [^`]*)` \|/gu)].map((match) => ['docs/errors.md', match[1]!] as const).filter(([, line]) => !/<\d+ \w>/u.test(line)),
);

/** Lines that use the shell on purpose, as the reader types them. */
const MEANT = /^(echo \$\?|source <\(linkcheck completion \w+\)|linkcheck completion \w+ > .*|npm ci && npx linkcheck .*|linkcheck .* > \/dev\/full|printf '[^']*' \| curl .*)(\s+#.*)?$/u;

/** The characters a shell would act on, outside quotes and inside double quotes, with the comment cut off. */
function unsafe(line: string): string[] {
  const found: string[] = [];
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quote === '') {
      if (char === '#' && (i === 0 || /\s/u.test(line[i - 1]!))) break;
      if (char === '"' || char === "'") quote = char;
      else if ('()&;|<>?*[]$`!{}'.includes(char)) found.push(char);
    } else if (char === quote) quote = '';
    else if (quote === '"' && '$`!'.includes(char)) found.push(char);
  }
  return found;
}

describe('README and docs/: commands safe to paste into a shell', () => {
  it('has commands', () => {
    expect(commands.length).toBeGreaterThan(50);
  });

  it('every command parses in bash', () => {
    const script = commands.map(([, line]) => line).join('\n');
    const run = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.each(commands.filter(([, line]) => !MEANT.test(line)))('%s: %s', (_, line) => {
    expect(unsafe(line)).toEqual([]);
  });

  it('finds what a shell would act on', () => {
    expect(unsafe('linkcheck javascript:alert(1) live-cart')).toEqual(['(', ')']);
    expect(unsafe('linkcheck https://detail.tmall.com/item.htm?id=1 live-cart')).toEqual(['?']);
    expect(unsafe('linkcheck "a!b" live-cart  # (not this)')).toEqual(['!']);
    expect(unsafe('linkcheck "javascript:alert(1)" live-cart')).toEqual([]);
  });
});
