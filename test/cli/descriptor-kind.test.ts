// What standard output and error are decides how the CLI writes them (src/cli/output.ts): a file,
// a pipe, a socket, /dev/null or a terminal directly, a terminal with colour. On Linux the
// kind is read from /proc for a pipe, a socket, /dev/null or a pseudo-terminal, and from fstat for
// the rest: both must say what the descriptor is.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { tempFolder } from '../helpers/temp.js';

const PROBE = join(ROOT, 'test', 'cli', 'descriptor-probe.mjs');

/** The kinds of standard output and error, with the shell's redirections of them. */
function kinds(redirect: string, options: { stdio?: 'pipe' | 'ignore'; viaScript?: boolean } = {}): unknown {
  const folder = tempFolder('linkcheck-descriptor-');
  const result = join(folder, 'kinds.json');
  const command = `"$0" "$1" "$2" ${redirect}`;
  const args = ['-c', command, process.execPath, PROBE, result];
  const run = options.viaScript
    ? spawnSync('script', ['-qec', `'${process.execPath}' '${PROBE}' '${result}'`, '/dev/null'], { cwd: folder, stdio: 'ignore' })
    : spawnSync('sh', args, { cwd: folder, stdio: options.stdio ?? 'ignore' });
  expect(run.error).toBeUndefined();
  return JSON.parse(readFileSync(result, 'utf8'));
}

describe('descriptorKind', () => {
  it.each([
    ['/dev/null', '>/dev/null 2>/dev/null', ['plain', 'plain']],
    ['a pipe', '2>&1 | cat >/dev/null', ['plain', 'plain']],
    ['a file', '>out.txt 2>err.txt', ['plain', 'plain']],
    ['a memory device other than /dev/null', '>/dev/zero 2>/dev/full', ['plain', 'plain']],
    // Node opens /dev/null in place of a standard descriptor it starts without.
    ['closed', '>&- 2>&-', ['plain', 'plain']],
  ])('%s', (_name, redirect, expected) => {
    expect(kinds(redirect)).toEqual(expected);
  });

  it('a socket, as a Node parent gives', () => {
    expect(kinds('', { stdio: 'pipe' })).toEqual(['plain', 'plain']);
  });

  // A terminal made by script(1), from util-linux: a pseudo-terminal, known as a terminal by its
  // name in /proc on Linux (elsewhere a device, asked through the stream).
  it.skipIf(!existsSync('/usr/bin/script') && !existsSync('/bin/script'))('a terminal', () => {
    expect(kinds('', { viaScript: true })).toEqual(process.platform === 'linux' ? ['terminal', 'terminal'] : ['device', 'device']);
  });
});
