// A source file bundled by esbuild for the browser platform, as a page or a web-standard
// runtime (Deno, Bun, Cloudflare Workers) loads it, with every Node built-in it asks for
// noted (and left external) so that a test can require there be none.
import { build, type Plugin } from 'esbuild';
import { isAbsolute, join } from 'node:path';
import { ROOT } from './catalog.js';

/** A Node built-in, by either name (node:fs, fs, fs/promises). */
export const NODE_BUILTIN = /^(node:|(fs|path|os|url|process|buffer|stream|zlib|crypto|util|events|child_process|worker_threads|http|https|net)(\/.*)?$)/;

function watcher(found: string[]): Plugin {
  return {
    name: 'node-builtins',
    setup(plugin) {
      plugin.onResolve({ filter: NODE_BUILTIN }, (args) => {
        found.push(`${args.path} (from ${args.importer.slice(ROOT.length + 1)})`);
        return { path: args.path, external: true };
      });
    },
  };
}

/** The bundle's code, and the Node built-ins it asked for. `entry` is a path from the project's root, or absolute. */
export async function browserBundle(entry: string, options: { format?: 'esm' | 'iife'; globalName?: string } = {}): Promise<{ builtins: string[]; code: string }> {
  const builtins: string[] = [];
  const result = await build({
    entryPoints: [isAbsolute(entry) ? entry : join(ROOT, entry)],
    bundle: true,
    write: false,
    platform: 'browser',
    format: options.format ?? 'esm',
    ...(options.globalName !== undefined ? { globalName: options.globalName } : {}),
    logLevel: 'silent',
    plugins: [watcher(builtins)],
  });
  return { builtins, code: result.outputFiles[0]!.text };
}
