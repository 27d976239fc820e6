// The core (model, time, link, engine and the road in, src/query/) runs in a
// browser or a web-standard server: bundled for the browser platform it pulls in
// no Node built-in, and nothing in it reaches for Node's globals.
import { describe, expect, it } from 'vitest';
import { browserBundle } from '../helpers/browser-bundle.js';

describe('the core bundles for the browser', () => {
  it('src/query/index.ts pulls in no Node built-in and uses no process or Buffer global', async () => {
    const { builtins, code } = await browserBundle('src/query/index.ts');
    expect(builtins).toEqual([]);
    expect(code.match(/\b(process|Buffer|require|__dirname|__filename)\b(?=\s*[.([])/g) ?? []).toEqual([]);
    // The road is in the bundle: a test that bundles nothing cannot fail.
    expect(code).toContain('resolveQuery');
    expect(code).toContain('readKnownOn');
  });

  it('would fail on a Node import: a file of the edge is refused', async () => {
    const { builtins } = await browserBundle('src/load/load-catalog.ts');
    expect(builtins.length).toBeGreaterThan(0);
    expect(builtins.some((line) => line.startsWith('node:fs'))).toBe(true);
  });
});
