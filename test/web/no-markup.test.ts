// The page never parses markup from a value (#19): no innerHTML, outerHTML, insertAdjacentHTML
// or document.write anywhere in src/web/; every value goes in as text or an attribute (src/web/dom.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';

const MARKUP = /\b(?:innerHTML|outerHTML|insertAdjacentHTML|document\.write(?:ln)?|createContextualFragment|DOMParser|srcdoc)\b/g;

function offences(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(?:ts|js|mjs|html)$/.test(name))
    .flatMap((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      return [...text.matchAll(MARKUP)].map((match) => `${relative(ROOT, join(folder, name))}: ${match[0]}`);
    });
}

describe('src/web/ parses no markup', () => {
  it('has no markup-parsing call', () => {
    expect(offences(join(ROOT, 'src', 'web'))).toEqual([]);
  });

  it('would find one', () => {
    expect("el.innerHTML = x; document.write(y); a.insertAdjacentHTML('beforeend', z)".match(MARKUP)).toEqual(['innerHTML', 'document.write', 'insertAdjacentHTML']);
  });
});
