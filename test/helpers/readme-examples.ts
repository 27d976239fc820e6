// README's example lines that state their answer: `$ linkcheck <args>   # <verdict> (<exit code>)`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './catalog.js';

export type VerdictExample = readonly [line: string, args: string[], verdict: string, code: number];

/** The examples between two headings of README, each with its arguments split as a shell would (double quotes kept together). */
export function readmeVerdictExamples(fromHeading: string, toHeading: string): VerdictExample[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(fromHeading), readme.indexOf(toHeading));
  return section.split('\n').flatMap((line) => {
    const match = /^\$ (?:npx )?linkcheck (.+?)\s+# (allowed|denied|unknown|rolling-out) \((\d)\)/.exec(line);
    return match ? [[match[1]!, shellWords(match[1]!), match[2]!, Number(match[3])] as const] : [];
  });
}

/** Arguments as a shell splits them, for the simple quoting the examples use. */
export function shellWords(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|(\S+)/g)].map((part) => part[1] ?? part[2]!);
}
