// The example lines of README and docs/ that state their answer:
// `$ linkcheck <args>   # <verdict> (<exit code>)`.
import { docPage, DOC_PAGES } from './docs.js';

export type VerdictExample = readonly [line: string, args: string[], verdict: string, code: number];

/** Such lines in a text, each with its arguments split as a shell would (double quotes kept together). */
export function verdictExamples(text: string): VerdictExample[] {
  return text.split('\n').flatMap((line) => {
    const match = /^\$ (?:npx )?linkcheck (.+?)\s+# (allowed|denied|unknown|rolling-out) \((\d)\)/.exec(line);
    return match ? [[match[1]!, shellWords(match[1]!), match[2]!, Number(match[3])] as const] : [];
  });
}

/** Such lines between two headings of a page (README.md unless named). */
export function readmeVerdictExamples(fromHeading: string, toHeading: string, page = 'README.md'): VerdictExample[] {
  const text = docPage(page);
  return verdictExamples(text.slice(text.indexOf(fromHeading), text.indexOf(toHeading)));
}

/** Such lines in every page. */
export function allVerdictExamples(): (readonly [page: string, ...VerdictExample])[] {
  return DOC_PAGES.flatMap((page) => verdictExamples(docPage(page)).map((example) => [page, ...example] as const));
}

/** Arguments as a shell splits them, for the simple quoting the examples use. */
export function shellWords(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|(\S+)/g)].map((part) => part[1] ?? part[2]!);
}
