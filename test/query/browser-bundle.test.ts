// The core (model, time, link, engine and the road in, src/query/) runs in a
// browser or a web-standard server: bundled for the browser platform it pulls in
// no Node built-in, and nothing in it reaches for Node's globals.
import { build, type Plugin } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';

/** Every import the bundle resolves, and each Node built-in asked for (esbuild would leave node:* external or fail). */
function watcher(found: { builtins: string[] }): Plugin {
  return {
    name: 'node-builtins',
    setup(plugin) {
      plugin.onResolve({ filter: /^(node:|(fs|path|os|url|process|buffer|stream|zlib|crypto|util|events|child_process)(\/.*)?$)/ }, (args) => {
        found.builtins.push(`${args.path} (from ${args.importer.slice(ROOT.length + 1)})`);
        return { path: args.path, external: true };
      });
    },
  };
}

async function bundle(entry: string) {
  const found = { builtins: [] as string[] };
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
    plugins: [watcher(found)],
  });
  return { builtins: found.builtins, code: result.outputFiles[0]!.text };
}

describe('the core bundles for the browser', () => {
  it('src/query/index.ts pulls in no Node built-in and uses no process or Buffer global', async () => {
    const { builtins, code } = await bundle('src/query/index.ts');
    expect(builtins).toEqual([]);
    expect(code.match(/\b(process|Buffer|require|__dirname|__filename)\b(?=\s*[.([])/g) ?? []).toEqual([]);
    // The road is in the bundle: a test that bundles nothing cannot fail.
    expect(code).toContain('resolveQuery');
    expect(code).toContain('readKnownOn');
  });

  it('would fail on a Node import: a file of the edge is refused', async () => {
    const { builtins } = await bundle('src/load/load-catalog.ts');
    expect(builtins.length).toBeGreaterThan(0);
    expect(builtins.some((line) => line.startsWith('node:fs'))).toBe(true);
  });
});
