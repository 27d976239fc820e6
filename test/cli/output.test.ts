// Issue 7, "Exit codes that lie": a failed write is an answer of its own. These
// spawn the real binary, as a shell would run it.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardedOutput } from '../../src/cli/output.js';
import { ROOT } from '../helpers/catalog.js';
import { cli } from '../helpers/exec.js';
import { tempFolder } from '../helpers/temp.js';

const BIN = join(ROOT, 'bin', 'linkcheck.js');
const ENV = { PATH: process.env.PATH ?? '', NO_COLOR: '1' };

describe('writing the answer', () => {
  it.each([
    [['taobao', 'live-cart', '2022-06-01']],
    [['rules', 'list', '--json']],
    [['--help']],
  ])('%j > /dev/full exits 74 with one line and no stack', (args) => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: ENV, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      expect(run.status).toBe(74);
      expect(run.stderr).toBe('linkcheck: cannot write to standard output: ENOSPC: no space left on device, write\n');
    } finally {
      closeSync(full);
    }
  });

  // The pipe's reading end is closed before linkcheck starts, so every write meets EPIPE, as "| head" does once it has read enough.
  const closedPipe = (args: string[]) =>
    spawnSync('python3', ['-c', 'import os, sys; r, w = os.pipe(); os.close(r); os.dup2(w, 1); os.execv(sys.argv[1], sys.argv[1:])', process.execPath, BIN, ...args], {
      cwd: ROOT,
      env: ENV,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });

  // A Node parent's pipe is a socket: its reader gone before linkcheck writes, every write meets EPIPE too.
  const plan = join(tempFolder('linkcheck-output-'), 'plan.csv');
  writeFileSync(plan, 'source,surface,date\ntaobao,live-cart,2022-06-01\njd,short-video-cart,2022-06-01\n');
  it.each([
    [['taobao', 'live-cart', '2022-06-01'], 1],
    [['batch', plan], 1],
    [['rules', 'list'], 0],
  ])('%j to a Node parent that stops reading ends quietly with exit code %i', async (args, code) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const status = await new Promise<number | null>((settle) => child.on('close', settle));
    expect({ status, stderr }).toEqual({ status: code, stderr: '' });
  });

  const hasPython = spawnSync('python3', ['-c', '0']).status === 0;
  it.skipIf(!hasPython).each([
    [['taobao', 'live-cart', '2022-06-01'], 1],
    [['jd', 'short-video-cart', '2022-06-01'], 0],
    [['rules', 'list', '--json'], 0],
    [['taobo', 'live-cart', '--json'], 2],
  ])('%j | head ends quietly with the answer\'s exit code %i', (args, code) => {
    const run = closedPipe(args);
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(code);
    expect(run.stderr).toBe(code === 2 ? 'linkcheck: unknown source "taobo"; did you mean "taobao"? valid: taobao, tmall, jd, youzan, mokuai, pinduoduo, kuaishou-shop, douyin-shop, xiaohongshu-shop, weidian, wechat-shop, wechat-personal-shop ("linkcheck rules list" shows aliases)\n' : '');
  });

  it('TERM=dumb with NO_COLOR empty gets no colour', async () => {
    const run = await cli(['taobao', 'live-cart', '2022-06-01'], { TERM: 'dumb', NO_COLOR: '' });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('\x1b');
  });
});

describe('guardedOutput', () => {
  /** A stream whose writes fail with the given error code from the n-th on. */
  function failingStream(code: string | null, from: number, how: 'callback' | 'throw') {
    const written: string[] = [];
    return {
      written,
      write(text: string, callback: (error?: Error | null) => void) {
        if (code === null || written.length + 1 < from) {
          written.push(text);
          queueMicrotask(() => callback(null));
          return true;
        }
        const error = Object.assign(new Error(`${code}: failed, write`), { code });
        if (how === 'throw') throw error;
        queueMicrotask(() => callback(error));
        return false;
      },
      on() {
        return undefined;
      },
    };
  }

  it.each([
    [null, 1, 'callback', { closed: false, failure: undefined }, 3],
    ['EPIPE', 2, 'callback', { closed: true, failure: undefined }, 1],
    // A socket whose reader went with text unread.
    ['ECONNRESET', 1, 'throw', { closed: true, failure: undefined }, 0],
    ['ENOSPC', 1, 'callback', { closed: false, failure: 'ENOSPC: failed, write' }, 0],
    ['EIO', 2, 'throw', { closed: false, failure: 'EIO: failed, write' }, 1],
  ] as const)('%s from write %i (%s) settles as %j, keeping %i writes', async (code, from, how, settled, kept) => {
    const stream = failingStream(code, from, how);
    const output = guardedOutput(stream);
    for (const text of ['a', 'b', 'c']) output.write(text);
    expect(await output.settled()).toEqual(settled);
    expect(stream.written).toHaveLength(kept);
  });
});
