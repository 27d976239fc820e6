// The handler is web-standard: nothing in src/serve/ imports from Node, and
// bundled for a browser-like platform (as Deno, Bun and Cloudflare Workers load
// it) it needs no Node built-in and uses no Node global.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserBundle, NODE_BUILTIN } from '../helpers/browser-bundle.js';
import { ROOT } from '../helpers/catalog.js';

const folder = join(ROOT, 'src/serve');

describe('the handler runs on any web-standard runtime', () => {
  it.each(readdirSync(folder).filter((name) => name.endsWith('.ts')))('src/serve/%s imports nothing from Node', (name) => {
    const text = readFileSync(join(folder, name), 'utf8');
    const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/gu)].map((match) => match[1]!);
    expect(specifiers.filter((specifier) => NODE_BUILTIN.test(specifier))).toEqual([]);
    expect(text).not.toMatch(/\b(process|Buffer|__dirname)\s*[.(]/u);
  });

  it('bundles for the browser platform without a Node built-in or global', async () => {
    const { builtins, code } = await browserBundle(join(folder, 'app.ts'));
    expect(code).toContain('createService');
    expect(code).toContain('answerPlan');
    expect(builtins).toEqual([]);
    // A use of Node's globals (zod's JSON Schema generator has a method named process, which is none).
    expect(code.match(/(?<![.\w])(process\.|Buffer\.|require\(|__dirname|__filename)/gu) ?? []).toEqual([]);
  });
});
